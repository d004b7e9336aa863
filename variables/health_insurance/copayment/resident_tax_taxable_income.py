"""Resident-tax taxable income of a calendar year (住民税 課税所得金額), the income of the 現役並み and 一定以上所得 tests of the
elderly copayment (健康保険法施行令 第34条; 高齢者の医療の確保に関する法律施行令 第7条)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class resident_tax_taxable_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Resident-tax taxable income of the calendar year (住民税 課税所得金額)"
    documentation = (
        "Income of calendar year Y, on which the resident tax of fiscal year Y+1 is assessed. Derived by default "
        "(`resident_tax_taxable_total_income`, from the income year 2020); an input still takes precedence. The "
        "social insurance premium deduction counts the model's premiums of the 12 months and "
        "`other_social_insurance_premiums_paid` (NHI, late-stage and care premiums paid: an input)."
    )
    reference = "地方税法 第314条の3 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_3)"

    def formula(person, period):
        return person("resident_tax_taxable_total_income", period)
