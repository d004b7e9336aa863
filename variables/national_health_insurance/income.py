"""Income facts of NHI members for a fiscal year: previous calendar year's income (前年所得)."""

from openfisca_core.model_api import YEAR, Variable, min_

from openfisca_japan.entities import Person
from openfisca_japan.municipalities import age_on_31_december_before, income_year


class nhi_assessment_base(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "NHI income-based assessment base of the fiscal year (所得割の算定基礎, 旧ただし書き所得)"
    documentation = "`assessment_base_income` of the previous calendar year. Period: fiscal year (`year:2025-04`)."
    reference = "国民健康保険法施行令 第29条の7第2項第4号 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(person, period):
        return person("assessment_base_income", income_year(period))


class nhi_reduction_test_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Income counted in the NHI low-income reduction test (軽減判定所得)"
    documentation = (
        "Total income of the previous calendar year; for persons 65 or over on 1 January, the public pension "
        "income is reduced by up to 150,000 yen (高齢者特別控除)."
    )
    reference = "国民健康保険法施行令 第29条の7第5項; 附則 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(person, period, parameters):
        p = parameters(period.start).national_health_insurance.low_income_reduction
        year = income_year(period)
        elderly = age_on_31_december_before(person, period) >= 65
        pension_income = person("public_pension_miscellaneous_income", year)
        return person("total_income", year) - elderly * min_(pension_income, p.elderly_pension_deduction)


class nhi_is_wage_or_pension_earner(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Counts as a wage or pension earner in the NHI reduction test (給与所得者等)"
    documentation = (
        "Salary receipts over 550,000 yen, or public pension receipts over 600,000 yen (under 65) / 1,250,000 "
        "yen (65 or over), in the previous calendar year."
    )
    reference = "国民健康保険法施行令 第29条の7第5項第1号 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(person, period, parameters):
        w = parameters(period.start).national_health_insurance.low_income_reduction.wage_earner
        year = income_year(period)
        elderly = age_on_31_december_before(person, period) >= 65
        pension = person("public_pension_income", year)
        pension_threshold = elderly * w.pension_over_65_or_over + (1 - elderly) * w.pension_over_under_65
        return (person("annual_employment_income", year) > w.salary_over) | (pension > pension_threshold)

