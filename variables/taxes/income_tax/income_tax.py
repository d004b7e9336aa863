"""Income tax and reconstruction special income tax of the year (所得税及び復興特別所得税の額)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to


class income_tax(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Income tax and reconstruction special income tax of the year (所得税及び復興特別所得税の額)"
    documentation = (
        "Basic income tax + reconstruction special income tax, truncated to 100 yen as the year-end "
        "adjustment's annual tax (年調年税額) and the amount due on a return (申告納税額) are. Employment, "
        "public pension and other income of residents; no tax credits."
    )
    reference = "国税通則法 第119条第1項; 所得税法 第190条 (https://www.nta.go.jp/taxes/shiraberu/taxanswer/shotoku/2260.htm)"
    unit = "currency-JPY"

    def formula(person, period):
        return floor_to(person("basic_income_tax", period) + person("reconstruction_special_income_tax", period), 100)
