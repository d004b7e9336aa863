"""Birth date and age (生年月日・年齢)."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable, date, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.coverage import refuse_inputs, requested_period
from openfisca_japan.law.dates import add_days, birth_dates, month_index

AGE_CALCULATION_ACT = "年齢計算ニ関スル法律 (https://laws.e-gov.go.jp/law/135AC0000000050)"

# "Not given" (openfisca_japan.law.dates.BIRTH_DATE_NOT_GIVEN): a date no person of the model can have. Almost
# every premium and benefit depends on an age, so a default birth date would silently decide the answer; the
# formulas read it through `birth_dates`, which refuses it, naming the persons.


class birth_date(Variable):
    value_type = date
    default_value = date(1, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Date of birth (生年月日)"
    documentation = "Required wherever an age is used (give `birth_date`, or `age` for each month): no default."
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
        birth = birth_dates(person, period)
        # A person must be born by the end of the period asked for: a birth after it is refused, not an age of
        # -1. Within it (a baby born in December of the fiscal year asked for) the months before the birth
        # have a negative age, which the membership rules read (membership from the day of birth).
        asked = requested_period()
        stop = max(period.stop.date, asked.stop.date) if asked is not None and asked.unit != "eternity" else period.stop.date
        refuse_inputs(birth > np.datetime64(stop), person.ids, f"born after {stop}, the end of the period asked for: not "
                      "born yet", "birth_date", f"a birth date on or before {stop}")
        eve = add_days(birth, -1)
        month = (period.start.year - 1970) * 12 + period.start.month - 1
        return ((month - month_index(eve)) // 12).astype(np.int32)
