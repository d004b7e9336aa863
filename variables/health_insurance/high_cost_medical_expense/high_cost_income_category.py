"""Income category of the high-cost medical expense benefit (高額療養費の所得区分, 健康保険法施行令 第42条).

Under 70: ア〜オ by the insured person's standard monthly remuneration, or in NHI by the household's income after the
basic deduction; 70 and over: 現役並みⅢ/Ⅱ/Ⅰ, 一般, 低所得Ⅱ/Ⅰ.
"""

import numpy as np
from openfisca_core.model_api import MONTH, YEAR, Enum, Variable

from openfisca_japan.entities import Household, Person
from openfisca_japan.enums import HealthInsuranceScheme, HighCostCategory
from openfisca_japan.law.health_insurance_high_cost import categories


class nhi_household_income_for_high_cost(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Total income after the basic deduction of the household's NHI members (旧ただし書き所得の合計)"
    documentation = "Sets the under-70 NHI category (ア > 9.01 million, イ > 6 million, ウ > 2.1 million). Year of the income."
    reference = "国民健康保険法施行令 第29条の3 (https://laws.e-gov.go.jp/law/333CO0000000362#Mp-At_29_3)"


class high_cost_income_category(Variable):
    value_type = Enum
    possible_values = HighCostCategory
    default_value = HighCostCategory.d
    entity = Person
    definition_period = MONTH
    label = "Income category of the high-cost medical expense benefit (高額療養費の所得区分)"
    reference = "健康保険法施行令 第42条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_42)"

    def formula(person, period, parameters):
        under_70, age_70_plus = categories(person, period, parameters)
        elderly = person("is_elderly_for_copayment", period) + (
            person("health_insurance_scheme", period) == HealthInsuranceScheme.late_stage_elderly
        )
        return np.where(elderly, age_70_plus, under_70)
