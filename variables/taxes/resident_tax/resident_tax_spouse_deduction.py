"""Spouse deduction of the resident tax (住民税の配偶者控除)."""

from openfisca_core.model_api import YEAR, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.taxes import age_on_31_december


class resident_tax_spouse_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Spouse deduction of the resident tax (配偶者控除, 住民税)"
    documentation = "As the income tax's, with the resident-tax amounts and income limit of the fiscal year assessed on the income year."
    reference = "地方税法 第314条の2第1項第10号 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_2)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(f"{period.start.year + 1}-01-01").taxes
        elderly_age = parameters(period.start).taxes.income_tax.spouse_deduction.elderly_age
        own = person("total_income", period)
        partner = person("tax_partner_total_income", period)
        eligible = person("has_tax_partner", period) * person("is_main_taxpayer", period) * (partner <= p.resident_tax.dependant_income_limit)
        is_partner = person("has_tax_partner", period) * ~person("is_main_taxpayer", period)
        partner_age = person.household.sum(age_on_31_december(person, period) * is_partner)
        table = p.resident_tax.spouse_deduction
        return eligible * where(partner_age >= elderly_age, table.elderly.calc(own), table.general.calc(own))
