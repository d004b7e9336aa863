"""Household exempt from municipal resident tax (住民税非課税世帯), which gives the high-cost categories オ (under 70) and
低所得Ⅱ (70 and over) (健康保険法施行令 第42条)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household


class resident_tax_exempt_household(Variable):
    value_type = bool
    entity = Household
    definition_period = YEAR
    label = "Every member is exempt from municipal resident tax (住民税非課税世帯)"
    documentation = (
        "Gives high-cost categories オ (under 70) and 低所得Ⅱ (70+). Year of the income judged. By default every "
        "member's `is_resident_tax_exempt` (derived, 地方税法 第295条, from the income year 2020, unless given); an "
        "input still takes precedence."
    )
    reference = "健康保険法施行令 第42条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_42)"

    def formula(household, period):
        return household.all(household.members("is_resident_tax_exempt", period))
