"""Pieces shared by the cash benefits of employee health insurance (健康保険の現金給付, 健康保険法 第99条〜第102条, 第113条, 第114条)."""

import numpy as np

from openfisca_japan.enums import HealthInsuranceScheme

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
