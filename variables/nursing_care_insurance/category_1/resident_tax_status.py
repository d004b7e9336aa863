"""Resident-tax status of a category-1 insured person (本人の住民税の課税・非課税), an input."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class is_resident_tax_exempt(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Exempt from municipal resident tax on the income of the calendar year (本人 住民税非課税)"
    documentation = (
        "Input: resident-tax exemption depends on the municipality class and dependants (地方税法 第295条), not computed. "
        "Calendar year of the income judged (the year before the fiscal year). `is_resident_tax_exempt_derived` "
        "(variables/taxes/) computes it."
    )
    reference = "地方税法 第295条 (https://laws.e-gov.go.jp/law/325AC0000000226)"
