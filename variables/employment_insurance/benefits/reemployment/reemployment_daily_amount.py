"""Basic allowance daily amount used by the employment promotion benefits, capped (再就職手当等の基本手当日額), 雇用保険法 第56条の3."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_56_3"


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
    unit = "currency-JPY"

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
