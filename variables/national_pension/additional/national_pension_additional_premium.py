"""Add-on premium (付加保険料), 国民年金法 第87条の2."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import NationalPensionExemption
from openfisca_japan.law.national_pension import is_category_1


class pays_national_pension_additional_premium(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Has applied to pay the add-on premium for the month (付加保険料の納付の申出)"
    documentation = "Input. Not for members of a National Pension Fund (国民年金基金), who cannot pay it (not checked)."
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_87_2"


class national_pension_additional_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Add-on premium of the month (付加保険料 月額)"
    documentation = (
        "400 yen for a category 1 insured person who applied, unless exempt from the premium in any way "
        "(full, partial, student deferment, payment deferral: 第87条の2第1項); the maternity exemption (第88条の2) "
        "does not prevent it. Paid monthly (its prepayment is not modelled)."
    )
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_87_2"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        exemption = person("national_pension_exemption", period)
        may_pay = (exemption == NationalPensionExemption.none) + (exemption == NationalPensionExemption.maternity)
        applied = person("pays_national_pension_additional_premium", period) * is_category_1(person, period)
        return applied * may_pay * parameters(period).national_pension.additional.premium_monthly
