"""Wages on which the employment insurance premium of month M is due (雇用保険料の算定基礎となる賃金).

The base is the wages actually paid, bonuses included (労働保険徴収法 第11条). Until FY2019 the wages of insured
persons aged 64 or over on 1 April of the fiscal year were exempt (高年齢労働者の保険料免除, ended 31 March 2020):
the formula of that time reads the exemption, the formula from April 2020 has none."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.employment_insurance import exempt_as_aged_64_on_1_april

COLLECTION_ACT = "https://laws.e-gov.go.jp/law/344AC0000000084"
EXEMPTION_NOTICE = "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/0000108634.html"


def _due(person, period, amount):
    """`amount` of an insured person (雇用保険法 第6条) in the month, else 0."""
    return np.where(person("is_employment_insurance_insured", period), person(amount, period), 0)


def _due_unless_aged_64_on_1_april(person, period, parameters, amount):
    """`amount` of an insured person who is not exempt as aged 64 or over on 1 April of the fiscal year, else 0."""
    due = person("is_employment_insurance_insured", period) & ~exempt_as_aged_64_on_1_april(person, period, parameters)
    return np.where(due, person(amount, period), 0)


class employment_insurance_wage_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages of the month on which employment insurance is due, without bonus (雇用保険料の賃金)"
    documentation = (
        "The month's wages of an insured person. Until March 2020, 0 for a person aged 64 or over at the start of "
        "the fiscal year (1 April): both shares of the premium were exempt."
    )
    reference = [f"{COLLECTION_ACT}#Mp-At_11", EXEMPTION_NOTICE]
    unit = "currency-JPY"

    def formula(person, period, parameters):
        return _due_unless_aged_64_on_1_april(person, period, parameters, "monthly_wage")

    def formula_2020_04(person, period):
        return _due(person, period, "monthly_wage")


class employment_insurance_bonus_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Bonus of the month on which employment insurance is due (雇用保険料の賞与)"
    documentation = "The bonus paid in the month to an insured person; until March 2020, 0 for the exempt aged 64 or over."
    reference = [f"{COLLECTION_ACT}#Mp-At_11", EXEMPTION_NOTICE]
    unit = "currency-JPY"

    def formula(person, period, parameters):
        return _due_unless_aged_64_on_1_april(person, period, parameters, "bonus")

    def formula_2020_04(person, period):
        return _due(person, period, "bonus")
