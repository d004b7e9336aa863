"""Employment allowance for days of non-stable work (就業手当), 雇用保険法 第56条の3第1項第1号イ, abolished from 1 April 2025."""

from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_56_3"


class non_stable_work_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days worked in non-stable employment in the month (就業手当の対象となる就業日数)"
    reference = LAW
    unit = "day"


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
    unit = "currency-JPY"

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
