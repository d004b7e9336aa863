"""Household of the high-cost category 低所得Ⅰ (健康保険法施行令 第42条): resident-tax exempt, and every member's income is
zero (public pension revenue of 800,000 yen or less)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household


class low_income_i_household(Variable):
    value_type = bool
    entity = Household
    definition_period = YEAR
    label = "Resident-tax exempt household whose members all have zero income (低所得Ⅰ: 所得が0, 年金収入80万円以下)"
    reference = "健康保険法施行令 第42条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_42)"
