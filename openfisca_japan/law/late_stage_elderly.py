"""Late-stage elderly medical care premium (後期高齢者医療保険料): the steps shared by its parts.

The premium of a fiscal year is set by the union (後期高齢者医療広域連合) of the prefecture (高齢者の医療の確保に関する法律
第48条, 第104条): per-capita amount (均等割額, reduced 7/5/2 tenths for low-income households) + income rate ×
assessment base (所得割額), capped (賦課限度額), by the months of membership (月割), truncated to the union's unit.
"""

import numpy as np
from openfisca_core.model_api import min_, select, where

from openfisca_japan.enums import Prefecture, PrefectureOfResidence
from openfisca_japan.law.coverage import NotCoveredError
from openfisca_japan.law.dates import birth_dates
from openfisca_japan.law.municipalities import fiscal_year_months, keyed_parameter, optional, require
from openfisca_japan.law.rounding import floor_to

#: Value of `late_stage_elderly_union` for a person whose household has no prefecture.
NO_UNION = -1


def union_of_prefecture(prefecture):
    """Union (a `Prefecture` index) of each household prefecture (a `PrefectureOfResidence` array); NO_UNION for
    not_given. The two enums share the indices of the 47 prefectures."""
    index = np.asarray(prefecture, dtype=int)
    return np.where(index == PrefectureOfResidence.not_given.index, NO_UNION, index)


def union_of_persons(person, period, concerned):
    """The union of each person; a clear error naming the persons concerned whose household has no prefecture."""
    union = np.asarray(person("late_stage_elderly_union", period))
    missing = (union == NO_UNION) & concerned
    if missing.any():
        names = ", ".join(str(i) for i in np.asarray(person.ids)[missing][:10])
        raise NotCoveredError(
            f"late_stage_elderly_premium ({period}): the household of {names} has no prefecture: give its `prefecture`, "
            "`municipality_code` or `municipality_name` (the premium is set by the union of the prefecture; there is no default)"
        )
    return np.maximum(union, 0)


def union_parameter(parameters, period, person, name, concerned):
    """`late_stage_elderly.unions.<prefecture>.<name>` for each person (clear error for the persons concerned when
    the union's value for the period is not known, or their household has no prefecture)."""
    node = parameters(period.start).late_stage_elderly.unions
    return keyed_parameter(node, list(Prefecture), union_of_persons(person, period, concerned), name, concerned,
                           f"late_stage_elderly_premium ({period})", "late_stage_elderly.unions")


def month_index_of_75th_birthday(birth_dates):
    """Month (months since 1970-01) of the 75th birthday, when membership by age starts (高齢者医療確保法 第52条)."""
    return np.asarray(birth_dates).astype("datetime64[D]").astype("datetime64[M]").astype(int) + 75 * 12


def per_capita_unit(parameters, period, person):
    """The union's truncation unit of the reduced per-capita amount (`per_capita_rounding_unit`, e.g. 10 yen in
    Saitama and Yamanashi: 45,930 × 0.3 = 13,779 → 13,770); 1 yen where the union has none."""
    never = np.zeros(person.count, dtype=bool)
    return np.maximum(union_parameter(parameters, period, person, "per_capita_rounding_unit", never), 1)


