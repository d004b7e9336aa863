"""Basic deduction of the income tax (基礎控除)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class income_tax_basic_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Basic deduction of the income tax (基礎控除, 所得税)"
    documentation = "By the total income (合計所得金額) of the year, with the special additions of 2025 and 2026."
    reference = "所得税法 第86条; 租税特別措置法 第41条の16の2 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_86)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        scale = parameters(period.start).taxes.income_tax.basic_deduction
        return scale.calc(person("total_income", period))
