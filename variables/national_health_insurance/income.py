"""Income facts of NHI members for a fiscal year: previous calendar year's income (前年所得)."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, YEAR, Variable, date, max_, min_

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import add_days, month_index
from openfisca_japan.law.municipalities import (
    age_on_31_december_before,
    age_on_dates,
    fiscal_year_months,
    income_year,
    optional,
    require,
)
from openfisca_japan.law.rounding import floor_to


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
        "income is reduced by up to 150,000 yen (高齢者特別控除); for an involuntarily unemployed person, the "
        "employment income counts at 30 %."
    )
    reference = "国民健康保険法施行令 第29条の7第5項; 附則 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(person, period, parameters):
        p = parameters(period.start).national_health_insurance.low_income_reduction
        year = income_year(period)
        elderly = age_on_31_december_before(person, period) >= 65
        pension_income = person("public_pension_miscellaneous_income", year)
        ratio = parameters(period.start).national_health_insurance.involuntary_unemployment.employment_income_ratio
        months = fiscal_year_months(period)
        involuntary = np.sum([person("nhi_involuntary_unemployment_applies", m) for m in months], axis=0) > 0
        salary_cut = involuntary * floor_to(person("employment_income", year) * (1 - ratio))
        return person("total_income", year) - salary_cut - elderly * min_(pension_income, p.elderly_pension_deduction)


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
        what = "NHI wage-earner thresholds"
        over_65, under_65, salary = (require(optional(w, name), what) for name in
                                     ("pension_over_65_or_over", "pension_over_under_65", "salary_over"))
        year = income_year(period)
        elderly = age_on_31_december_before(person, period) >= 65
        pension = person("public_pension_income", year)
        return (person("annual_employment_income", year) > salary) | (pension > np.where(elderly, over_65, under_65))



class nhi_involuntary_unemployment_separation_date(Variable):
    value_type = date
    default_value = date(2999, 12, 31)
    entity = Person
    definition_period = ETERNITY
    label = "Separation date of an involuntarily unemployed person (非自発的失業者の離職日)"
    documentation = (
        "Give it only for a 特定受給資格者 or 特定理由離職者 of employment insurance (離職理由コード 11, 12, 21, 22, 23, "
        "31, 32, 33, 34); the reason is not checked here. Default 2999-12-31: none."
    )
    reference = "http://www.city.kurume.fukuoka.jp/1070kenkou/2020kokuhonenkin/3030kokuhoryou/kokuhoryo_hijihatsu_keigen.html"


class nhi_involuntary_unemployment_applies(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Previous-year employment income counted at 30 % in the month (非自発的失業軽減の対象月)"
    documentation = "From the month of the day after separation to the end of the following fiscal year; under 65 on separation."
    reference = "https://www-city-shimonoseki-lg-jp.cache.yimg.jp/site/gyousei/5014.html"

    def formula(person, period, parameters):
        p = parameters(period.start).national_health_insurance.involuntary_unemployment
        separation = person("nhi_involuntary_unemployment_separation_date", period)
        start = month_index(add_days(separation, 1))  # months since 1970-01
        start_fiscal_year = np.where(start % 12 >= 3, start // 12, start // 12 - 1)
        end = (start_fiscal_year + 2) * 12 + 2  # March of the following fiscal year
        age = age_on_dates(person("birth_date", period), separation)
        month = (period.start.year - 1970) * 12 + period.start.month - 1
        return (month >= start) & (month <= end) & (age < p.maximum_age_at_separation)


class nhi_assessment_base_involuntary(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "NHI assessment base with employment income at 30 % (非自発的失業軽減後の所得割の算定基礎)"
    reference = "https://www-city-shimonoseki-lg-jp.cache.yimg.jp/site/gyousei/5014.html"

    def formula(person, period, parameters):
        ratio = parameters(period.start).national_health_insurance.involuntary_unemployment.employment_income_ratio
        year = income_year(period)
        income = person("total_income", year) - person("employment_income", year) * (1 - ratio)
        basic = parameters(year.start).income.basic_deduction_local_tax.calc(income)
        return max_(floor_to(income) - basic, 0)
