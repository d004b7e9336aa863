"""Late-stage elderly medical care premium (後期高齢者医療保険料): the steps shared by its parts.

The premium of a fiscal year is set by the union (後期高齢者医療広域連合) of the prefecture (高齢者の医療の確保に関する法律
第48条, 第104条): per-capita amount (均等割額, reduced 7/5/2 tenths for low-income households) + income rate ×
assessment base (所得割額), capped (賦課限度額), by the months of membership (月割), truncated to the union's unit.
"""

import numpy as np
from openfisca_core.model_api import min_, select, where

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

#: Prefecture index of each modelled municipality (-1: not modelled), indexed by the Municipality enum.
PREFECTURE_OF_MUNICIPALITY = np.array([PREFECTURE_OF[m].index if m in PREFECTURE_OF else -1 for m in Municipality])


def union_prefecture(municipality, prefecture):
    """Prefecture index of the union: that of the modelled municipality, else the household's prefecture."""
    from_municipality = PREFECTURE_OF_MUNICIPALITY[np.asarray(municipality, dtype=int)]
    return where(from_municipality >= 0, from_municipality, np.asarray(prefecture, dtype=int))


def union_parameter(parameters, period, person, name, concerned):
    """`late_stage_elderly.unions.<prefecture>.<name>` for each person (clear error for the persons concerned when
    the union's value for the period is not known)."""
    node = parameters(period.start).late_stage_elderly.unions
    return keyed_parameter(node, list(Prefecture), person("late_stage_elderly_union", period), name, concerned,
                           f"late_stage_elderly_premium ({period})", "late_stage_elderly.unions")


def month_index_of_75th_birthday(birth_dates):
    """Month (months since 1970-01) of the 75th birthday, when membership by age starts (高齢者医療確保法 第52条)."""
    return np.asarray(birth_dates).astype("datetime64[D]").astype("datetime64[M]").astype(int) + 75 * 12


def part_of_year(person, period, parameters, per_capita, income_part, reduction, cap, dependant):
    """Σ over the insured months of min(reduced per-capita + income part, cap) / 12, truncated to the union's unit.
    Former dependants: no income part; per-capita reduced by at least 5 tenths for 24 months from joining at 75."""
    former = parameters(period.start).late_stage_elderly.former_dependant
    income_part = income_part * ~dependant
    reduction = np.round(np.asarray(reduction, dtype=np.float64), 4)
    joined = month_index_of_75th_birthday(person("birth_date", period))
    total = 0
    for month in fiscal_year_months(period):
        index = (month.start.year - 1970) * 12 + month.start.month - 1
        early = dependant & (index < joined + former.months)
        month_reduction = np.where(early, np.maximum(reduction, former.per_capita_reduction), reduction)
        annual = floor_to(per_capita * (1 - month_reduction)) + income_part
        total = total + min_(annual, cap) * person("is_late_stage_elderly_insured", month)
    return floor_to(floor_to(total / 12), np.maximum(rounding_unit(parameters, period, person, len(per_capita)), 1))


def rounding_unit(parameters, period, person, count):
    """The union's rounding unit of the annual premium (e.g. Tokyo: 100 yen); 0 when it has none (the yen)."""
    return keyed_parameter(parameters(period.start).late_stage_elderly.unions, list(Prefecture),
                           person("late_stage_elderly_union", period), "rounding_unit", np.zeros(count, dtype=bool), "")


def former_dependant_of_child_part(person, period, parameters, levied):
    """Former dependants for the child-support part: only if `former_dependant.applies_to_child_support` says so (not
    known: a clear error for the former dependants who pay that part)."""
    dependant = person("was_employee_insurance_dependant_before_late_stage", period)
    if not (levied & dependant).any():
        return dependant & levied
    applies = require(optional(parameters(period.start).late_stage_elderly.former_dependant, "applies_to_child_support"),
                      f"late_stage_elderly_premium_child_support ({period}): former-dependant rule of the child-support part")
    return dependant & bool(applies)


def fy2024_transitional(person, period, parameters, base, rate, cap, concerned):
    """FY2024 only (令和6年度の激変緩和): reduced income rate for bases ≤ 580,000; cap 730,000 if born ≤ 1949-03-31."""
    transitional = parameters(period.start).late_stage_elderly.transitional_2024
    base_limit = optional(transitional, "low_income_base_limit")
    if base_limit is None:
        return rate, cap
    reduced = union_parameter(parameters, period, person, "reduced_income_rate_2024", concerned)
    birth = person("birth_date", period).astype("datetime64[D]")
    limit = str(int(transitional.cap_born_on_or_before))
    old = birth <= np.datetime64(f"{limit[:4]}-{limit[4:6]}-{limit[6:]}")
    return where(base <= base_limit, reduced, rate), where(old, transitional.cap, cap)


def own_income_reduction(parameters, period, person, base):
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


def income_part(rate, base, own_reduction):
    """Income-based part (所得割額): rate × assessment base truncated to the yen, less the union's own reduction."""
    return floor_to(floor_to(rate * base) * (1 - own_reduction))
