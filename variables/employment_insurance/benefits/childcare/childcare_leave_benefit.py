"""Childcare leave benefit (育児休業給付金), 雇用保険法 第61条の7, 附則第12条.

Each benefit is computed for one payment unit period (支給単位期間, normally 30 days) given as the month
computed: the days of leave in that period are inputs. The caps in force on the first day of the month apply."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.employment_benefits import wage_paid_adjustment
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class childcare_leave_benefit_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of childcare leave in the payment unit period (育児休業給付金の支給日数)"
    reference = f"{LAW}#Mp-At_61_7"
    unit = "day"


class childcare_leave_days_before_period(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of childcare leave already paid for this child before the unit period (既に支給を受けた休業日数)"
    documentation = "Counts towards the 180 days at 67 %, including days of postnatal paternity leave."
    reference = f"{LAW}#Mp-At_61_7"
    unit = "day"


class childcare_leave_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Childcare leave benefit for the unit period (育児休業給付金)"
    documentation = (
        "Wage daily amount at the start of leave × days × 67 % for the first 180 days of leave, 50 % after "
        "(truncated to the yen); reduced for wages paid (13 % / 30 % / 80 %); nothing if more than 10 days and "
        "more than 80 hours were worked; needs 12 insured months in the 2 years before the leave."
    )
    reference = [f"{LAW}#Mp-At_61_7", "雇用保険法 附則第12条 (100分の67)"]
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(period).employment_insurance.benefits.childcare.childcare_leave
        general_months = parameters(period).employment_insurance.benefits.basic_allowance.eligibility.general_months
        days = person("childcare_leave_benefit_days", period)
        initial_days = np.clip(p.initial_rate_days - person("childcare_leave_days_before_period", period), 0, days)
        daily = person("leave_start_wage_daily_amount", period).astype(np.float64)
        benefit = floor_to(daily * initial_days * p.initial_rate + daily * (days - initial_days) * p.later_rate)
        full_ratio = where(initial_days > 0, p.wage_paid_full_ratio_initial, p.wage_paid_full_ratio_later)
        wages = person("wages_paid_during_leave", period)
        benefit = wage_paid_adjustment(benefit, daily * days, wages, full_ratio, p.wage_paid_ceiling_ratio)
        worked_too_much = (person("days_worked_during_leave", period) > p.maximum_work_days) & (
            person("hours_worked_during_leave", period) > p.maximum_work_hours
        )
        eligible = person("insured_months_last_2_years", period) >= general_months
        return where(eligible & ~worked_too_much, benefit, 0)
