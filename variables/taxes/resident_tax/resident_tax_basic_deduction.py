"""Basic deduction of the resident tax (住民税の基礎控除)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class resident_tax_basic_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Basic deduction of the resident tax assessed on the income year (基礎控除, 住民税)"
    documentation = "430,000 yen up to 24 million yen of total income (unchanged by the 2025 reform); period = income year."
    reference = "地方税法 第314条の2第2項・第34条第2項 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_2)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        scale = parameters(f"{period.start.year + 1}-01-01").income.basic_deduction_local_tax
        return scale.calc(person("total_income", period))
