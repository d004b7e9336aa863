"""Calendar parts of date arrays, by integer arithmetic on the day numbers, remembered per array.

numpy's `astype("datetime64[M]")` / `astype("datetime64[Y]")` cost about 25 ms per million dates each, and
monthly formulas (age, coverage) decompose the same birth dates for every month of a year (15 months for
the NHI and dependant rules). These helpers give the same values (proleptic Gregorian calendar, as numpy)
several times faster, and remember their result for the array object they were given: the stored array of
an ETERNITY input such as `birth_date` is the same object every month, so it is decomposed once per
simulation. The remembered results are read-only and forgotten when the input array is freed.
"""

import weakref

import numpy as np


def _memoised(function):
    memo = {}

    def wrapper(dates, *args):
        if not isinstance(dates, np.ndarray):
            return function(dates, *args)
        key = (id(dates), *args)
        hit = memo.get(key)
        if hit is not None and hit[0]() is dates:
            return hit[1]
        result = function(dates, *args)
        for array in result if isinstance(result, tuple) else (result,):
            array.flags.writeable = False
        memo[key] = (weakref.ref(dates, lambda _, key=key: memo.pop(key, None)), result)
        return result

    wrapper.__doc__ = function.__doc__
    wrapper.__name__ = function.__name__
    return wrapper


_DAYS = np.dtype("datetime64[D]")


def as_days(dates):
    """`dates` as datetime64[D]: the array itself when it is one already. (numpy 2 gives a new view for
    `np.asarray(dates, dtype="datetime64[D]")` even then, and a new object each call would defeat the
    memoised helpers below, keyed by the array object.)"""
    if isinstance(dates, np.ndarray) and dates.dtype == _DAYS:
        return dates
    return np.asarray(dates, dtype=_DAYS)


def _march_based(dates):
    """(year, month counted from March = 0, day 1–31) as int32 arrays, in years that start on 1 March
    (so that the leap day ends the year): H. Hinnant's `civil_from_days` algorithm."""
    days = np.asarray(dates, dtype="datetime64[D]").view(np.int64)
    shifted = (days + 719468).astype(np.int32)  # days since 0000-03-01
    era = shifted // 146097  # 400-year cycles
    day_of_era = shifted - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * month + 2) // 5 + 1
    return year_of_era + era * 400, month, day


@_memoised
def ymd(dates):
    """Year, month (1–12) and day of the month of each date, as int64 arrays."""
    year, march_month, day = _march_based(dates)
    january_or_february = march_month >= 10
    month = np.where(january_or_february, march_month - 9, march_month + 3)
    return (year + january_or_february).astype(np.int64), month.astype(np.int64), day.astype(np.int64)


@_memoised
def month_index(dates):
    """Months since January 1970 of each date (as `dates.astype("datetime64[M]").astype(int)`), int64."""
    year, march_month, _ = _march_based(dates)
    return (year * 12 + march_month + (2 - 1970 * 12)).astype(np.int64)


@_memoised
def add_days(dates, days):
    """Each date shifted by `days` days (e.g. -1: the eve of a birthday, on which an age is attained)."""
    return np.asarray(dates, dtype="datetime64[D]") + np.timedelta64(days, "D")


# "Not given": the default of `birth_date`, a date no person of the model can have. Almost every premium and
# benefit depends on an age (care from 40 to 64, the pension age limit of 70, late-stage care at 75, copays by
# age), so a default birth date would silently decide the answer: formulas read the birth date through
# `birth_dates`, which refuses it, naming the persons.
BIRTH_DATE_NOT_GIVEN = np.datetime64("0001-01-01", "D")


def birth_dates(person, period, concerned=True):
    """The persons' birth dates (datetime64[D]); a clear error naming those `concerned` (all by default) whose
    birth date is not given."""
    from openfisca_japan.law.coverage import refuse_inputs

    birth = as_days(person("birth_date", period))  # the stored array itself: ymd() remembers per array
    refuse_inputs((birth == BIRTH_DATE_NOT_GIVEN) & concerned, person.ids, "birth_date not given (an age is needed)", "birth_date",
                  "a date of birth (YYYY-MM-DD), or `age` for each month", entity="person")
    return birth


def age_attained_on(birth, day):
    """Age attained by the end of `day` under the Age Calculation Act (年齢計算ニ関スル法律, 民法 第143条): an age is
    attained at the end of the day before the birthday (of 28 February for a birth on 29 February in a common year),
    so it is the ordinary age on the next day."""
    next_year, next_month, next_day = ymd(np.asarray(day, dtype="datetime64[D]") + np.timedelta64(1, "D"))
    birth_year, birth_month, birth_day = ymd(np.asarray(birth, dtype="datetime64[D]"))
    before_birthday = next_month * 100 + next_day < birth_month * 100 + birth_day
    return (next_year - birth_year - before_birthday).astype(np.int32)
