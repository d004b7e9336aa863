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
from openfisca_japan.law.municipalities import (
    PREFECTURE_OF,
    Municipality,
    fiscal_year_months,
    keyed_parameter,
    optional,
    require,
)
from openfisca_japan.law.rounding import floor_to

_PREFECTURE_OF_MUNICIPALITY = np.array([PREFECTURE_OF[m].index if m in PREFECTURE_OF else -1 for m in Municipality])


class late_stage_elderly_months(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Months insured by late-stage elderly medical care in the fiscal year (後期高齢者医療の被保険者月数)"
    reference = "高齢者の医療の確保に関する法律 第52条, 第104条 (https://laws.e-gov.go.jp/law/357AC0000000080)"

    def formula(person, period):
        return np.sum([person("is_late_stage_elderly_insured", m) for m in fiscal_year_months(period)], axis=0)


class late_stage_elderly_low_income_reduction_tier(Variable):
    value_type = int
    entity = Household
    definition_period = YEAR
    label = "Low-income reduction tier of the late-stage per-capita amounts: 7, 5, 2 (tenths) or 0 (均等割額の軽減区分)"
    documentation = "From the income of the insured persons of the household and of the head (軽減判定所得)."
    reference = "高齢者の医療の確保に関する法律施行令 第18条第1項第1号 (https://laws.e-gov.go.jp/law/419CO0000000318)"

    def formula(household, period, parameters):
        p = parameters(period.start).late_stage_elderly.low_income_reduction
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
        return select([income <= seven, income <= five, income <= two], [7, 5, 2], default=0)


class late_stage_elderly_low_income_reduction_rate(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    label = "Low-income reduction of the late-stage basic per-capita amount (後期高齢者医療 均等割額の軽減割合)"
    documentation = "0.7 (0.72 in FY2026), 0.5, 0.2 or 0 of the per-capita amount of the basic part (基礎賦課額)."
    reference = "高齢者の医療の確保に関する法律施行令 第18条第1項第1号 (https://laws.e-gov.go.jp/law/419CO0000000318)"

    def formula(household, period, parameters):
        return _rate_of_tier(household("late_stage_elderly_low_income_reduction_tier", period),
                             parameters(period.start).late_stage_elderly.low_income_reduction.rates.basic, "basic")


class late_stage_elderly_child_support_reduction_rate(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    label = "Low-income reduction of the late-stage child-support per-capita amount (子ども・子育て支援金分 均等割額の軽減割合)"
    documentation = "0.7, 0.5, 0.2 or 0, from FY2026; 0 before (no child-support part)."
    reference = "高齢者の医療の確保に関する法律施行令 第18条 (令和8年度から) (https://laws.e-gov.go.jp/law/419CO0000000318)"

    def formula(household, period, parameters):
        rates = parameters(period.start).late_stage_elderly.low_income_reduction.rates.child_support
        if optional(rates, "seven_tenths") is None:
            return np.zeros(household.count)
        return _rate_of_tier(household("late_stage_elderly_low_income_reduction_tier", period), rates, "child_support")


def _rate_of_tier(tier, rates, name):
    what = f"Late-stage elderly reduction rates ({name})"
    values = [require(optional(rates, key), what) for key in ("seven_tenths", "five_tenths", "two_tenths")]
    return select([tier == 7, tier == 5, tier == 2], values, default=0)


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


class late_stage_elderly_premium_basic(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Basic part of the late-stage premium for the fiscal year (後期高齢者医療保険料 基礎賦課額)"
    documentation = (
        "Per-capita amount after the low-income reduction (truncated to the yen) + income rate × assessment base "
        "(truncated to the yen, less the union's own reduction), capped, × months insured / 12, truncated to the "
        "union's rounding unit. FY2024: income rate reduced for bases ≤ 580,000 yen and cap 730,000 yen for persons "
        "born on or before 1949-03-31. Former dependants: no income-based part, per-capita halved for 24 months."
    )
    reference = "高齢者の医療の確保に関する法律 第104条; 同施行令 第18条 (https://laws.e-gov.go.jp/law/419CO0000000318)"

    def formula(person, period, parameters):
        concerned = person("late_stage_elderly_months", period) > 0
        per_capita, rate, cap = (_union(parameters, period, person, name, concerned) for name in ("per_capita", "income_rate", "cap"))
        base = person("nhi_assessment_base", period)
        rate, cap = _fy2024_transitional(person, period, parameters, base, rate, cap, concerned)
        income_part = floor_to(floor_to(rate * base) * (1 - _own_income_reduction(parameters, period, person, base)))
        reduction = person.household("late_stage_elderly_low_income_reduction_rate", period)
        dependant = person("was_employee_insurance_dependant_before_late_stage", period)
        return _part_of_year(person, period, parameters, per_capita, income_part, reduction, cap, dependant)


class late_stage_elderly_premium_child_support(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Child-rearing support levy part of the late-stage premium (後期高齢者医療保険料 子ども・子育て支援納付金賦課額)"
    documentation = (
        "From FY2026 (0 before): per-capita amount after its low-income reduction + income rate × assessment base, "
        "capped at its own cap, × months / 12, truncated to the union's rounding unit separately from the basic part."
    )
    reference = "高齢者の医療の確保に関する法律 第104条; 子ども・子育て支援法 (令和6年改正) (https://laws.e-gov.go.jp/law/357AC0000000080)"

    def formula(person, period, parameters):
        concerned = person("late_stage_elderly_months", period) > 0
        per_capita, rate, cap = (_union(parameters, period, person, f"child_support.{name}", concerned)
                                 for name in ("per_capita", "income_rate", "cap"))
        levied = concerned & (per_capita > 0)
        base = person("nhi_assessment_base", period)
        own = _own_income_reduction(parameters, period, person, base)
        own = own * _union(parameters, period, person, "own_income_reduction.applies_to_child_support", levied & (own > 0) & (rate > 0))
        dependant = _former_dependant_of_child_part(person, period, parameters, levied)
        reduction = person.household("late_stage_elderly_child_support_reduction_rate", period)
        income_part = floor_to(floor_to(rate * base) * (1 - own))
        return _part_of_year(person, period, parameters, per_capita, income_part, reduction, cap, dependant)


class late_stage_elderly_premium(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Late-stage elderly medical care premium for the fiscal year (後期高齢者医療保険料 年額)"
    documentation = (
        "Basic part (基礎賦課額) + child-rearing support levy part (子ども・子育て支援納付金賦課額, from FY2026), each "
        "capped and truncated to the union's rounding unit (Tokyo: 100 yen) separately."
    )
    reference = "高齢者の医療の確保に関する法律 第104条; 同施行令 第18条 (https://laws.e-gov.go.jp/law/419CO0000000318)"

    def formula(person, period):
        return person("late_stage_elderly_premium_basic", period) + person("late_stage_elderly_premium_child_support", period)


def _part_of_year(person, period, parameters, per_capita, income_part, reduction, cap, dependant):
    """Σ over the insured months of min(reduced per-capita + income part, cap) / 12, truncated to the union's unit.
    Former dependants: no income part; per-capita reduced by at least 5 tenths for 24 months from joining at 75."""
    former = parameters(period.start).late_stage_elderly.former_dependant
    income_part = income_part * ~dependant
    reduction = np.round(np.asarray(reduction, dtype=np.float64), 4)
    joined = _month_index_of_75th_birthday(person("birth_date", period))
    total = 0
    for month in fiscal_year_months(period):
        index = (month.start.year - 1970) * 12 + month.start.month - 1
        early = dependant & (index < joined + former.months)
        month_reduction = np.where(early, np.maximum(reduction, former.per_capita_reduction), reduction)
        annual = floor_to(per_capita * (1 - month_reduction)) + income_part
        total = total + min_(annual, cap) * person("is_late_stage_elderly_insured", month)
    unit = keyed_parameter(parameters(period.start).late_stage_elderly.unions, list(Prefecture),
                           person("late_stage_elderly_union", period), "rounding_unit", np.zeros(len(per_capita), dtype=bool), "")
    return floor_to(floor_to(total / 12), np.maximum(unit, 1))


def _former_dependant_of_child_part(person, period, parameters, levied):
    """Former dependants for the child-support part: only if `former_dependant.applies_to_child_support` says so (not
    known: a clear error for the former dependants who pay that part)."""
    dependant = person("was_employee_insurance_dependant_before_late_stage", period)
    if not (levied & dependant).any():
        return dependant & levied
    applies = require(optional(parameters(period.start).late_stage_elderly.former_dependant, "applies_to_child_support"),
                      f"late_stage_elderly_premium_child_support ({period}): former-dependant rule of the child-support part")
    return dependant & bool(applies)


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
