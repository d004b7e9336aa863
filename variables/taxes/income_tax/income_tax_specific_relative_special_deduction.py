"""Specific relative special deduction of the income tax (特定親族特別控除)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household, Person
from openfisca_japan.law.taxes import age_on_31_december


class income_tax_specific_relative_special_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Specific relative special deduction of the income tax (特定親族特別控除, 所得税)"
    documentation = (
        "From 2025: for each relative aged 19 to 22 on 31 December living on the main taxpayer's means whose "
        "total income is above the dependant limit and at most 1.23 million, an amount tapering with that "
        "income (630,000 up to 850,000 of income, i.e. a salary of 1.5 million in 2025)."
    )
    reference = "所得税法 第84条の2 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_84_2)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(period.start).taxes
        ages = p.dependant_ages
        age = age_on_31_december(person, period)
        income = person("total_income", period)
        member = person.has_role(Household.CHILD) + person.has_role(Household.OTHER)
        relative = member * person("is_claimed_as_tax_dependant", period) * (age >= ages.specific_from) * (age < ages.specific_until)
        amount = relative * (income > p.income_tax.dependant_income_limit) * p.income_tax.specific_relative_special_deduction.calc(income)
        return person("is_main_taxpayer", period) * person.household.sum(amount)
