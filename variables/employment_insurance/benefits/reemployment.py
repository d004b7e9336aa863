"""Employment promotion benefits (就職促進給付): re-employment allowance and employment allowance, 雇用保険法 第56条の3."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_56_3"


class basic_allowance_remaining_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Days of basic allowance remaining on the day before re-employment (支給残日数)"
    reference = LAW


class non_stable_work_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days worked in non-stable employment in the month (就業手当の対象となる就業日数)"
    reference = LAW


class reemployment_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Basic allowance daily amount used for the employment promotion benefits, capped (再就職手当の基本手当日額 上限適用後)"
    documentation = (
        "The basic allowance daily amount, capped at 50 % of the end of the under-60 taper of 法16条1項 as "
        "re-indexed under 法18条, or 45 % of the end of the 60–64 taper (法16条2項), truncated to the yen "
        "(法56条の3): 6,395 / 5,170 from 2024-08, 6,570 / 5,310 from 2025-08 (derived, see the doc page)."
    )
    reference = LAW

    def formula(person, period, parameters):
        benefits = parameters(period).employment_insurance.benefits
        p, points = benefits.reemployment.reemployment_allowance, benefits.basic_allowance.taper_points
        age = person("age_on_leaving", period)
        cap = where(
            (age >= 60) & (age < 65),
            floor_to(p.daily_cap_ratio_60_to_64 * points.taper_end_60_to_64),
            floor_to(p.daily_cap_ratio_under_60 * points.taper_end_under_60),
        )
        return np.minimum(person("basic_allowance_daily", period), cap)


class reemployment_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Re-employment allowance, lump sum for the month of stable re-employment (再就職手当)"
    documentation = (
        "Capped daily amount × remaining days × 70 % if 2/3 or more of the prescribed days remain, 60 % if "
        "1/3 or more remain, truncated to the yen. The other conditions (stable job expected over a year, not the "
        "former employer, through Hello Work during the first month of a restriction…) are assumed met."
    )
    reference = LAW

    def formula(person, period, parameters):
        p = parameters(period).employment_insurance.benefits.reemployment.reemployment_allowance
        remaining = person("basic_allowance_remaining_days", period)
        prescribed = person("basic_allowance_prescribed_days", period)
        rate = where(
            remaining >= prescribed * p.high_remaining_share - 1e-9,
            p.rate_two_thirds,
            where(remaining >= prescribed * p.low_remaining_share - 1e-9, p.rate_one_third, 0),
        )
        rate = where(prescribed > 0, rate, 0)
        return floor_to(person("reemployment_daily_amount", period) * remaining * rate)


class employment_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Employment allowance for days of non-stable work (就業手当), abolished from 2025-04-01"
    documentation = (
        "30 % of the capped daily amount (truncated to the yen) per day of non-stable work, when 1/3 or more and "
        "45 days or more of the prescribed days remain. 0 for periods from 2025-04-01 (令和6年法律第26号)."
    )
    reference = LAW

    def formula(person, period, parameters):
        p = parameters(period).employment_insurance.benefits.reemployment
        remaining = person("basic_allowance_remaining_days", period)
        prescribed = person("basic_allowance_prescribed_days", period)
        qualifies = (
            (prescribed > 0)
            & (remaining >= prescribed * p.reemployment_allowance.low_remaining_share - 1e-9)
            & (remaining >= p.employment_allowance_minimum_remaining_days)
        )
        daily = floor_to(person("reemployment_daily_amount", period) * p.employment_allowance)
        return where(qualifies, daily * person("non_stable_work_days", period), 0)
