"""Late-stage elderly medical care premium (後期高齢者医療保険料), per insured person and fiscal year.

Period: fiscal year `year:YYYY-04`. Premium = per-capita amount (reduced 7/5/2 tenths for low-income
households) + income rate × assessment base (previous calendar year), capped, by the months of membership
(月割). The union is the one of the prefecture of the household's `municipality` (or of `prefecture`
when the municipality is not modelled).
"""

import numpy as np
from openfisca_core.model_api import ETERNITY, YEAR, Variable, min_, select, where

from openfisca_japan.entities import Household, Person
from openfisca_japan.enums import Prefecture
from openfisca_japan.municipalities import (
    PREFECTURE_OF,
    Municipality,
    fiscal_year_months,
    keyed_parameter,
    optional,
    require,
)
from openfisca_japan.rounding import floor_to

_PREFECTURE_OF_MUNICIPALITY = np.array([PREFECTURE_OF[m].index if m in PREFECTURE_OF else -1 for m in Municipality])


class late_stage_elderly_months(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Months insured by late-stage elderly medical care in the fiscal year (後期高齢者医療の被保険者月数)"
    reference = "高齢者の医療の確保に関する法律 第52条, 第104条 (https://laws.e-gov.go.jp/law/357AC0000000080)"

    def formula(person, period):
        return np.sum([person("is_late_stage_elderly_insured", m) for m in fiscal_year_months(period)], axis=0)


class late_stage_elderly_low_income_reduction_rate(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    label = "Low-income reduction of the late-stage per-capita amount (後期高齢者医療 均等割額の軽減割合)"
    documentation = "0.7, 0.5, 0.2 or 0, from the income of the insured persons of the household and of the head."
    reference = "高齢者の医療の確保に関する法律施行令 第18条第1項第1号 (https://laws.e-gov.go.jp/law/419CO0000000318)"

    def formula(household, period, parameters):
        p = parameters(period.start).late_stage_elderly.low_income_reduction
        rates = parameters(period.start).national_health_insurance.low_income_reduction.rates
        what = "Late-stage elderly low-income reduction thresholds"
        person = household.members
        insured = person("late_stage_elderly_months", period) > 0
        counted = insured | person.has_role(Household.HEAD)
        income = household.sum(person("nhi_reduction_test_income", period) * counted)
        earners = household.sum(person("nhi_is_wage_or_pension_earner", period) * counted)
        number = household.sum(insured)
        seven = require(optional(p, "base"), what) + require(optional(p, "per_wage_earner"), what) * np.maximum(earners - 1, 0)
        five = seven + require(optional(p, "per_insured_five_tenths"), what) * number
        two = seven + require(optional(p, "per_insured_two_tenths"), what) * number
        return select(
            [income <= seven, income <= five, income <= two],
            [rates.seven_tenths, rates.five_tenths, rates.two_tenths],
            default=0,
        )


class late_stage_elderly_union(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Prefecture of the late-stage elderly union, as a Prefecture index (後期高齢者医療広域連合)"
    documentation = "From the household's modelled `municipality` (its index.yaml `prefecture`), else the household `prefecture`."

    def formula(person, period):
        municipality = person.household("municipality", period.first_month)
        from_municipality = _PREFECTURE_OF_MUNICIPALITY[np.asarray(municipality, dtype=int)]
        prefecture = np.asarray(person.household("prefecture", period.first_month), dtype=int)
        return where(from_municipality >= 0, from_municipality, prefecture)


def _union(parameters, period, person, name, concerned):
    node = parameters(period.start).late_stage_elderly.unions
    return keyed_parameter(node, list(Prefecture), person("late_stage_elderly_union", period), name, concerned,
                           f"late_stage_elderly_premium ({period})", "late_stage_elderly.unions")


class was_employee_insurance_dependant_before_late_stage(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Dependant of employee health insurance on the day before joining late-stage care (資格取得日の前日に被用者保険の被扶養者)"
    documentation = "Not for former NHI members. Gives the former-dependant reduction (no income-based part; per-capita halved for 24 months)."
    reference = "https://www.aichi-kouiki.jp/iryou/hoken/1001529/1001542.html"


class late_stage_elderly_premium(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Late-stage elderly medical care premium for the fiscal year (後期高齢者医療保険料 年額)"
    documentation = (
        "Per-capita amount after the low-income reduction (truncated to the yen) + income rate × assessment base "
        "(truncated to the yen), capped, × months insured / 12, truncated to the union's rounding unit "
        "(Tokyo: 100 yen; other unions: the yen). Tokyo's own reduction of the income-based part (50 % for bases up to "
        "150,000 yen, 25 % up to 200,000 yen). FY2024: income rate reduced for bases ≤ 580,000 yen and "
        "cap 730,000 yen for persons born on or before 1949-03-31. Former dependants of employee insurance pay no "
        "income-based part and at most half the per-capita amount for 24 months from the month of joining at 75."
    )
    reference = "高齢者の医療の確保に関する法律 第104条; 同施行令 第18条 (https://laws.e-gov.go.jp/law/419CO0000000318)"

    def formula(person, period, parameters):
        months = person("late_stage_elderly_months", period)
        concerned = months > 0
        per_capita = _union(parameters, period, person, "per_capita", concerned)
        rate = _union(parameters, period, person, "income_rate", concerned)
        cap = _union(parameters, period, person, "cap", concerned)
        base = person("nhi_assessment_base", period)
        rate, cap = _fy2024_transitional(person, period, parameters, base, rate, cap, concerned)
        reduction = np.round(person.household("late_stage_elderly_low_income_reduction_rate", period).astype(np.float64), 4)
        former = parameters(period.start).late_stage_elderly.former_dependant
        dependant = person("was_employee_insurance_dependant_before_late_stage", period)
        own_reduction = _own_income_reduction(parameters, period, person, base)
        income_part = floor_to(floor_to(rate * base) * (1 - own_reduction)) * ~dependant
        joined = _month_index_of_75th_birthday(person("birth_date", period))
        total = 0
        for month in fiscal_year_months(period):
            index = (month.start.year - 1970) * 12 + month.start.month - 1
            early = dependant & (index < joined + former.months)
            month_reduction = np.where(early, np.maximum(reduction, former.per_capita_reduction), reduction)
            annual = floor_to(per_capita * (1 - month_reduction)) + income_part
            total = total + min_(annual, cap) * person("is_late_stage_elderly_insured", month)
        unit = keyed_parameter(parameters(period.start).late_stage_elderly.unions, list(Prefecture),
                               person("late_stage_elderly_union", period), "rounding_unit", np.zeros_like(concerned), "")
        return floor_to(floor_to(total / 12), np.maximum(unit, 1))


def _fy2024_transitional(person, period, parameters, base, rate, cap, concerned):
    """FY2024 only (令和6年度の激変緩和): reduced income rate for bases ≤ 580,000; cap 730,000 if born ≤ 1949-03-31."""
    transitional = parameters(period.start).late_stage_elderly.transitional_2024
    base_limit = optional(transitional, "low_income_base_limit")
    if base_limit is None:
        return rate, cap
    reduced = _union(parameters, period, person, "reduced_income_rate_2024", concerned)
    birth = person("birth_date", period).astype("datetime64[D]")
    limit = str(int(transitional.cap_born_on_or_before))
    old = birth <= np.datetime64(f"{limit[:4]}-{limit[4:6]}-{limit[6:]}")
    return where(base <= base_limit, reduced, rate), where(old, transitional.cap, cap)


def _own_income_reduction(parameters, period, person, base):
    """A union's own reduction of the income-based part by the person's assessment base (Tokyo: 東京都独自の所得割額の軽減,
    50 % up to 150,000 yen, 25 % up to 200,000 yen in FY2024–FY2025). Unions without one: 0."""
    unions = parameters(period.start).late_stage_elderly.unions
    union = person("late_stage_elderly_union", period)
    never = np.zeros(len(base), dtype=bool)

    def value(name):
        return keyed_parameter(unions, list(Prefecture), union, f"own_income_reduction.{name}", never, "")

    first_limit, second_limit = value("first_limit"), value("second_limit")
    return select(
        [(base > 0) & (base <= first_limit), (base > 0) & (base <= second_limit)],
        [value("first_rate"), value("second_rate")],
        default=0,
    )


def _month_index_of_75th_birthday(birth_dates):
    """Month (months since 1970-01) of the 75th birthday, when membership by age starts (高齢者医療確保法 第52条)."""
    return np.asarray(birth_dates).astype("datetime64[D]").astype("datetime64[M]").astype(int) + 75 * 12


class late_stage_elderly_premium_deducted_from_pension(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Late-stage premium deducted from the pension (特別徴収)"
    documentation = (
        "True when the public pension of the calendar year in which the fiscal year starts is 180,000 yen or "
        "more and the premium is at most half of it. The half test should include the nursing-care premium "
        "(介護保険料との合算): here only the late-stage premium is counted."
    )
    reference = "高齢者の医療の確保に関する法律 第107条, 第110条 (https://laws.e-gov.go.jp/law/357AC0000000080)"

    def formula(person, period, parameters):
        p = parameters(period.start).late_stage_elderly.special_collection
        pension = person("public_pension_income", period.this_year)
        premium = person("late_stage_elderly_premium", period)
        return (premium > 0) & (pension >= p.pension_minimum) & (premium <= pension * p.maximum_share_of_pension)
