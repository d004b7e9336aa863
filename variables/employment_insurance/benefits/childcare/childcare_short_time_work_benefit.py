"""Childcare short-time work benefit (育児時短就業給付金), 雇用保険法 第61条の12, 施行規則 第101条の47, from 1 April 2025.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period, where

from openfisca_japan.entities import Person
from openfisca_japan.law.employment_benefits import minimum_basic_allowance_daily
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


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
        "10 % of the wage of the month W when W is under 90 % of the wage at the start of short-time work "
        "(M = wage daily amount at the start × 30); cut so that W + benefit ≤ the payment limit; not paid if "
        "W ≥ M, W ≥ the limit, or the benefit is at most the minimum. The taper for 90 % ≤ W < M is not "
        "encoded (ordinance formula not confirmed): such cases raise an error. `wages_6_months_before_leave` "
        "is the 6 months before the short-time work started."
    )
    reference = f"{LAW}#Mp-At_61_12"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        benefits = parameters(period).employment_insurance.benefits
        p = benefits.childcare.short_time_work
        if p.rate == 0:
            return person.empty_array()
        w = person("monthly_wage", period).astype(np.float64)
        m = 30 * person("leave_start_wage_daily_amount", period)
        eligible = person("works_short_hours_for_child_under_2", period) & (
            person("insured_months_last_2_years", period) >= benefits.basic_allowance.eligibility.general_months
        )
        if np.any(eligible & (w >= p.full_rate_ratio * m) & (w < m)):
            raise ValueError(
                "childcare_short_time_work_benefit: the tapered rate for a wage between 90 % and 100 % of the wage "
                "at the start of short-time work is not encoded (see docs/employment-insurance.md)."
            )
        amount = np.minimum(floor_to(p.rate * w), p.payment_limit - w)
        minimum = minimum_basic_allowance_daily(benefits)
        paid = eligible & (w < p.full_rate_ratio * m) & (w < p.payment_limit) & (amount > minimum)
        return where(paid, amount, 0)
