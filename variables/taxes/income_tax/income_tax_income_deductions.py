"""Total of the income deductions of the income tax (所得控除の合計額)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class income_tax_income_deductions(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Total income deductions of the income tax (所得控除額の合計, 所得税)"
    documentation = (
        "Social insurance premiums + basic + spouse + spouse special + dependants + specific relatives + "
        "other deductions given as input."
    )
    reference = "所得税法 第87条 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_87)"
    unit = "currency-JPY"

    def formula(person, period):
        return (
            person("social_insurance_premium_deduction", period)
            + person("income_tax_basic_deduction", period)
            + person("income_tax_spouse_deduction", period)
            + person("income_tax_spouse_special_deduction", period)
            + person("income_tax_dependant_deduction", period)
            + person("income_tax_specific_relative_special_deduction", period)
            + person("other_income_deductions_income_tax", period)
        )
