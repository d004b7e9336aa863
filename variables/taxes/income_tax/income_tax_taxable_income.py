"""Taxable total income of the income tax (課税総所得金額)."""

from openfisca_core.model_api import YEAR, Variable, max_

from openfisca_japan.entities import Person
from openfisca_japan.rounding import floor_to


class income_tax_taxable_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Taxable total income of the income tax (課税総所得金額, 1,000円未満切捨て)"
    documentation = "Total income less the income deductions, not below 0, truncated to 1,000 yen."
    reference = "所得税法 第89条第2項; 国税通則法 第118条第1項 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_89)"
    unit = "currency-JPY"

    def formula(person, period):
        income = person("total_income", period) - person("income_tax_income_deductions", period)
        return floor_to(max_(income, 0), 1000)
