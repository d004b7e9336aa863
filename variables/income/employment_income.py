"""Salary receipts and employment income (給与等の収入金額・給与所得), as the income tax and the local taxes count them.

Calendar income years (e.g. `2024`): the municipal premiums of fiscal year N (`year:N-04`) are assessed on
the income of calendar year N−1.
"""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, min_, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to


class annual_employment_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Salary receipts of the calendar year (給与等の収入金額, 給与収入)"
    documentation = (
        "Gross salary and bonuses received in the calendar year, before the employment income deduction, "
        "in yen. Not derived from `annual_income` (which mixes all kinds of income): give it explicitly."
    )
    reference = "所得税法 第28条第1項 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_28)"


class employment_income_before_adjustment(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
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
        income = where(irregular, table.irregular_rows.calc(salary), income)
        return where(salary < table.zero_below, 0, income)  # first row of 別表第五: 0 below 551,000 (651,000)


class employment_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Employment income (給与所得)"
    documentation = (
        "Salary receipts less the employment income deduction (別表第五 for receipts under 6.6 million yen), "
        "less the income amount adjustment deduction for persons who also have pension income. The adjustment "
        "for salaries over 8.5 million yen with a dependant child or a disabled person is not modelled."
    )
    reference = "所得税法 第28条; 租税特別措置法 第41条の3の3 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_28)"

    def formula(person, period):
        return person("employment_income_before_adjustment", period) - person("income_amount_adjustment_deduction", period)
