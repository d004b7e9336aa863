"""Older-worker continued-employment basic benefit (高年齢雇用継続基本給付金), 雇用保険法 第61条, 施行規則 第101条の4."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable, date, where

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import birth_dates
from openfisca_japan.law.employment_benefits import minimum_basic_allowance_daily
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_61"


# 令和2年法律第14号 附則: the 10 % schedule applies to persons reaching 60 (or meeting the 5-year
# condition) on or after this date; the parameters of each schedule can be changed by a reform.
SCHEDULE_CHANGE = np.datetime64("2025-04-01")


class older_worker_qualifying_date(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Day the person reached 60, or met the 5-year condition if later (60歳到達日等)"
    documentation = (
        "Defaults to the day before the 60th birthday (age attained under the Age Calculation Act). Give it when "
        "the 5 insured years were completed after 60."
    )
    reference = LAW

    def formula(person, period):
        birth = birth_dates(person, period)
        birth_month = birth.astype("datetime64[M]")
        sixtieth_birthday = (birth_month + np.timedelta64(720, "M")).astype("datetime64[D]") + (birth - birth_month.astype("datetime64[D]"))
        return sixtieth_birthday - np.timedelta64(1, "D")


class older_worker_employment_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Older-worker continued-employment basic benefit for the month (高年齢雇用継続基本給付金)"
    documentation = (
        "Paid from the month of reaching 60 to the month of reaching 65, with 5 insured years, when the wage of "
        "the month W is under 75 % of the wage at 60 M. W ≤ r0·M: max rate × W; otherwise the straight line "
        "max × r0 × (0.75·M − W) / (0.75 − r0) (= −183/280·W + 137.25/280·M for 15 % / 61 %). Max 15 % / r0 61 % "
        "if 60 was reached before 2025-04-01, 10 % / 64 % after. Cut so that W + benefit ≤ the payment limit; "
        "not paid if W reaches the limit or the benefit is at most the minimum (基本手当日額の最低額)."
    )
    reference = [LAW, "https://laws.e-gov.go.jp/law/350M50002000003 (施行規則101条の4)"]
    unit = "currency-JPY"

    def formula(person, period, parameters):
        benefits = parameters(period).employment_insurance.benefits
        p = benefits.older_worker
        age, age_before = person("age", period), person("age", period.offset(-1, MONTH))
        in_age = (age >= p.eligibility.minimum_age) & (
            (age < p.eligibility.maximum_age) | ((age == p.eligibility.maximum_age) & (age_before < age))
        )
        eligible = in_age & (person("employment_insurance_insured_years", period) >= p.eligibility.insured_years)
        new = person("older_worker_qualifying_date", period).astype("datetime64[D]") >= SCHEDULE_CHANGE
        s_old, s_new = p.schedule.reached_60_before_2025_04, p.schedule.reached_60_from_2025_04
        max_rate = where(new, s_new.max_rate, s_old.max_rate)
        r0 = where(new, s_new.full_rate_ratio, s_old.full_rate_ratio)
        w = person("monthly_wage", period).astype(np.float64)
        m, ceiling = person("wage_monthly_at_60", period), p.eligibility.wage_ratio
        amount = floor_to(where(w <= r0 * m, max_rate * w, max_rate * r0 * (ceiling * m - w) / (ceiling - r0)))
        amount = np.minimum(amount, p.payment_limit - w)
        minimum = minimum_basic_allowance_daily(benefits)
        paid = eligible & (w < ceiling * m) & (w < p.payment_limit) & (amount > minimum)
        return where(paid, amount, 0)
