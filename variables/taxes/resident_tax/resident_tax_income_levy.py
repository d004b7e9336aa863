"""Income levy of the resident tax, municipal and prefectural (所得割額)."""

from openfisca_core.model_api import YEAR, Variable, max_, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to


def _income_levy(person, period, parameters, side):
    p = parameters(f"{period.start.year + 1}-01-01").taxes.resident_tax
    designated = person.household("resident_tax_designated_city", period)
    rate = where(designated, p.income_levy_rates[f"designated_city_{side}"], p.income_levy_rates[side])
    adjustment_rate = where(designated, p.adjustment_deduction.rates[f"designated_city_{side}"], p.adjustment_deduction.rates[side])
    taxable = person("resident_tax_taxable_total_income", period)
    adjustment = floor_to(person("resident_tax_adjustment_deduction_base", period) * adjustment_rate)
    levy = floor_to(max_(floor_to(taxable * rate) - adjustment, 0), 100)
    return ~person("resident_tax_income_levy_exempt", period) * levy


class resident_tax_income_levy_municipal(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Municipal income levy of the resident tax assessed on the income year (市町村民税 所得割額)"
    documentation = (
        "Taxable total income × 6 % (8 % in a designated city) − adjustment deduction × 3 % (4 %), truncated to "
        "100 yen; no other tax credits. Standard rates: a municipality's own rates are not modelled."
    )
    reference = "地方税法 第314条の3, 第314条の6, 第20条の4の2第3項 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_3)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        return _income_levy(person, period, parameters, "municipal")


class resident_tax_income_levy_prefectural(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Prefectural income levy of the resident tax assessed on the income year (道府県民税 所得割額)"
    documentation = "Taxable total income × 4 % (2 % in a designated city) − adjustment deduction × 2 % (1 %), truncated to 100 yen."
    reference = "地方税法 第35条, 第37条, 第20条の4の2第3項 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_35)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        return _income_levy(person, period, parameters, "prefectural")
