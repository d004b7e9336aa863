"""Family-care leave benefit (介護休業給付金), 雇用保険法 第61条の4."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.employment_benefits import wage_daily_amount
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_61_4"


class family_care_leave_wage_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wage daily amount at the start of family-care leave (介護休業 休業開始時賃金日額)"
    documentation = (
        "`wages_6_months_before_leave` ÷ 180, truncated, within the lower limit and the 45–59 upper limit of "
        "the wage daily amount (法61条の4第4項)."
    )
    reference = LAW

    def formula(person, period, parameters):
        limits = parameters(period).employment_insurance.benefits.wage_daily_amount
        return wage_daily_amount(person("wages_6_months_before_leave", period), limits, "age_45_to_59")


class family_care_leave_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of family-care leave in the payment unit period (介護休業の支給日数)"
    reference = LAW


class family_care_leave_days_before_period(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of family-care leave already paid for the same family member (同一対象家族について既に支給を受けた日数)"
    reference = LAW


class family_care_leave_spell(Variable):
    value_type = int
    default_value = 1
    entity = Person
    definition_period = MONTH
    label = "Number of this spell of family-care leave for the same family member (同一対象家族の何回目の介護休業か)"
    reference = LAW


class wages_paid_during_family_care_leave(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages paid by the employer for the unit period of family-care leave (介護休業期間中に支払われた賃金)"
    reference = LAW


class family_care_leave_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Family-care leave benefit for the unit period (介護休業給付金)"
    documentation = (
        "Wage daily amount at the start of leave × days × 67 %, truncated, up to 93 days per family member in "
        "up to 3 spells; reduced for wages paid (13 % / 80 %); needs 12 insured months in the 2 years before."
    )
    reference = LAW

    def formula(person, period, parameters):
        benefits = parameters(period).employment_insurance.benefits
        p = benefits.family_care_leave
        days = np.clip(
            p.maximum_days - person("family_care_leave_days_before_period", period), 0,
            person("family_care_leave_days", period),
        )
        daily = person("family_care_leave_wage_daily_amount", period).astype(np.float64)
        benefit = floor_to(daily * days * p.rate)
        wages = person("wages_paid_during_family_care_leave", period)
        cut = floor_to(np.maximum(p.wage_paid_ceiling_ratio * daily * days - wages, 0))
        benefit = where(wages <= p.wage_paid_full_ratio * daily * days, benefit, np.minimum(benefit, cut))
        eligible = (person("insured_months_last_2_years", period) >= benefits.basic_allowance.eligibility.general_months) & (
            person("family_care_leave_spell", period) <= p.maximum_spells
        )
        return where(eligible, benefit, 0)
