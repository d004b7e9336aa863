"""Dependant deduction of the income tax (扶養控除)."""

from openfisca_core.model_api import YEAR, Variable, select

from openfisca_japan.entities import Household, Person
from openfisca_japan.law.taxes import age_on_31_december


class income_tax_dependant_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Dependant deduction of the income tax (扶養控除, 所得税)"
    documentation = (
        "Sum over the household's dependants (children and other members living on the main taxpayer's "
        "means, total income at most the limit), by age on 31 December: 16+ general, 19-22 specific, 70+ "
        "elderly (higher for a cohabiting lineal ascendant); claimed by the main taxpayer."
    )
    reference = "所得税法 第84条; 租税特別措置法 第41条の16 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_84)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(period.start).taxes
        d = p.income_tax.dependant_deduction
        ages = p.dependant_ages
        age = age_on_31_december(person, period)
        member = person.has_role(Household.CHILD) + person.has_role(Household.OTHER)
        dependant = member * person("is_claimed_as_tax_dependant", period) * (person("total_income", period) <= p.income_tax.dependant_income_limit)
        elderly = d.cohabiting_lineal_ascendant * person("is_cohabiting_lineal_ascendant", period) + d.elderly * ~person("is_cohabiting_lineal_ascendant", period)
        amount = select(
            [age < ages.minimum, age >= ages.elderly, (age >= ages.specific_from) * (age < ages.specific_until)],
            [0, elderly, d.specific],
            d.general,
        )
        return person("is_main_taxpayer", period) * person.household.sum(dependant * amount)
