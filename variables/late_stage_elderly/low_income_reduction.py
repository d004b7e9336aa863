"""Low-income reduction of the late-stage per-capita amounts (均等割額の7割・5割・2割軽減).

The test is the one of National Health Insurance (openfisca_japan/law/low_income_reduction.py), counting the
late-stage insured persons of the household and its head; the rates are the late-stage ones (FY2026: the
7-tenths rate of the basic part is not confirmed) and, from FY2026, those of the child-support part.
"""

import numpy as np
from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household
from openfisca_japan.law.late_stage_elderly import reduction_rate_of_tier
from openfisca_japan.law.low_income_reduction import reduction_tier
from openfisca_japan.law.municipalities import optional

REFERENCE = "高齢者の医療の確保に関する法律施行令 第18条第1項第1号 (https://laws.e-gov.go.jp/law/419CO0000000318)"


class late_stage_elderly_low_income_reduction_tier(Variable):
    value_type = int
    entity = Household
    definition_period = YEAR
    unit = "count"
    label = "Low-income reduction tier of the late-stage per-capita amounts: 7, 5, 2 (tenths) or 0 (均等割額の軽減区分)"
    documentation = "From the income of the insured persons of the household and of the head (軽減判定所得). The value counts tenths."
    reference = REFERENCE

    def formula(household, period, parameters):
        p = parameters(period.start).late_stage_elderly.low_income_reduction
        person = household.members
        insured = person("late_stage_elderly_months", period) > 0
        counted = insured | person.has_role(Household.HEAD)
        thresholds = (p, "per_insured_five_tenths", "per_insured_two_tenths")
        return reduction_tier(household, period, counted, insured, thresholds, "Late-stage elderly low-income reduction thresholds")


class late_stage_elderly_low_income_reduction_rate(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    unit = "/1"
    label = "Low-income reduction of the late-stage basic per-capita amount (後期高齢者医療 均等割額の軽減割合)"
    documentation = (
        "0.7, 0.5, 0.2 or 0 of the per-capita amount of the basic part (基礎賦課額). FY2026: the 7-tenths rate (7.2 "
        "tenths in one transcription) is not confirmed, so the households of that tier get a clear error."
    )
    reference = REFERENCE

    def formula(household, period, parameters):
        return reduction_rate_of_tier(household("late_stage_elderly_low_income_reduction_tier", period),
                                      parameters(period.start).late_stage_elderly.low_income_reduction.rates.basic,
                                      "Late-stage elderly reduction rates (basic)")


class late_stage_elderly_child_support_reduction_rate(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    unit = "/1"
    label = "Low-income reduction of the late-stage child-support per-capita amount (子ども・子育て支援金分 均等割額の軽減割合)"
    documentation = "0.7, 0.5, 0.2 or 0, from FY2026; 0 before (no child-support part)."
    reference = "高齢者の医療の確保に関する法律施行令 第18条 (令和8年度から) (https://laws.e-gov.go.jp/law/419CO0000000318)"

    def formula(household, period, parameters):
        rates = parameters(period.start).late_stage_elderly.low_income_reduction.rates.child_support
        if optional(rates, "seven_tenths") is None:
            return np.zeros(household.count)
        return reduction_rate_of_tier(household("late_stage_elderly_low_income_reduction_tier", period), rates,
                                      "Late-stage elderly reduction rates (child_support)")
