"""Income-based assessment base of an NHI member for a fiscal year (所得割の算定基礎, 旧ただし書き所得)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.municipalities import income_year


class nhi_assessment_base(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "NHI income-based assessment base of the fiscal year (所得割の算定基礎, 旧ただし書き所得)"
    documentation = "`assessment_base_income` of the previous calendar year. Period: fiscal year (`year:2025-04`)."
    reference = "国民健康保険法施行令 第29条の7第2項第4号 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(person, period):
        return person("assessment_base_income", income_year(period))
