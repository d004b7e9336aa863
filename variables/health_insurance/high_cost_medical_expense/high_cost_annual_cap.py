"""Cap of the year August–July of the high-cost medical expense benefit (年間上限, 健康保険法施行令 第42条第10項〜第12項 as
amended by 令和8年政令第240号, from August 2026), by the income category on the base date, 31 July."""

import numpy as np
from openfisca_core.model_api import YEAR, Enum, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HighCostCategory
from openfisca_japan.law.health_insurance_high_cost_annual import annual_cap, base_date_month, check_august_year

REFERENCE = (
    "健康保険法施行令 第42条 (令和8年政令第240号による改正後) "
    "(https://laws.e-gov.go.jp/law/215IO0000000243/20260801_508CO0000000240)"
)


class high_cost_category_on_base_date(Variable):
    value_type = Enum
    possible_values = HighCostCategory
    default_value = HighCostCategory.d
    entity = Person
    definition_period = YEAR
    label = "Income category of the high-cost benefit on 31 July, the base date of the annual cap (基準日の所得区分)"
    documentation = (
        "Year August–July (year:2026-08); default: `high_cost_income_category` of July at the end of the year (give it "
        "when July is after the periods the model covers)."
    )
    reference = REFERENCE

    def formula(person, period):
        check_august_year(period, "high_cost_category_on_base_date")
        return person("high_cost_income_category", base_date_month(period))


class high_cost_annual_cap(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Annual cap of the high-cost benefit, August–July, of the person's group (高額療養費の年間上限)"
    documentation = (
        "From the year August 2026 – July 2027, by the category on the base date: under 70 ア 1,680,000, イ 1,110,000, "
        "ウ/エ 530,000 (エ of employee insurance with a 標準報酬月額 of at most 150,000 on the base date: 410,000), オ "
        "290,000; 70+ 現役並みⅢ/Ⅱ/Ⅰ as ア/イ/ウ, 一般 530,000 (410,000 likewise), 低所得Ⅱ 290,000, 低所得Ⅰ 180,000. "
        "Years before August 2026: 0 (no annual cap)."
    )
    reference = REFERENCE

    def formula(person, period):
        # Before 令和8年政令第240号: no annual cap.
        check_august_year(period, "high_cost_annual_cap")
        return np.zeros(person.count)

    def formula_2026_08(person, period, parameters):
        check_august_year(period, "high_cost_annual_cap")
        own = person("high_cost_annual_group_own_pay", period)
        return annual_cap(person, period, parameters, person("high_cost_category_on_base_date", period), own)
