"""Dependant deduction of the resident tax (住民税の扶養控除)."""

from openfisca_core.model_api import YEAR, Variable, select

from openfisca_japan.entities import Household, Person
from openfisca_japan.law.taxes import age_on_31_december


class resident_tax_dependant_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Dependant deduction of the resident tax (扶養控除, 住民税)"
    documentation = "As the income tax's (ages on 31 December of the income year), with the resident-tax amounts and income limit."
    reference = "地方税法 第314条の2第1項第11号 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_2)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(f"{period.start.year + 1}-01-01").taxes
        d = p.resident_tax.dependant_deduction
        ages = parameters(period.start).taxes.dependant_ages
        age = age_on_31_december(person, period)
        member = person.has_role(Household.CHILD) + person.has_role(Household.OTHER)
        dependant = member * person("is_claimed_as_tax_dependant", period) * (person("total_income", period) <= p.resident_tax.dependant_income_limit)
        cohabiting = person("is_cohabiting_lineal_ascendant", period)
        amount = select(
            [age < ages.minimum, age >= ages.elderly, (age >= ages.specific_from) * (age < ages.specific_until)],
            [0, d.cohabiting_lineal_ascendant * cohabiting + d.elderly * ~cohabiting, d.specific],
            d.general,
        )
        return person("is_main_taxpayer", period) * person.household.sum(dependant * amount)
