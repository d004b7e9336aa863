"""Reduction for involuntarily unemployed members (非自発的失業者の軽減): the previous year's employment income
counted at 30 % from the month after separation to the end of the following fiscal year."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, YEAR, Variable, date, max_

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import add_days, birth_dates, month_index
from openfisca_japan.law.municipalities import age_on_dates, income_year
from openfisca_japan.law.rounding import floor_to

REFERENCE = [
    "国民健康保険法施行令 第29条の7の2 (特例対象被保険者等) (https://laws.e-gov.go.jp/law/333CO0000000362#Mp-At_29_7_2)",
    "久留米市 非自発的失業者に対する軽減 (http://www.city.kurume.fukuoka.jp/1070kenkou/2020kokuhonenkin/3030kokuhoryou/kokuhoryo_hijihatsu_keigen.html)",
    "下関市 非自発的失業者に対する国民健康保険料の軽減 (https://www.city.shimonoseki.lg.jp/site/gyousei/5014.html)",
]


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
    reference = REFERENCE


class nhi_involuntary_unemployment_applies(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Previous-year employment income counted at 30 % in the month (非自発的失業軽減の対象月)"
    documentation = "From the month of the day after separation to the end of the following fiscal year; under 65 on separation."
    reference = REFERENCE

    def formula(person, period, parameters):
        p = parameters(period.start).national_health_insurance.involuntary_unemployment
        separation = person("nhi_involuntary_unemployment_separation_date", period)
        start = month_index(add_days(separation, 1))  # months since 1970-01
        start_fiscal_year = np.where(start % 12 >= 3, start // 12, start // 12 - 1)
        end = (start_fiscal_year + 2) * 12 + 2  # March of the following fiscal year
        age = age_on_dates(birth_dates(person, period), separation)
        month = (period.start.year - 1970) * 12 + period.start.month - 1
        return (month >= start) & (month <= end) & (age < p.maximum_age_at_separation)


class nhi_assessment_base_involuntary(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "NHI assessment base with employment income at 30 % (非自発的失業軽減後の所得割の算定基礎)"
    reference = REFERENCE

    def formula(person, period, parameters):
        ratio = parameters(period.start).national_health_insurance.involuntary_unemployment.employment_income_ratio
        year = income_year(period)
        income = person("total_income", year) - person("employment_income", year) * (1 - ratio)
        basic = parameters(f"{year.start.year + 1}-01-01").income.basic_deduction_local_tax.calc(income)  # resident-tax year
        return max_(floor_to(income) - basic, 0)
