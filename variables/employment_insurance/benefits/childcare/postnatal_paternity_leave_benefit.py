"""Postnatal paternity leave benefit (出生時育児休業給付金), 雇用保険法 第61条の8.

Each benefit is computed for one payment unit period (支給単位期間, normally 30 days) given as the month
computed: the days of leave in that period are inputs. The caps in force on the first day of the month apply."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.employment_benefits import wage_paid_adjustment
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class postnatal_paternity_leave_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of postnatal paternity leave taken within 8 weeks of the birth (出生時育児休業の日数)"
    reference = f"{LAW}#Mp-At_61_8"
    unit = "day"


class postnatal_paternity_leave_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Postnatal paternity leave benefit (出生時育児休業給付金)"
    documentation = (
        "Wage daily amount at the start of leave × days (up to 28) × 67 %, truncated; reduced for wages paid "
        "for the leave (13 % / 80 %); needs 12 insured months in the 2 years before the leave."
    )
    reference = f"{LAW}#Mp-At_61_8"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        childcare = parameters(period).employment_insurance.benefits.childcare
        p, leave = childcare.postnatal_paternity_leave, childcare.childcare_leave
        general_months = parameters(period).employment_insurance.benefits.basic_allowance.eligibility.general_months
        days = np.minimum(person("postnatal_paternity_leave_days", period), p.maximum_days)
        daily = person("leave_start_wage_daily_amount", period).astype(np.float64)
        benefit = floor_to(daily * days * p.rate)
        benefit = wage_paid_adjustment(
            benefit, daily * days, person("wages_paid_during_leave", period),
            leave.wage_paid_full_ratio_initial, leave.wage_paid_ceiling_ratio,
        )
        return where(person("insured_months_last_2_years", period) >= general_months, benefit, 0)
