"""Birth date and age (生年月日・年齢)."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable, date, set_input_dispatch_by_period

from openfisca_japan.entities import Person


class birth_date(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Date of birth (生年月日)"
    reference = "https://laws.e-gov.go.jp/law/135AC0000000050"


class age(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Age attained by the last day of the month (年齢, 年齢計算ニ関スル法律)"
    documentation = (
        "Under the Age Calculation Act (年齢計算ニ関スル法律) and Civil Code art. 143, an age is attained "
        "at the end of the day before the birthday. This variable is the age attained by the last day of "
        "the month: a person born on 1 April 1985 is 40 in March 2025. Social insurance rules that start "
        "'from the month in which one reaches N' (nursing-care category 2 at 40, its end at 65, the "
        "pension age limit at 70) therefore read `age >= N` for the month. Give `age` directly, or "
        "`birth_date` and let it be computed."
    )
    reference = "https://laws.e-gov.go.jp/law/135AC0000000050"

    def formula(person, period):
        birth = person("birth_date", period).astype("datetime64[D]")
        birth_year = birth.astype("datetime64[Y]").astype(int) + 1970
        birth_month = birth.astype("datetime64[M]").astype(int) % 12 + 1
        birth_day = (birth - birth.astype("datetime64[M]")).astype(int) + 1
        # Attained by the last day of month M  <=>  completed years on the first day of month M+1.
        next_month = period.start.offset(1, MONTH)
        not_yet = (next_month.month < birth_month) | ((next_month.month == birth_month) & (birth_day > 1))
        return (next_month.year - birth_year - not_yet).astype(np.int32)
