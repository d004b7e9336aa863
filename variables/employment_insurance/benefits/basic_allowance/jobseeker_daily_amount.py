"""Daily amount of the basic allowance by the benefit-rate formula (基本手当日額の算定), 雇用保険法 第16条, 施行規則 第28条の3.

All variables are MONTH. A claim is described by inputs given for the month computed: the daily amounts
use the limits and taper points in force on the first day of that month (they change every 1 August and
apply to days from then on, including to people already drawing benefit)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, select, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class jobseeker_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Daily amount by the benefit-rate formula, before eligibility (基本手当日額の算定額)"
    documentation = (
        "y = 0.8w below the 80 % band end a; y = 0.8w − 0.3·((w − a)/(b − a))·w up to b (under 60, 65+); "
        "ages 60–64: the lower of 0.8w − 0.35·((w − a)/(b60 − a))·w and 0.05w + 0.4·b60 up to b60; then "
        "0.5w (0.45w at 60–64). w is the wage daily amount within its limits; truncated to the yen."
    )
    reference = [f"{LAW}#Mp-At_16", "https://laws.e-gov.go.jp/law/350M50002000003 (施行規則28条の3)"]
    unit = "currency-JPY"

    def formula(person, period, parameters):
        benefits = parameters(period).employment_insurance.benefits.basic_allowance
        rates, points = benefits.benefit_rates, benefits.taper_points
        w = person("wage_daily_amount", period).astype(np.float64)
        age = person("age_on_leaving", period)
        is_60_to_64 = (age >= 60) & (age < 65)
        taper_end = where(is_60_to_64, points.taper_end_60_to_64, points.taper_end_under_60)
        low_rate = where(is_60_to_64, rates.minimum_60_to_64, rates.minimum_under_60)
        a, high = points.rate_80_end, rates.maximum
        tapered = high * w - (high - low_rate) * (w - a) / (taper_end - a) * w
        second_cap = rates.taper_cap_wage_ratio_60_to_64 * w + rates.taper_cap_ratio_60_to_64 * points.taper_end_60_to_64
        tapered = where(is_60_to_64, np.minimum(tapered, second_cap), tapered)
        amount = select([w < a, w <= taper_end], [high * w, tapered], default=low_rate * w)
        return floor_to(amount)
