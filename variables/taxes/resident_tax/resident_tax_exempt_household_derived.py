"""Resident-tax exempt household (住民税非課税世帯)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household


class resident_tax_exempt_household_derived(Variable):
    value_type = bool
    entity = Household
    definition_period = YEAR
    label = "Every member is exempt from the resident tax assessed on the income year (住民税非課税世帯)"
    documentation = "All members `is_resident_tax_exempt_derived`. Default of `resident_tax_exempt_household`."
    reference = "地方税法 第295条 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_295)"

    def formula(household, period):
        return household.all(household.members("is_resident_tax_exempt_derived", period))
