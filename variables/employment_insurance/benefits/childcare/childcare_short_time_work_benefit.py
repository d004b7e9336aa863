"""Childcare short-time work benefit (育児時短就業給付金), 雇用保険法 第61条の12, 施行規則 第101条の47, from 1 April 2025."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period, where

from openfisca_japan.entities import Person
from openfisca_japan.law.employment_benefits import minimum_basic_allowance_daily
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"
REGULATION = "https://laws.e-gov.go.jp/law/350M50002000003"


class works_short_hours_for_child_under_2(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Works shortened hours all month to care for a child under 2 (育児時短就業)"
    reference = f"{LAW}#Mp-At_61_12"


class childcare_short_time_work_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Childcare short-time work benefit for the month, from 2025-04-01 (育児時短就業給付金)"
    documentation = (
        "The wage of the month W × the rate of the month (10 %, tapered to 0 between 90 % and 100 % of M, 施行規則101条の47), "
        "truncated to the yen; cut so that W + benefit ≤ the payment limit; not paid if W ≥ M (M = wage daily "
        "amount at the start of short-time work × 30), W ≥ the limit, or the benefit is at most the minimum. "
        "`wages_6_months_before_leave` is the 6 months before the short-time work started. The benefit exists "
        "from 2025-04-01 (令和6年法律第47号): 0 before."
    )
    reference = [f"{LAW}#Mp-At_61_12", f"{REGULATION} (雇用保険法施行規則 第101条の47)"]
    unit = "currency-JPY"

    def formula_2025_04(person, period, parameters):
        benefits = parameters(period).employment_insurance.benefits
        p = benefits.childcare.short_time_work
        w = person("monthly_wage", period).astype(np.float64)
        m = 30 * person("leave_start_wage_daily_amount", period)
        eligible = person("works_short_hours_for_child_under_2", period) & (
            person("insured_months_last_2_years", period) >= benefits.basic_allowance.eligibility.general_months
        )
        amount = np.minimum(floor_to(rate_of_the_month(w, m, p) * w), p.payment_limit - w)
        minimum = minimum_basic_allowance_daily(benefits)
        paid = eligible & (w < m) & (w < p.payment_limit) & (amount > minimum)
        return where(paid, amount, 0)


def rate_of_the_month(w, m, p):
    """Rate of the wage of the month W (施行規則101条の47), M being the wage at the start of short-time work: 10 % when
    W is under 90 % of M; from 90 % to under 100 %, the rate that falls on a straight line from 10 % to 0 at M,
    10/100 × 90/100 ÷ (1 − 90/100) × (M − W) ÷ W = 0.9 × (M − W) ÷ W, rounded half up to 2 decimals of a percent
    (MHLW pamphlet: M 300,000, W 280,000 → 6.4285… % → 6.43 %)."""
    slope = p.rate * p.full_rate_ratio / (1 - p.full_rate_ratio)
    tapered = slope * (m - w) / np.maximum(w, 1)
    scale = 10.0**p.taper_rate_decimals
    rounded = np.floor(np.round(tapered * scale, 6) + 0.5) / scale
    return where(w < p.full_rate_ratio * m, p.rate, rounded)
