"""Formula pieces of the employment insurance premium (雇用保険料, 労働保険の保険料の徴収等に関する法律)."""

import numpy as np
from openfisca_core import periods


def fiscal_year_start(period):
    """The April (保険年度の初日) that starts the fiscal year of the month `period`, as a month period."""
    year = period.start.year if period.start.month >= 4 else period.start.year - 1
    return periods.period(f"{year}-04")


def exempt_as_aged_64_on_1_april(person, period, parameters):
    """Premium exemption of insured persons aged 64 or over at the start of the fiscal year (保険年度の初日において
    64歳以上の被保険者の保険料免除, ended 31 March 2020): the age at the start of 1 April is the age attained by the end
    of 31 March (年齢計算ニ関スル法律), i.e. `age` of the March before, e.g. born on or before 1 April 1955 in FY2019."""
    p = parameters(period).employment_insurance.premiums.older_worker_exemption
    march = fiscal_year_start(period).offset(-1)
    return np.logical_and(bool(p.in_force), person("age", march) >= p.age)
