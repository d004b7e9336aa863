"""Per capita levies of the resident tax and the forest environment tax (均等割額・森林環境税)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class resident_tax_per_capita_levy(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Per capita levies of the resident tax assessed on the income year, municipal + prefectural (均等割額)"
    documentation = "Standard amounts 3,000 + 1,000 yen (FY2024 on); 0 when exempt. A municipality's own amounts are not modelled."
    reference = "地方税法 第310条, 第38条 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_310)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(f"{period.start.year + 1}-01-01").taxes.resident_tax.per_capita_levy
        return ~person("is_resident_tax_exempt_derived", period) * (p.municipal + p.prefectural)


class forest_environment_tax(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Forest environment tax collected with the resident tax assessed on the income year (森林環境税)"
    documentation = "1,000 yen from FY2024 for those who pay the municipal per capita levy."
    reference = "森林環境税及び森林環境譲与税に関する法律 第3条・第5条 (https://laws.e-gov.go.jp/law/431AC0000000003)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(f"{period.start.year + 1}-01-01").taxes.resident_tax.per_capita_levy
        return ~person("is_resident_tax_exempt_derived", period) * p.forest_environment_tax
