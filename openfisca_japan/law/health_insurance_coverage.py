"""Pieces shared by the coverage rules of health insurance (加入する医療保険): who can join NHI and late-stage elderly care,
and the 75th birthday on the 1st of a month."""

import numpy as np
from openfisca_core.model_api import MONTH

from openfisca_japan.enums import ResidenceStatus
from openfisca_japan.law.dates import birth_dates, ymd

# Statuses that cannot join NHI or late-stage elderly care, nor be a dependant even with an address
# (国民健康保険法施行規則 第1条; 高齢者医療確保法施行規則 第9条; 健康保険法施行規則 第37条の3).
NOT_RESIDENT_STATUSES = (
    ResidenceStatus.short_term_stay,
    ResidenceStatus.diplomat,
    ResidenceStatus.designated_activities_medical,
    ResidenceStatus.designated_activities_long_stay_tourism,
    ResidenceStatus.not_resident,
)


def check_age(age):
    """Refuse impossible ages instead of computing a scheme for them. A negative computed age is a month
    before the birth (annual rules look at every month of the year of a baby born in it): not an error."""
    if np.any(age > 150):
        raise ValueError(f"age must be between 0 and 150; got {age[age > 150][:5].tolist()}")


def born_on_next_first(person, period, limit, age):
    """Whether the person's `limit`-th birthday (75th) is the 1st of the month after `period`: `age` (attained the day
    before the birthday) is then already `limit` in `period`, although the birthday itself is in the next month.
    Only a person whose `age` is `limit` in `period` needs a birth date for it (an `age` given alone is enough for
    the others)."""
    at_limit = age == limit
    if not at_limit.any():
        return at_limit
    birth_year, birth_month, birth_day = ymd(birth_dates(person, period, concerned=at_limit))
    next_month = period.start.offset(1, MONTH)
    return (birth_year + int(limit) == next_month.year) * (birth_month == next_month.month) * (birth_day == 1)
