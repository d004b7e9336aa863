"""Birth date and age (生年月日・年齢)."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable, date, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import add_days, month_index

AGE_CALCULATION_ACT = "年齢計算ニ関スル法律 (https://laws.e-gov.go.jp/law/135AC0000000050)"


class birth_date(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Date of birth (生年月日)"
    reference = AGE_CALCULATION_ACT


class age(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "year"
    label = "Age attained by the last day of the month (年齢, 年齢計算ニ関スル法律)"
    documentation = (
        "Under the Age Calculation Act (年齢計算ニ関スル法律) and Civil Code art. 143, an age is attained "
        "at the end of the day before the birthday. This variable is the age attained by the last day of "
        "the month: a person born on 1 April 1985 is 40 in March 2025. Social insurance rules that start "
        "'from the month in which one reaches N' (nursing-care category 2 at 40, its end at 65, the "
        "pension age limit at 70) therefore read `age >= N` for the month. Give `age` directly, or "
        "`birth_date` and let it be computed."
    )
    reference = AGE_CALCULATION_ACT

    def formula(person, period):
        # An age is attained on the eve of the birthday: the age attained by the last day of month M is the
        # number of whole years from the month of that eve to month M (integer month numbers: the same
        # birth dates are read for every month of a year, a datetime conversion each time would be slow).
        eve = add_days(person("birth_date", period), -1)
        month = (period.start.year - 1970) * 12 + period.start.month - 1
        return ((month - month_index(eve)) // 12).astype(np.int32)
