"""Increase for a deferred claim (繰下げ, 国民年金法 第28条) and reduction for an early claim (繰上げ, 附則第9条の2) of the
old-age pensions."""

import numpy as np
from openfisca_core.model_api import ETERNITY, YEAR, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import birth_dates

EARLY_COHORT_SPLIT = np.datetime64("1962-04-01")  # 昭和37年4月2日以後生まれ: 0.4%/month


class old_age_pension_deferral_months(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    label = "Months by which the old-age pension claim is deferred after 65 (繰下げ月数)"
    documentation = "0 to 120 (claim at 75). Deferral can start from 66, i.e. at least 12 months."
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_28"
    unit = "month"


class old_age_pension_early_claim_months(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    label = "Months by which the old-age pension is claimed before 65 (繰上げ月数)"
    documentation = "0 to 60 (claim at 60)."
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141 (国民年金法 附則第9条の2)"
    unit = "month"


class old_age_pension_adjustment_rate(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = (
        "Increase (+) or reduction (−) of the old-age pension for deferral or early claim (繰下げ増額率・繰上げ減額率)"
    )
    documentation = (
        "+0.7 % a month deferred (NPA art. 28), −0.4 % a month claimed early (NPA suppl. art. 9-2; −0.5 % "
        "for persons born on or before 1 April 1962). Raises an error for more than 120 months deferred, "
        "more than 60 months early, or both at once."
    )
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_28", "https://laws.e-gov.go.jp/law/334AC0000000141 (国民年金法 附則第9条の2)", "https://www.city.toyoake.lg.jp/5888.htm"]
    unit = "/1"

    def formula(person, period, parameters):
        calc = parameters(period).national_pension.benefits.old_age_basic.calculation
        deferral = person("old_age_pension_deferral_months", period)
        early = person("old_age_pension_early_claim_months", period)
        if np.any((deferral < 0) | (deferral > calc.deferral.maximum_months)):
            raise ValueError(f"old_age_pension_deferral_months must be 0–{calc.deferral.maximum_months}")
        if np.any((early < 0) | (early > calc.early_claim.maximum_months)):
            raise ValueError(f"old_age_pension_early_claim_months must be 0–{calc.early_claim.maximum_months}")
        if np.any((deferral > 0) & (early > 0)):
            raise ValueError("A pension cannot be both deferred and claimed early")
        born_late = birth_dates(person, period) > EARLY_COHORT_SPLIT
        reduction = where(
            born_late,
            calc.early_claim.monthly_reduction,
            calc.early_claim_born_before_1962_04_02.monthly_reduction,
        )
        return calc.deferral.monthly_increase * deferral - reduction * early
