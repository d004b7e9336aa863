"""Total of the income deductions of the resident tax (所得控除の合計額, 住民税)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class resident_tax_income_deductions(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Total income deductions of the resident tax (所得控除額の合計, 住民税)"
    documentation = "Social insurance premiums + basic + spouse + spouse special + dependants + specific relatives + other deductions given as input."
    reference = "地方税法 第314条の2 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_2)"
    unit = "currency-JPY"

    def formula(person, period):
        return (
            person("social_insurance_premium_deduction", period)
            + person("resident_tax_basic_deduction", period)
            + person("resident_tax_spouse_deduction", period)
            + person("resident_tax_spouse_special_deduction", period)
            + person("resident_tax_dependant_deduction", period)
            + person("resident_tax_specific_relative_special_deduction", period)
            + person("other_income_deductions_resident_tax", period)
        )
