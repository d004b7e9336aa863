"""Reconstruction special income tax (復興特別所得税)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to


class reconstruction_special_income_tax(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Reconstruction special income tax (復興特別所得税, 基準所得税額の2.1%)"
    documentation = "2.1 % of the basic income tax, truncated to the yen (2013-2037)."
    reference = "東日本大震災からの復興のための施策を実施するために必要な財源の確保に関する特別措置法 第12条・第13条 (https://laws.e-gov.go.jp/law/423AC0000000117)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        rate = parameters(period.start).taxes.income_tax.reconstruction_surtax_rate
        return floor_to(person("basic_income_tax", period) * rate)
