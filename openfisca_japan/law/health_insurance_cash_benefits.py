"""Pieces shared by the cash benefits of employee health insurance (健康保険の現金給付, 健康保険法 第99条〜第102条, 第113条, 第114条)."""

import numpy as np
from openfisca_core import periods

from openfisca_japan.enums import HealthInsuranceScheme, HealthInsurer
from openfisca_japan.law.rounding import round_half_up_to, round_half_up_yen

# Schemes whose insured persons and dependants receive the lump-sum grant and the burial allowance of employee
# health insurance (健康保険法 第100条, 第101条, 第113条, 第114条).
INSURED_OR_DEPENDANT = (
    HealthInsuranceScheme.employee_health_insurance.index,
    HealthInsuranceScheme.mutual_aid_association.index,
    HealthInsuranceScheme.voluntary_continued.index,
    HealthInsuranceScheme.dependant.index,
)


def refuse_mutual_aid(person, period, days, what):
    """Mutual aid associations pay these allowances on their own rules: refuse to compute one that is due."""
    mutual = person("health_insurance_scheme", period) == HealthInsuranceScheme.mutual_aid_association
    if np.any(mutual * (days > 0)):
        raise NotImplementedError(
            f"{what} of a mutual aid association member is not modelled (the association's own rules apply)."
        )


def check_days(days, period, name):
    """Days off of the month must be between 0 and the number of days of the month."""
    if np.any((days < 0) + (days > period.days)):
        raise ValueError(f"{name} must be between 0 and the number of days of the month ({period.days}).")


def injury_sickness_payable_days(person, period, parameters):
    """Days off of the month that the injury and sickness allowance pays before the limit of its duration: `sick_leave_days`
    less the 3-day waiting period unless completed before the month (健康保険法 第99条第1項)."""
    p = parameters(period).health_insurance.cash_benefits.injury_sickness
    days = person("sick_leave_days", period)
    check_days(days, period, "sick_leave_days")
    refuse_mutual_aid(person, period, days, "the injury and sickness allowance")
    waiting = np.where(person("sick_leave_waiting_period_completed", period), 0, p.waiting_days)
    return np.maximum(0, days - waiting)


def injury_sickness_calendar_period(person, period):
    """(first payment day, last day of the 1 year 6 months from it, whether the first payment day was given, days of
    the month within that calendar period) (健康保険法 第99条第4項)."""
    start = person("injury_sickness_first_payment_date", period).astype("datetime64[D]")
    given = start < np.datetime64("2100-01-01")  # the default 2100-01-01: the duration is not checked
    calendar_last = start + person("injury_sickness_maximum_days", period) - 1
    month_first = np.datetime64(str(period.start), "D")
    month_last = month_first + period.size_in_days - 1
    overlap = (np.minimum(calendar_last, month_last) - np.maximum(start, month_first)).astype(int) + 1
    return start, calendar_last, given, np.maximum(0, overlap)


def injury_sickness_allowance_of_days(person, period, payable):
    """(daily amount − wages per day, not below 0) × payable days (健康保険法 第99条第2項, 第108条第1項)."""
    per_day = np.maximum(0, person("injury_sickness_allowance_daily", period) - person("wages_paid_per_sick_day", period))
    return per_day * payable


def refuse_society_short_insured(person, period, p, average, short):
    """A society's insured person with less than 12 months: the cap is the society's own average (not modelled). Returns
    whether each person is insured by employee health insurance in `period`."""
    society = person.employer("health_insurer", period) != HealthInsurer.kyokai_kenpo
    employee = person("health_insurance_scheme", period) == HealthInsuranceScheme.employee_health_insurance
    if np.any(employee * short * society * (average > p.kyokai_kenpo_short_insured_cap)):
        raise NotImplementedError(
            "allowance_daily_amount: for a person insured less than 12 months by a health insurance "
            "society, the cap is the society's own average: give `average_standard_monthly_remuneration_12_months` "
            "already capped, and `insured_months_before_allowance: 12`."
        )
    return employee


def daily_amount_of(average, short, p):
    """支給日額 (健康保険法 第99条第2項): the average (capped at the Kyokai Kenpo average when insured less than 12 months) ÷ 30,
    rounded half up to 10 yen, × 2/3, rounded half up to the yen; `p` the `daily_amount` parameters of the first payment day."""
    base = np.where(short, np.minimum(average, p.kyokai_kenpo_short_insured_cap), average)
    daily_remuneration = round_half_up_to(base / p.days_per_month, p.daily_rounding_unit)
    return round_half_up_yen(daily_remuneration * p.benefit_numerator / p.benefit_denominator)


def daily_amount_at_first_payment(person, period, parameters, first_payment_date):
    """支給日額 fixed at the first payment day (健康保険法 第99条第2項, 第102条第2項: 支給開始日の属する月以前の直近の継続した
    12月間): for persons whose `first_payment_date` (an input date variable, default in 2100: not given) is in an earlier
    month, the average, the insured months and the parameters of that month; else `allowance_daily_amount` of `period`."""
    daily = person("allowance_daily_amount", period)
    start = person(first_payment_date, period).astype("datetime64[M]")
    earlier = start < np.datetime64(period.start.date.isoformat()[:7], "M")
    for month in np.unique(start[earlier]):
        at = periods.period(str(month))
        p = parameters(at).health_insurance.cash_benefits.daily_amount
        average = person("average_standard_monthly_remuneration_12_months", at)
        short = person("insured_months_before_allowance", at) < p.averaging_months
        daily = np.where(start == month, np.where(daily > 0, daily_amount_of(average, short, p), 0), daily)
    return daily
