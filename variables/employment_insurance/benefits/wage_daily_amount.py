"""Wage daily amount (賃金日額), 雇用保険法 第17条: wages of the last 6 insured months ÷ 180, within the lower limit and
the upper limit of the age band on leaving (re-indexed every 1 August, 法18条)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, select, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class wages_last_6_months(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Wages of the last 6 insured months before leaving, without bonuses (離職前6か月の賃金総額)"
    documentation = (
        "Wages paid in the last 6 months counted as insured months, excluding wages paid at intervals of more "
        "than 3 months (bonuses) and one-off payments (法17条1項), in yen."
    )
    reference = f"{LAW}#Mp-At_17"
    unit = "currency-JPY"


class wage_daily_amount_before_limits(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages of the last 6 months ÷ 180, truncated to the yen (賃金日額, 上限・下限適用前)"
    reference = f"{LAW}#Mp-At_17"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        divisor = parameters(period).employment_insurance.benefits.wage_daily_amount.days_divisor
        return floor_to(person("wages_last_6_months", period) / divisor)


AGE_BANDS = ("under_30", "age_30_to_44", "age_45_to_59", "age_60_to_64")


def upper_limit_for_age(limits, age):
    """Upper limit of the wage daily amount by age band (法17条4項2号); 65+ use the under-30 limit. Only the bands
    of the persons computed are read, so a band whose limit is not covered refuses only for the persons in it."""
    band = select([age < 30, age < 45, age < 60, age < 65], [0, 1, 2, 3], default=0)
    upper = np.zeros(len(band))
    for index in np.unique(band):  # at most four bands, not persons
        upper = np.where(band == index, getattr(limits, AGE_BANDS[index]), upper)
    return upper


class wage_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wage daily amount within its limits (賃金日額)"
    documentation = "Wages of the last 6 months ÷ 180, raised to the lower limit and cut to the upper limit of the age band on leaving."
    reference = f"{LAW}#Mp-At_17"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        limits = parameters(period).employment_insurance.benefits.wage_daily_amount
        upper = upper_limit_for_age(limits.upper_limit, person("age_on_leaving", period))
        return np.clip(person("wage_daily_amount_before_limits", period), limits.lower_limit, upper)
