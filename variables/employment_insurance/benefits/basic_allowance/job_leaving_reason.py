"""The leaving that opens a claim: its reason (離職理由) and the age on the day of leaving (基準日の年齢), 雇用保険法 第17条・第23条."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Enum, Variable, date, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import JobLeavingReason
from openfisca_japan.law.coverage import refuse_inputs
from openfisca_japan.law.dates import BIRTH_DATE_NOT_GIVEN, age_attained_on, as_days

LEAVING_DATE_NOT_GIVEN = np.datetime64("1970-01-01", "D")
# Ages at which the rules on the day of leaving change: the wage daily limits (雇用保険法 第17条第4項: 30, 45, 60, 65), the
# prescribed days (第22条第2項, 第23条: 30, 35, 45, 60, 65), the 60–64 benefit rate (施行規則 第28条の3) and the older
# jobseeker at 65 (第37条の2). A birthday within the month that reaches another age changes no answer.
AGES_THAT_CHANGE_THE_RULES = (30, 35, 45, 60, 65)

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class job_leaving_reason(Variable):
    value_type = Enum
    possible_values = JobLeavingReason
    default_value = JobLeavingReason.not_left
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Reason for leaving the last job (離職理由)"
    reference = f"{LAW}#Mp-At_23"


class job_leaving_date(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Day of leaving the job that opens the claim (離職の日, 基準日)"
    documentation = (
        "The last day of employment. Sets `age_on_leaving` from `birth_date` (the age on that day decides the limits, "
        "the prescribed days and the 65 boundary). The default (1970-01-01) means not given."
    )
    reference = f"{LAW}#Mp-At_17"


class age_on_leaving(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Age on the day of leaving (離職の日における年齢, 基準日)"
    documentation = (
        "The age attained by the end of `job_leaving_date` (年齢計算ニ関スル法律) when it is given; otherwise `age` of the "
        "month computed, taken as the month of leaving: a person who reaches 30, 35, 45, 60 or 65 on a day after the 1st "
        "of that month (so that the rules depend on the day of leaving) is refused. When computing a later month, give "
        "`job_leaving_date` or this variable."
    )
    reference = f"{LAW}#Mp-At_17"
    unit = "year"

    def formula(person, period):
        month_age = person("age", period)
        leaving = as_days(person("job_leaving_date", period))
        given = leaving != LEAVING_DATE_NOT_GIVEN
        birth = as_days(person("birth_date", period))
        known = birth != BIRTH_DATE_NOT_GIVEN
        first_day = np.datetime64(str(period.start), "D")
        age_on_first_day = age_attained_on(birth, np.full(birth.shape, first_day))
        left = person("job_leaving_reason", period) != JobLeavingReason.not_left
        refuse_inputs(
            left * ~given * known * (age_on_first_day != month_age) * np.isin(month_age, AGES_THAT_CHANGE_THE_RULES),
            person.ids, f"age_on_leaving: the person reaches 30, 35, 45, 60 or 65 within {period} after its 1st and the day "
            "of leaving is not given: the age on that day, which changes the rules, is unknown", "job_leaving_date",
            "the day of leaving (or age_on_leaving)", entity="person",
        )
        if not given.any():
            return month_age
        refuse_inputs(given * ~known, person.ids, "job_leaving_date needs birth_date", "birth_date", "a date of birth")
        return np.where(given, age_attained_on(birth, leaving), month_age)
