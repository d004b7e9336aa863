"""Income as municipal premiums count it (地方税法上の所得).

All variables here are YEAR variables over a calendar income year (e.g. `2024`): National Health
Insurance, late-stage elderly and nursing-care premiums of fiscal year N (`year:N-04`) are assessed on
the income of calendar year N−1.
"""

import numpy as np
from openfisca_core import periods
from openfisca_core.model_api import MONTH, YEAR, Variable, max_, min_, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to


class annual_employment_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Salary receipts of the calendar year (給与等の収入金額, 給与収入)"
    documentation = (
        "Gross salary and bonuses received in the calendar year, before the employment income deduction, "
        "in yen. Not derived from `annual_income` (which mixes all kinds of income): give it explicitly."
    )
    reference = "https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_28"


class public_pension_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Public pension receipts of the calendar year (公的年金等の収入金額)"
    documentation = "Taxable public pensions received in the calendar year (old-age pensions; not disability or survivors' pensions), in yen."
    reference = "https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_35"


class business_and_other_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Other income after expenses: business, real estate, other miscellaneous income (事業所得・不動産所得・その他の雑所得等)"
    documentation = (
        "Income other than employment and public pension income that enters the total income (総所得金額等), "
        "already net of expenses and special deductions, in yen (e.g. business income after the blue-return deduction)."
    )
    reference = "https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_313"


class employment_income_before_adjustment(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Employment income before the income amount adjustment deduction (給与所得控除後の給与等の金額)"
    reference = "所得税法 第28条第2項〜第4項, 別表第五 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_28)"

    def formula(person, period, parameters):
        salary = person("annual_employment_income", period).astype(np.float64)
        p = parameters(period.start).income
        table = p.employment_income_table
        in_table = (salary >= table.start) & (salary < table.end)
        receipts = where(in_table, floor_to(salary, table.step), salary)
        deduction = p.employment_income_deduction_minimum + p.employment_income_deduction.calc(receipts)
        income = receipts - min_(deduction, receipts)
        irregular = (salary >= table.irregular_rows.thresholds[0]) & (salary < table.irregular_rows_end)
        return where(irregular, table.irregular_rows.calc(salary), income)


class public_pension_miscellaneous_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Miscellaneous income from public pensions (公的年金等に係る雑所得)"
    documentation = "Public pension receipts less the public pension deduction; age is the age on 31 December of the year."
    reference = "所得税法 第35条第4項; 租税特別措置法 第41条の15の3 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_35)"

    def formula(person, period, parameters):
        pension = person("public_pension_income", period).astype(np.float64)
        p = parameters(period.start).income.public_pension_deduction
        december = periods.Period((MONTH, period.start.offset(11, MONTH), 1))  # age on 31 December
        elderly = person("age", december) >= p.elderly_age
        other_income = person("employment_income_before_adjustment", period) + person("business_and_other_income", period)
        deduction = where(
            elderly,
            p.aged_65_or_over.minimum + p.aged_65_or_over.rates.calc(pension),
            p.under_65.minimum + p.under_65.rates.calc(pension),
        ) - p.other_income_reduction.calc(other_income)
        return max_(pension - deduction, 0)


class income_amount_adjustment_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Income amount adjustment deduction for salary and pension earners (所得金額調整控除, 給与・年金)"
    reference = "租税特別措置法 第41条の3の3第2項 (https://www.nta.go.jp/taxes/shiraberu/taxanswer/shotoku/1411.htm)"

    def formula(person, period, parameters):
        cap = parameters(period.start).income.income_adjustment_deduction
        employment = person("employment_income_before_adjustment", period)
        pension = person("public_pension_miscellaneous_income", period)
        return max_(min_(employment, cap) + min_(pension, cap) - cap, 0)


class employment_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Employment income (給与所得)"
    documentation = (
        "Salary receipts less the employment income deduction (別表第五 for receipts under 6.6 million yen), "
        "less the income amount adjustment deduction for persons who also have pension income. The adjustment "
        "for salaries over 8.5 million yen with a dependant child or a disabled person is not modelled."
    )
    reference = "所得税法 第28条; 租税特別措置法 第41条の3の3 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_28)"

    def formula(person, period):
        return person("employment_income_before_adjustment", period) - person("income_amount_adjustment_deduction", period)


class total_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Total income (合計所得金額 / 総所得金額等)"
    documentation = (
        "Employment income + public pension income + other income. Without separately taxed capital gains and "
        "loss carry-forwards the total income (合計所得金額) and the total income etc. (総所得金額等) coincide."
    )
    reference = "地方税法 第292条第1項第13号, 第313条 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_313)"

    def formula(person, period):
        return (
            person("employment_income", period)
            + person("public_pension_miscellaneous_income", period)
            + person("business_and_other_income", period)
        )


class assessment_base_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Income assessment base of NHI and late-stage elderly premiums (旧ただし書き所得, 基礎控除後の総所得金額等)"
    documentation = "Total income less the resident-tax basic deduction (430,000 yen up to 24 million yen of total income), not below 0."
    reference = "国民健康保険法施行令 第29条の7第2項第4号; 地方税法 第314条の2第2項 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(person, period, parameters):
        income = person("total_income", period)
        basic = parameters(period.start).income.basic_deduction_local_tax.calc(income)
        return max_(income - basic, 0)
