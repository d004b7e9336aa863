"""Disability dependants' mutual aid (心身障害者扶養共済制度): date arithmetic and the premium of one unit.

A guardian (加入者) holds up to two units (口), each with its own approval date (加入承認日). Dates default to
2999-12-31 ("never").
"""

import numpy as np
from openfisca_core.model_api import date

from openfisca_japan.law.dates import add_days, birth_dates, month_index, ymd

NEVER = date(2999, 12, 31)
#: The input variables of the approval dates of the guardian's units.
UNITS = ("disability_mutual_aid_unit_1_enrolment_date", "disability_mutual_aid_unit_2_enrolment_date")


def age_on(birth_dates, year, month, day):
    """Age attained on a date under the Age Calculation Act (an age is reached the day before the birthday)."""
    b_year, b_month, b_day = ymd(add_days(birth_dates, -1))
    before = (month < b_month) | ((month == b_month) & (day < b_day))
    return year - b_year - before


def completed_years(start, end):
    """Whole years from `start` to `end` (continuous membership)."""
    s_year, s_month, s_day = ymd(start)
    e_year, e_month, e_day = ymd(end)
    return e_year - s_year - ((e_month < s_month) | ((e_month == s_month) & (e_day < s_day)))


def fiscal_year_start(dates):
    """Calendar year in which the fiscal year (April–March) of each date starts."""
    year, month, _ = ymd(dates)
    return np.where(month >= 4, year, year - 1)


def as_date(yyyymmdd):
    """A date given in a parameter as the number YYYYMMDD."""
    text = str(int(yyyymmdd))
    return np.datetime64(f"{text[:4]}-{text[4:6]}-{text[6:]}")


def month_of(period):
    """Month index (months since 1970-01) of the first month of a period."""
    return (period.start.year - 1970) * 12 + period.start.month - 1


def as_days(dates):
    """Dates as numpy days."""
    return np.asarray(dates).astype("datetime64[D]")


def unit_premium(person, period, parameters, enrolment):
    """Monthly premium of one unit for the month (0 when not due), before the city's reduction: the amount of the
    age band of the guardian on 1 April of the fiscal year of approval (2008 or pre-2008 table)."""
    p = parameters(period.start).disability_mutual_aid
    band_age = age_on(birth_dates(person, period), fiscal_year_start(enrolment), 4, 1)
    new_scheme = np.asarray(enrolment).astype("datetime64[D]") >= as_date(p.rules.new_scheme_start)
    amount = np.where(new_scheme, p.premium.since_2008.calc(band_age), p.premium.before_2008.calc(band_age))
    month = month_of(period)
    stops = np.minimum.reduce([
        exemption_month(birth_dates(person, period), enrolment, p.rules),
        month_index(person("disability_mutual_aid_guardian_event_date", period)),
        month_index(person("disability_mutual_aid_dependant_death_date", period)),
        month_index(person("disability_mutual_aid_withdrawal_date", period)),
    ])
    return np.where((month_index(enrolment) <= month) & (month < stops), amount, 0)


def exemption_month(birth, enrolment, rules):
    """First month without premium: the later of enrolment + 20 years and the enrolment anniversary in the fiscal
    year in which the guardian is 65 on 1 April (WAM 掛金の納付期間)."""
    e_year, e_month, _ = ymd(enrolment)
    b_year, b_month, b_day = ymd(add_days(birth, -1))
    year_65 = rules.exemption_age + b_year + ((4 < b_month) | ((b_month == 4) & (1 < b_day)))
    anniversary_year = np.where(e_month >= 4, year_65, year_65 + 1)
    return np.maximum((e_year + rules.exemption_years - 1970) * 12, (anniversary_year - 1970) * 12) + e_month - 1
