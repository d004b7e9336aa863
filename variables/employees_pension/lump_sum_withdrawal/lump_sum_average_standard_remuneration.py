"""Average standard remuneration of the employees' pension lump-sum withdrawal payment (脱退一時金の平均標準報酬額),
厚生年金保険法 附則第29条第3項, 平成12年改正法附則第22条."""

import numpy as np
from openfisca_core.model_api import ETERNITY, Variable

from openfisca_japan.entities import Person


class total_standard_remuneration_before_2003_04(Variable):
    value_type = float
    entity = Person
    definition_period = ETERNITY
    label = "Sum of the standard monthly remunerations of insured months before April 2003 (平成15年3月以前の標準報酬月額の総額)"
    reference = ["https://laws.e-gov.go.jp/law/329AC0000000115 (厚生年金保険法 附則第29条第3項; 平成12年改正法附則第22条)"]
    unit = "currency-JPY"


class total_standard_remuneration_since_2003_04(Variable):
    value_type = float
    entity = Person
    definition_period = ETERNITY
    label = "Sum of the standard monthly remunerations and standard bonuses from April 2003 (平成15年4月以後の標準報酬月額と標準賞与額の総額)"
    reference = ["https://laws.e-gov.go.jp/law/329AC0000000115 (厚生年金保険法 附則第29条第3項; 平成12年改正法附則第22条)"]
    unit = "currency-JPY"


class lump_sum_average_standard_remuneration(Variable):
    value_type = float
    entity = Person
    definition_period = ETERNITY
    label = "Average standard remuneration for the lump sum, not revalued (脱退一時金の平均標準報酬額)"
    documentation = (
        "(1.3 × standard monthly remunerations before April 2003 + standard monthly remunerations and "
        "standard bonuses from April 2003) ÷ insured months (EPIA suppl. art. 29(3); 2000 amendment suppl. "
        "art. 22). Give it directly, or give the two totals and the months."
    )
    reference = ["https://laws.e-gov.go.jp/law/329AC0000000115 (厚生年金保険法 附則第29条第3項; 平成12年改正法附則第22条)"]
    unit = "currency-JPY"

    def formula(person, period, parameters):
        multiplier = parameters(
            "2003-04-01"
        ).employees_pension.lump_sum_withdrawal.rules.pre_2003_remuneration_multiplier
        months = person("contribution_months_employees_pension_before_2003_04", period) + person(
            "contribution_months_employees_pension_since_2003_04", period
        )
        total = multiplier * person("total_standard_remuneration_before_2003_04", period).astype(np.float64) + person(
            "total_standard_remuneration_since_2003_04", period
        ).astype(np.float64)
        return np.where(months > 0, total / np.maximum(months, 1), 0)
