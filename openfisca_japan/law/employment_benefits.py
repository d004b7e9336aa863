"""Formula pieces shared by the employment insurance benefits (雇用保険法): the wage daily amount within its limits,
the minimum basic allowance daily amount, the reduction of leave benefits for wages paid during leave."""

import numpy as np

from openfisca_japan.law.rounding import floor_to


def wage_daily_amount(wages_6_months, limits, age_band):
    """Wage daily amount (賃金日額, 法17条): 6 months' wages ÷ 180 truncated to the yen, within the lower limit
    and the upper limit of `age_band` (e.g. "age_30_to_44"); `limits` is the `wage_daily_amount` parameter node."""
    daily = floor_to(wages_6_months / limits.days_divisor)
    return np.clip(daily, limits.lower_limit, getattr(limits.upper_limit, age_band))


def minimum_basic_allowance_daily(benefits):
    """Minimum basic allowance daily amount (基本手当日額の最低額): the highest benefit rate × the lower limit
    of the wage daily amount, truncated to the yen (`benefits` is the `employment_insurance.benefits` node)."""
    return floor_to(benefits.basic_allowance.benefit_rates.maximum * benefits.wage_daily_amount.lower_limit)


def wage_paid_adjustment(benefit, base, wages, full_ratio, ceiling_ratio):
    """Wages paid for a period of leave (法61条の7第7項): none up to full_ratio × base; above it the
    benefit is cut so that wages + benefit ≤ ceiling_ratio × base; nothing once wages reach that."""
    cut = floor_to(np.maximum(ceiling_ratio * base - wages, 0))
    return np.where(wages <= full_ratio * base, benefit, np.minimum(benefit, cut))
