"""Formula pieces shared by workers' compensation (労災保険): the premium rate of a kind of business
(労働保険徴収法 第12条第2項, 施行規則 別表第1) and the daily amounts of the absence benefits (労災保険法 第14条,
特別支給金支給規則 第3条)."""

import numpy as np

from openfisca_japan.enums import WorkAccidentType, WorkersCompensationIndustry
from openfisca_japan.law.rounding import floor_to


def industry_rate(industry, period, parameters):
    """Workers' compensation rate (労災保険率) of each kind of business at the start of the fiscal year `period`;
    refuses an employer whose kind of business is not given."""
    if np.any(industry == WorkersCompensationIndustry.unspecified):
        raise ValueError(
            "workers_compensation_industry is not given (or its kind of business is not covered): "
            "see docs/employment-insurance.md for the covered kinds."
        )
    return parameters(period.start).workers_compensation.premium_rates[industry]


def _absence_daily_base(person, period):
    """Benefit base daily amount less the wages paid for a partial day of absence (法14条第1項ただし書), for a
    person off work for a covered injury; refuses the months from 1 year 6 months after treatment began."""
    months = person("months_since_treatment_start", period)
    accident = person("work_accident_type", period)
    if np.any((accident != WorkAccidentType.none) & (months >= 18)):
        raise ValueError(
            "Workers' compensation from 1 year 6 months after treatment began uses age-band limits of the benefit "
            "base daily amount that are not encoded (see docs/employment-insurance.md)."
        )
    base = person("benefit_base_daily_amount", period) - person("partial_day_wages", period)
    return np.where(accident != WorkAccidentType.none, np.maximum(base, 0), 0)


def absence_daily_amount(person, period, rate):
    """`rate` × the benefit base daily amount less the wages of a partial day, truncated to the yen."""
    return floor_to(rate * _absence_daily_base(person, period))


def absence_paid_days(person, period):
    """Days of absence after the 3 waiting days (待期期間), paid from the 4th day (法14条)."""
    return np.maximum(person("work_absence_days", period) - person("work_absence_waiting_days", period), 0)
