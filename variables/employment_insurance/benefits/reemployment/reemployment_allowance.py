"""Re-employment allowance (再就職手当), 雇用保険法 第56条の3第1項第1号ロ."""

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
    unit = "day"


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
    unit = "currency-JPY"

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
