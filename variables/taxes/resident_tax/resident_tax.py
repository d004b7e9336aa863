"""Individual resident tax with the forest environment tax (個人住民税・森林環境税の年税額)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class resident_tax(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Resident tax of the fiscal year after the income year, incl. the forest environment tax (個人住民税・森林環境税 年税額)"
    documentation = (
        "Period = income year Y; the tax is that of fiscal year Y+1 (June Y+1 to May Y+2 by salary deduction). "
        "Municipal and prefectural income levies + per capita levies + forest environment tax, standard rates."
    )
    reference = "地方税法 第294条, 第310条, 第314条の3 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_294)"
    unit = "currency-JPY"

    def formula(person, period):
        return (
            person("resident_tax_income_levy_municipal", period)
            + person("resident_tax_income_levy_prefectural", period)
            + person("resident_tax_per_capita_levy", period)
            + person("forest_environment_tax", period)
        )
