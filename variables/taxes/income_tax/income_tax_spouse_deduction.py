"""Spouse deduction of the income tax (配偶者控除)."""

from openfisca_core.model_api import YEAR, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.taxes import age_on_31_december


class income_tax_spouse_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Spouse deduction of the income tax (配偶者控除, 所得税)"
    documentation = (
        "For the main taxpayer of a couple whose spouse's total income is at most the limit (同一生計配偶者), by "
        "the taxpayer's own total income (0 above 10 million); higher for a spouse aged 70 or over on 31 December."
    )
    reference = "所得税法 第83条 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_83)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(period.start).taxes.income_tax
        own = person("total_income", period)
        partner = person("tax_partner_total_income", period)
        eligible = person("has_tax_partner", period) * person("is_main_taxpayer", period) * (partner <= p.dependant_income_limit)
        partner_age = person.household.sum(age_on_31_december(person, period) * person("has_tax_partner", period) * ~person("is_main_taxpayer", period))
        amount = where(partner_age >= p.spouse_deduction.elderly_age, p.spouse_deduction.elderly.calc(own), p.spouse_deduction.general.calc(own))
        return eligible * amount
