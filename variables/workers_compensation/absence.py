"""Workers' compensation cash benefits (労災保険): absence compensation and injury-and-disease pension.

Work injuries (業務災害), multiple-job injuries (複数業務要因災害, since 2020-09-01) and commuting injuries
(通勤災害) give the same amounts; only work injuries oblige the employer to pay the 3 waiting days
(労働基準法76条). For a multiple-job holder, the benefit base daily amount is computed on the wages of all
employers added together: give `wages_last_3_months_before_accident` as that total.
"""

import numpy as np
from openfisca_core.model_api import MONTH, YEAR, Enum, Variable, set_input_dispatch_by_period, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import ceil_to, floor_to, round_half_up_yen

LAW = "https://laws.e-gov.go.jp/law/322AC0000000050"
SPECIAL = "https://laws.e-gov.go.jp/law/349M50002000030"


class WorkAccidentType(Enum):
    """Kind of injury or illness covered by workers' compensation (災害の種類)."""

    none = "No injury covered (該当なし)"
    work_injury = "Work injury or illness (業務災害)"
    multiple_job_injury = "Injury or illness caused by the combined load of several jobs (複数業務要因災害)"
    commuting_injury = "Commuting injury (通勤災害)"


class work_accident_type(Variable):
    value_type = Enum
    possible_values = WorkAccidentType
    default_value = WorkAccidentType.none
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Kind of injury or illness for which the person is off work (災害の種類)"
    reference = f"{LAW}#Mp-At_7"


