"""Income tax on the taxable total income (算出税額, 基準所得税額)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to


class basic_income_tax(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Income tax computed on the taxable total income (算出所得税額, 基準所得税額)"
    documentation = "Progressive rates of art. 89 on the taxable total income. No tax credits are modelled (住宅ローン控除, 配当控除 …)."
    reference = "所得税法 第89条 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_89)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        rates = parameters(period.start).taxes.income_tax.rates
        return floor_to(rates.calc(person("income_tax_taxable_income", period)))
