"""Post-birth leave support benefit (出生後休業支援給付金), 雇用保険法 第61条の10, from 1 April 2025.

Each benefit is computed for one payment unit period (支給単位期間, normally 30 days) given as the month
computed: the days of leave in that period are inputs. The caps in force on the first day of the month apply."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class post_birth_qualifying_leave_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of childcare or postnatal paternity leave in the post-birth target period (対象期間内の育児休業日数)"
    documentation = "Target period: birth (or due date if earlier) to 8 weeks after; 16 weeks for a mother who took maternity leave."
    reference = f"{LAW}#Mp-At_61_10"
    unit = "day"


class spouse_leave_condition_met(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The spouse took 14 days of childcare leave within 8 weeks of the birth, or an exception applies (配偶者の育児休業要件)"
    documentation = "Exceptions: no spouse, spouse not an employee (homemaker, self-employed), spouse on maternity leave, etc."
    reference = f"{LAW}#Mp-At_61_10"


class post_birth_leave_support_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Post-birth leave support benefit, from 2025-04-01 (出生後休業支援給付金)"
    documentation = (
        "Wage daily amount at the start of leave × days of leave in the target period (up to 28) × 13 %, "
        "truncated, when the person took 14 days or more and the spouse condition is met. The benefit exists from\n"
        "2025-04-01 (令和6年法律第47号): 0 before."
    )
    reference = f"{LAW}#Mp-At_61_10"
    unit = "currency-JPY"

    def formula_2025_04(person, period, parameters):
        p = parameters(period).employment_insurance.benefits.childcare.post_birth_leave_support
        general_months = parameters(period).employment_insurance.benefits.basic_allowance.eligibility.general_months
        days = person("post_birth_qualifying_leave_days", period)
        benefit = floor_to(person("leave_start_wage_daily_amount", period) * np.minimum(days, p.maximum_days) * p.rate)
        eligible = (
            (days >= p.minimum_days)
            & person("spouse_leave_condition_met", period)
            & (person("insured_months_last_2_years", period) >= general_months)
        )
        return where(eligible, benefit, 0)
