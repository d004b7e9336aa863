"""Taxable total income of the resident tax (課税総所得金額, 住民税の課税所得)."""

from openfisca_core.model_api import YEAR, Variable, max_

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to
from openfisca_japan.law.taxes import require_resident_tax_year


class resident_tax_taxable_total_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Taxable total income of the resident tax assessed on the income year (課税総所得金額, 住民税の課税所得)"
    documentation = (
        "Total income less the resident-tax income deductions, not below 0, truncated to 1,000 yen. This is the "
        "住民税課税所得 of the 現役並み (1.45 million) and 一定以上所得 (280,000) tests of the elderly copayment. "
        "Default of `resident_tax_taxable_income`."
    )
    reference = "地方税法 第314条の3, 第20条の4の2第1項 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_3)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        require_resident_tax_year(parameters, period, "resident_tax_taxable_total_income", "resident_tax_taxable_income")
        income = person("total_income", period) - person("resident_tax_income_deductions", period)
        return floor_to(max_(income, 0), 1000)