def part_of_year(person, period, parameters, per_capita, income_part, reduction, cap, dependant):
    """Σ over the insured months of min(reduced per-capita + income part, cap) / 12, truncated to the union's unit.
    Former dependants: no income part; per-capita reduced by at least 5 tenths for 24 months from joining at 75."""
    former = parameters(period.start).late_stage_elderly.former_dependant
    income_part = income_part * ~dependant
    reduction = np.round(np.asarray(reduction, dtype=np.float64), 4)
    joined = month_index_of_75th_birthday(birth_dates(person, period))
    unit = per_capita_unit(parameters, period, person)
    total = 0
    for month in fiscal_year_months(period):
        index = (month.start.year - 1970) * 12 + month.start.month - 1
        early = dependant & (index < joined + former.months)
        month_reduction = np.where(early, np.maximum(reduction, former.per_capita_reduction), reduction)
        annual = floor_to(floor_to(per_capita * (1 - month_reduction)), unit) + income_part
        total = total + min_(annual, cap) * person("is_late_stage_elderly_insured", month)
    insured = np.asarray(total) > 0
    return floor_to(floor_to(total / 12), np.maximum(union_parameter(parameters, period, person, "rounding_unit", insured), 1))


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
    """FY2024 only (令和6年度の激変緩和): reduced income rate for bases ≤ 580,000; cap 730,000 if born ≤ 1949-03-31
    or insured by disability certification (障害認定) in the fiscal year."""
    transitional = parameters(period.start).late_stage_elderly.transitional_2024
    base_limit = optional(transitional, "low_income_base_limit")
    if base_limit is None:
        return rate, cap
    low = (base > 0) & (base <= base_limit)
    reduced = union_parameter(parameters, period, person, "reduced_income_rate_2024", concerned & low)
    birth = birth_dates(person, period)
    limit = str(int(transitional.cap_born_on_or_before))
    old = birth <= np.datetime64(f"{limit[:4]}-{limit[4:6]}-{limit[6:]}")
    if optional(transitional, "cap_disability_certified"):
        old = old | insured_by_disability(person, period, parameters)
    return where(low, reduced, rate), where(old, transitional.cap, cap)


def insured_by_disability(person, period, parameters):
    """Insured by disability certification (障害認定: certified and aged 65 or over) in a month of the fiscal year."""
    minimum = parameters(period.start).health_insurance.copayment.ages.late_stage_disability_minimum
    months = fiscal_year_months(period)
    return np.sum([person("late_stage_elderly_disability_certified", m) & (person("age", m) >= minimum) for m in months], axis=0) > 0


def own_income_reduction(parameters, period, person, base):
    """A union's own reduction of the income-based part by the person's assessment base (Tokyo: 東京都独自の所得割額の軽減,
    50 % up to 150,000 yen, 25 % up to 200,000 yen in FY2024–FY2025). Unions without one: 0. Where the reduction
    of the period is not known (null), the persons with a base of 1 to `unknown_up_to` yen get a clear error."""
    unions = parameters(period.start).late_stage_elderly.unions
    union = np.maximum(person("late_stage_elderly_union", period), 0)
    never = np.zeros(len(base), dtype=bool)
    what = f"late_stage_elderly_premium ({period}): the union's own reduction of the income-based part"

    def value(name, concerned=never):
        return keyed_parameter(unions, list(Prefecture), union, f"own_income_reduction.{name}", concerned, what,
                               "late_stage_elderly.unions")

    concerned = (base > 0) & (base <= value("unknown_up_to"))
    first_limit, second_limit = value("first_limit", concerned), value("second_limit", concerned)
    return select(
        [(base > 0) & (base <= first_limit), (base > 0) & (base <= second_limit)],
        [value("first_rate", concerned), value("second_rate", concerned)],
        default=0,
    )


def income_part(rate, base, own_reduction):
    """Income-based part (所得割額): rate × assessment base truncated to the yen, less the union's own reduction."""
    return floor_to(floor_to(rate * base) * (1 - own_reduction))


def reduction_rate_of_tier(tier, rates, what):
    """Reduction rate of each household for its tier (7, 5, 2 tenths or 0), from a node with `seven_tenths`,
    `five_tenths`, `two_tenths`; a rate not known for the period (null) is a clear error only for the households of
    that tier."""
    tier = np.asarray(tier)
    values = []
    for tenths, key in ((7, "seven_tenths"), (5, "five_tenths"), (2, "two_tenths")):
        value = optional(rates, key)
        if value is None and (tier == tenths).any():
            raise NotCoveredError(f"{what}: no official value of the {tenths}-tenths reduction (rates.{key}) for this period "
                                  "(not found, left uncovered on purpose: see docs/municipal.md); households of other tiers are computed")
        values.append(0 if value is None else value)
    return select([tier == 7, tier == 5, tier == 2], values, default=0)
