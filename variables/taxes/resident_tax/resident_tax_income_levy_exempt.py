"""Exemption from the income levy (所得割の非課税)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class resident_tax_income_levy_exempt(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Exempt from the income levy of the resident tax (所得割 非課税)"
    documentation = (
        "Exempt from both levies (`is_resident_tax_exempt_derived`), or total income etc. at most 350,000 × "
        "persons + 100,000 (+ 320,000 with a spouse or dependant): the same limit in every municipality."
    )
    reference = "地方税法 附則第3条の3 (https://laws.e-gov.go.jp/law/325AC0000000226)"

    def formula(person, period, parameters):
        p = parameters(f"{period.start.year + 1}-01-01").taxes.resident_tax.non_taxable.income_levy
        size = person("resident_tax_exemption_household_size", period)
        limit = p.per_person * size + p.fixed + p.addition_with_dependants * (size > 1)
        return person("is_resident_tax_exempt_derived", period) + (person("total_income", period) <= limit)
