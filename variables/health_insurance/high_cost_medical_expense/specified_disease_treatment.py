"""Treatment of a specified long-term disease (特定疾病, 健康保険法施行令 第41条第9項, 第42条第9項)."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import SpecifiedDisease


class specified_disease_treatment(Variable):
    value_type = Enum
    possible_values = SpecifiedDisease
    default_value = SpecifiedDisease.none
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Treatment of a specified long-term disease with the certificate (特定疾病療養受療証)"
    documentation = (
        "When set, the person's `medical_expenses` of the month are taken as the treatment of that disease at one "
        "provider, wholly inpatient or wholly outpatient (`outpatient_medical_expenses` 0 or equal to the total; a "
        "mix raises an error). The copayment is capped at 10,000 yen, 20,000 for dialysis under 70 in category "
        "ア or イ; the excess is part of the high-cost benefit (paid in kind at the window)."
    )
    reference = "健康保険法施行令 第41条第9項, 第42条第9項 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"
