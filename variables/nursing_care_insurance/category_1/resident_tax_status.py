"""Resident-tax status of a category-1 insured person (本人の住民税の課税・非課税)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class is_resident_tax_exempt(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Exempt from municipal resident tax on the income of the calendar year (本人 住民税非課税)"
    documentation = (
        "Derived by default (地方税法 第295条): `is_resident_tax_exempt_derived` of the calendar year of the income "
        "judged (the year before the fiscal year), from the income year 2020 (令和3年度); an input still takes "
        "precedence. Refused where the answer depends on an unknown 級地 of the municipality (give "
        "`resident_tax_area_grade`, or this variable)."
    )
    reference = "地方税法 第295条 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_295)"

    def formula(person, period):
        return person("is_resident_tax_exempt_derived", period)