class wages_last_3_months_before_accident(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Wages of the 3 months before the accident, all employers, without bonuses (算定事由発生日以前3か月間の賃金総額)"
    reference = "https://laws.e-gov.go.jp/law/322AC0000000049#Mp-At_12"


class calendar_days_last_3_months_before_accident(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Calendar days of those 3 months (その期間の総日数)"
    reference = "https://laws.e-gov.go.jp/law/322AC0000000049#Mp-At_12"


class average_wage(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Average wage of the Labour Standards Act, to the sen (平均賃金, 銭未満切捨て)"
    reference = "https://laws.e-gov.go.jp/law/322AC0000000049#Mp-At_12"

    def formula(person, period):
        days = person("calendar_days_last_3_months_before_accident", period)
        wages = person("wages_last_3_months_before_accident", period).astype(np.float64)
        return where(days > 0, floor_to(wages / np.maximum(days, 1), 0.01), 0)


class benefit_base_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Benefit base daily amount (給付基礎日額)"
    documentation = (
        "The average wage raised to the yen (法8条の5), and at least the minimum (自動変更対象額) in force in "
        "the month. Give it directly to override. The age-band limits that apply from 1 year 6 months after "
        "treatment began are not encoded (see `months_since_treatment_start`)."
    )
    reference = f"{LAW}#Mp-At_8"

    def formula(person, period, parameters):
        minimum = parameters(period).workers_compensation.benefit_base_daily_amount.minimum
        return np.maximum(ceil_to(person("average_wage", period)), minimum)


class months_since_treatment_start(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Months since treatment of the injury began (療養開始後の月数)"
    reference = f"{LAW}#Mp-At_8_2"


class partial_day_wages(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Wages paid for the part of a day of absence worked (一部休業日の賃金)"
    reference = f"{LAW}#Mp-At_14"


def _daily_base(person, period):
    months = person("months_since_treatment_start", period)
    accident = person("work_accident_type", period)
    if np.any((accident != WorkAccidentType.none) & (months >= 18)):
        raise ValueError(
            "Workers' compensation from 1 year 6 months after treatment began uses age-band limits of the benefit "
            "base daily amount that are not encoded (see docs/employment-insurance.md)."
        )
    base = person("benefit_base_daily_amount", period) - person("partial_day_wages", period)
    return where(accident != WorkAccidentType.none, np.maximum(base, 0), 0)


def _daily_amount(person, period, rate):
    """`rate` × the benefit base daily amount less the wages of a partial day, truncated to the yen."""
    return floor_to(rate * _daily_base(person, period))


def _paid_days(person, period):
    """Days of absence after the 3 waiting days (待期期間), paid from the 4th day (法14条)."""
    return np.maximum(person("work_absence_days", period) - person("work_absence_waiting_days", period), 0)


def _by_grade(grade, node):
    """The value of node.grade_1, grade_2 or grade_3 for the injury-and-disease grade, 0 without a grade."""
    return np.select([grade == 1, grade == 2, grade == 3], [node.grade_1, node.grade_2, node.grade_3], 0)


class absence_compensation_daily(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Absence compensation per day from the 4th day (休業(補償)等給付 日額)"
    documentation = "60 % of the benefit base daily amount (less wages paid for a partial day), truncated to the yen."
    reference = [f"{LAW}#Mp-At_14", f"{LAW}#Mp-At_20_7", f"{LAW}#Mp-At_22_2"]

    def formula(person, period, parameters):
        return _daily_amount(person, period, parameters(period).workers_compensation.absence.compensation_rate)


class absence_special_payment_daily(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Absence special payment per day from the 4th day (休業特別支給金 日額)"
    documentation = "20 % of the benefit base daily amount (less wages paid for a partial day), truncated to the yen."
    reference = f"{SPECIAL} (特別支給金支給規則3条)"

    def formula(person, period, parameters):
        return _daily_amount(person, period, parameters(period).workers_compensation.absence.special_payment_rate)


class work_absence_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days off work in the month because of the injury, including the waiting days (休業日数)"
    reference = f"{LAW}#Mp-At_14"


class work_absence_waiting_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Of those days, days among the first 3 days of absence (待期期間の日数)"
    reference = f"{LAW}#Mp-At_14"


class absence_compensation(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Absence compensation for the month (休業(補償)等給付)"
    reference = f"{LAW}#Mp-At_14"

    def formula(person, period):
        return person("absence_compensation_daily", period) * _paid_days(person, period)


class absence_special_payment(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Absence special payment for the month (休業特別支給金)"
    reference = SPECIAL

    def formula(person, period):
        return person("absence_special_payment_daily", period) * _paid_days(person, period)


class employer_absence_compensation(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Absence compensation paid by the employer for the waiting days of a work injury (労働基準法76条 休業補償)"
    documentation = (
        "60 % of the average wage for each of the first 3 days of absence, for work injuries only (not "
        "commuting or multiple-job injuries); rounded to the yen (half up)."
    )
    reference = "https://laws.e-gov.go.jp/law/322AC0000000049#Mp-At_76"

    def formula(person, period, parameters):
        rate = parameters(period).workers_compensation.absence.employer_compensation_rate
        work = person("work_accident_type", period) == WorkAccidentType.work_injury
        amount = round_half_up_yen(rate * person("average_wage", period) * person("work_absence_waiting_days", period))
        return where(work, amount, 0)


class injury_disease_grade(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Injury-and-disease grade 1–3 decided by the Labour Standards Inspection Office, 0 if none (傷病等級)"
    reference = f"{LAW}#Mp-At_18"


class injury_disease_pension(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Injury-and-disease (compensation) pension, annual amount (傷病(補償)等年金)"
    documentation = (
        "313, 277 or 245 days of the benefit base daily amount (grades 1, 2, 3), truncated to the yen; from 1 "
        "year 6 months after treatment began. The base daily amount is that of the first month of the year; "
        "the age-band limits that apply to pensions are not encoded."
    )
    reference = f"{LAW}#Mp-At_18"

    def formula(person, period, parameters):
        p = parameters(period.first_month).workers_compensation.injury_disease_pension
        days = _by_grade(person("injury_disease_grade", period), p.days)
        base = person("benefit_base_daily_amount", period.first_month)
        ready = person("months_since_treatment_start", period.first_month) >= p.waiting_months
        return where(ready, floor_to(base * days), 0)


class injury_disease_special_lump_sum(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Injury-and-disease special lump sum, paid once with the pension decision (傷病特別支給金)"
    reference = f"{SPECIAL} (5条の2)"

    def formula(person, period, parameters):
        p = parameters(period.first_month).workers_compensation.injury_disease_pension.special_lump_sum
        return _by_grade(person("injury_disease_grade", period), p)
