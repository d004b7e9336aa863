"""Childcare benefits (育児休業等給付), 雇用保険法 第61条の6〜第61条の12.

Each benefit is computed for one payment unit period (支給単位期間, normally 30 days) given as the month
computed: the days of leave in that period are inputs. The caps in force on the first day of the month apply.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period, where

from openfisca_japan.entities import Person
from openfisca_japan.law.employment_benefits import minimum_basic_allowance_daily, wage_daily_amount
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


def wage_paid_adjustment(benefit, base, wages, full_ratio, ceiling_ratio):
    """Wages paid for a period of leave (法61条の7第7項): none up to full_ratio × base; above it the
    benefit is cut so that wages + benefit ≤ ceiling_ratio × base; nothing once wages reach that."""
    cut = floor_to(np.maximum(ceiling_ratio * base - wages, 0))
    return where(wages <= full_ratio * base, benefit, np.minimum(benefit, cut))


class wages_6_months_before_leave(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Wages of the 6 months before the start of leave or of short-time work, without bonuses (休業開始前6か月の賃金総額)"
    reference = f"{LAW}#Mp-At_61_7"


class leave_start_wage_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wage daily amount at the start of childcare leave (休業開始時賃金日額)"
    documentation = "6 months' wages ÷ 180, truncated, within the lower limit and the 30–44 upper limit of the wage daily amount (法61条の7第6項)."
    reference = f"{LAW}#Mp-At_61_7"

    def formula(person, period, parameters):
        limits = parameters(period).employment_insurance.benefits.wage_daily_amount
        return wage_daily_amount(person("wages_6_months_before_leave", period), limits, "age_30_to_44")


class childcare_leave_benefit_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of childcare leave in the payment unit period (育児休業給付金の支給日数)"
    reference = f"{LAW}#Mp-At_61_7"


class childcare_leave_days_before_period(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of childcare leave already paid for this child before the unit period (既に支給を受けた休業日数)"
    documentation = "Counts towards the 180 days at 67 %, including days of postnatal paternity leave."
    reference = f"{LAW}#Mp-At_61_7"


class wages_paid_during_leave(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages paid by the employer for the unit period of leave (休業期間中に支払われた賃金)"
    reference = f"{LAW}#Mp-At_61_7"


class days_worked_during_leave(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days worked during the unit period of leave (就業日数)"
    reference = f"{LAW}#Mp-At_61_7"


class hours_worked_during_leave(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Hours worked during the unit period of leave (就業時間)"
    reference = f"{LAW}#Mp-At_61_7"


class childcare_leave_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Childcare leave benefit for the unit period (育児休業給付金)"
    documentation = (
        "Wage daily amount at the start of leave × days × 67 % for the first 180 days of leave, 50 % after "
        "(truncated to the yen); reduced for wages paid (13 % / 30 % / 80 %); nothing if more than 10 days and "
        "more than 80 hours were worked; needs 12 insured months in the 2 years before the leave."
    )
    reference = [f"{LAW}#Mp-At_61_7", "雇用保険法 附則第12条 (100分の67)"]

    def formula(person, period, parameters):
        p = parameters(period).employment_insurance.benefits.childcare.childcare_leave
        general_months = parameters(period).employment_insurance.benefits.basic_allowance.eligibility.general_months
        days = person("childcare_leave_benefit_days", period)
        initial_days = np.clip(p.initial_rate_days - person("childcare_leave_days_before_period", period), 0, days)
        daily = person("leave_start_wage_daily_amount", period).astype(np.float64)
        benefit = floor_to(daily * initial_days * p.initial_rate + daily * (days - initial_days) * p.later_rate)
        full_ratio = where(initial_days > 0, p.wage_paid_full_ratio_initial, p.wage_paid_full_ratio_later)
        wages = person("wages_paid_during_leave", period)
        benefit = wage_paid_adjustment(benefit, daily * days, wages, full_ratio, p.wage_paid_ceiling_ratio)
        worked_too_much = (person("days_worked_during_leave", period) > p.maximum_work_days) & (
            person("hours_worked_during_leave", period) > p.maximum_work_hours
        )
        eligible = person("insured_months_last_2_years", period) >= general_months
        return where(eligible & ~worked_too_much, benefit, 0)


class postnatal_paternity_leave_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of postnatal paternity leave taken within 8 weeks of the birth (出生時育児休業の日数)"
    reference = f"{LAW}#Mp-At_61_8"


class postnatal_paternity_leave_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Postnatal paternity leave benefit (出生時育児休業給付金)"
    documentation = (
        "Wage daily amount at the start of leave × days (up to 28) × 67 %, truncated; reduced for wages paid "
        "for the leave (13 % / 80 %); needs 12 insured months in the 2 years before the leave."
    )
    reference = f"{LAW}#Mp-At_61_8"

    def formula(person, period, parameters):
        childcare = parameters(period).employment_insurance.benefits.childcare
        p, leave = childcare.postnatal_paternity_leave, childcare.childcare_leave
        general_months = parameters(period).employment_insurance.benefits.basic_allowance.eligibility.general_months
        days = np.minimum(person("postnatal_paternity_leave_days", period), p.maximum_days)
        daily = person("leave_start_wage_daily_amount", period).astype(np.float64)
        benefit = floor_to(daily * days * p.rate)
        benefit = wage_paid_adjustment(
            benefit, daily * days, person("wages_paid_during_leave", period),
            leave.wage_paid_full_ratio_initial, leave.wage_paid_ceiling_ratio,
        )
        return where(person("insured_months_last_2_years", period) >= general_months, benefit, 0)


class post_birth_qualifying_leave_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of childcare or postnatal paternity leave in the post-birth target period (対象期間内の育児休業日数)"
    documentation = "Target period: birth (or due date if earlier) to 8 weeks after; 16 weeks for a mother who took maternity leave."
    reference = f"{LAW}#Mp-At_61_10"


class spouse_leave_condition_met(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The spouse took 14 days of childcare leave within 8 weeks of the birth, or an exception applies (配偶者の育児休業要件)"
    documentation = "Exceptions: no spouse, spouse not an employee (homemaker, self-employed), spouse on maternity leave, etc."
    reference = f"{LAW}#Mp-At_61_10"


class post_birth_leave_support_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Post-birth leave support benefit, from 2025-04-01 (出生後休業支援給付金)"
    documentation = (
        "Wage daily amount at the start of leave × days of leave in the target period (up to 28) × 13 %, "
        "truncated, when the person took 14 days or more and the spouse condition is met. 0 before 2025-04."
    )
    reference = f"{LAW}#Mp-At_61_10"

    def formula(person, period, parameters):
        p = parameters(period).employment_insurance.benefits.childcare.post_birth_leave_support
        general_months = parameters(period).employment_insurance.benefits.basic_allowance.eligibility.general_months
        if p.rate == 0:
            return person.empty_array()
        days = person("post_birth_qualifying_leave_days", period)
        benefit = floor_to(person("leave_start_wage_daily_amount", period) * np.minimum(days, p.maximum_days) * p.rate)
        eligible = (
            (days >= p.minimum_days)
            & person("spouse_leave_condition_met", period)
            & (person("insured_months_last_2_years", period) >= general_months)
        )
        return where(eligible, benefit, 0)


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
