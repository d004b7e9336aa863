"""The person's side of the 7/5/2-tenths reduction test (軽減判定), shared by National Health Insurance and
late-stage elderly care: the income counted and whether the person is a wage or pension earner."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, min_

from openfisca_japan.entities import Person
from openfisca_japan.enums import PensionEarnerReading
from openfisca_japan.law.municipalities import (
    age_on_31_december_before,
    fiscal_year_months,
    income_year,
    optional,
    require,
)
from openfisca_japan.law.rounding import floor_to


class nhi_reduction_test_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
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
        lower_reading = person("nhi_pension_earner_reading", period.first_month) == PensionEarnerReading.over_1_1_million
        by_lower_reading = lower_reading & person("nhi_is_in_disputed_pension_band", period)
        return (person("annual_employment_income", year) > salary) | (pension > np.where(elderly, over_65, under_65)) | by_lower_reading
