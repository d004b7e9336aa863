"""Specific relative special deduction of the resident tax (住民税の特定親族特別控除)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household, Person
from openfisca_japan.law.taxes import age_on_31_december


class resident_tax_specific_relative_special_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Specific relative special deduction of the resident tax (特定親族特別控除, 住民税)"
    documentation = "From FY2026 (income 2025): 450,000 for a relative aged 19-22 with total income above the limit up to 950,000, tapering to 1.23 million."
    reference = "地方税法 第314条の2第1項第12号 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_2)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(f"{period.start.year + 1}-01-01").taxes.resident_tax
        ages = parameters(period.start).taxes.dependant_ages
        age = age_on_31_december(person, period)
        income = person("total_income", period)
        member = person.has_role(Household.CHILD) + person.has_role(Household.OTHER)
        relative = member * person("is_claimed_as_tax_dependant", period) * (age >= ages.specific_from) * (age < ages.specific_until)
        amount = relative * (income > p.dependant_income_limit) * p.specific_relative_special_deduction.calc(income)
        return person("is_main_taxpayer", period) * person.household.sum(amount)
