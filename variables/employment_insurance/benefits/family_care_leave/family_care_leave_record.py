"""The family-care leave of a payment unit period and the leave already taken for the same family member
(介護休業の日数・回数・休業中の賃金), 雇用保険法 第61条の4."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_61_4"


class family_care_leave_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of family-care leave in the payment unit period (介護休業の支給日数)"
    reference = LAW
    unit = "day"


class family_care_leave_days_before_period(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of family-care leave already paid for the same family member (同一対象家族について既に支給を受けた日数)"
    reference = LAW
    unit = "day"


class family_care_leave_spell(Variable):
    value_type = int
    default_value = 1
    entity = Person
    definition_period = MONTH
    label = "Number of this spell of family-care leave for the same family member (同一対象家族の何回目の介護休業か)"
    reference = LAW
    unit = "count"


class wages_paid_during_family_care_leave(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages paid by the employer for the unit period of family-care leave (介護休業期間中に支払われた賃金)"
    reference = LAW
    unit = "currency-JPY"
