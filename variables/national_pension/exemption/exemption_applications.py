"""Applications for a premium exemption or a payment deferral (免除・納付猶予・学生納付特例の申請), 国民年金法
第90条・第90条の2・第90条の3, 平成26年法律第64号附則第14条."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person

EXEMPTION_PAGE = "https://www.nenkin.go.jp/service/kokunen/menjo/20150428.html"


class national_pension_exemption_requested(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Applied for the income-based premium exemption (保険料免除の申請)"
    reference = EXEMPTION_PAGE


class payment_deferral_requested(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Applied for the payment deferral for persons under 50 (納付猶予の申請)"
    reference = EXEMPTION_PAGE


class student_deferment_requested(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Applied for the student deferment (学生納付特例の申請)"
    reference = EXEMPTION_PAGE
