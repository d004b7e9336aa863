"""Old-age employees' pension, earnings-related part (老齢厚生年金 報酬比例部分)."""

import numpy as np
from openfisca_core.model_api import ETERNITY, YEAR, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.pension_amounts import adjusted_for_claim_age
from openfisca_japan.law.rounding import round_half_up_yen


class average_standard_monthly_remuneration_before_2003_04(Variable):
    value_type = float
    entity = Person
    definition_period = ETERNITY
    label = "Average standard monthly remuneration of months before April 2003, revalued (平均標準報酬月額, 再評価後)"
    documentation = (
        "The average of the standard monthly remunerations (bonuses excluded) of insured months before "
        "April 2003, each multiplied by its revaluation rate (再評価率) of the benefit year: an input."
    )
    reference = "https://www.nenkin.go.jp/service/jukyu/roureinenkin/jukyu-yoken/20140421-05.html"
    unit = "currency-JPY"


class average_standard_remuneration_since_2003_04(Variable):
    value_type = float
    entity = Person
    definition_period = ETERNITY
    label = "Average standard remuneration of months from April 2003, revalued (平均標準報酬額, 再評価後)"
    documentation = (
        "(Standard monthly remunerations + standard bonuses) of insured months from April 2003, each "
        "revalued (再評価率), divided by those months: an input."
    )
    reference = "https://www.nenkin.go.jp/service/jukyu/roureinenkin/jukyu-yoken/20140421-05.html"
    unit = "currency-JPY"


class old_age_employees_pension(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Old-age employees' pension, earnings-related part, annual amount (老齢厚生年金 報酬比例部分)"
    documentation = (
        "Average standard monthly remuneration (before April 2003) × 7.125/1000 × months + average standard "
        "remuneration (from April 2003) × 5.481/1000 × months, rounded to the yen, then adjusted for "
        "deferral or early claim like the basic pension. Multipliers of persons born on or after 2 April "
        "1946; 0 without the qualifying period or without insured months. Not included: the prior-level "
        "guarantee (従前額保障), transitional addition (経過的加算), spouse/child supplements (加給年金), "
        "suspension while working (在職老齢年金)."
    )
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_43"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(period).employees_pension.benefits.old_age.earnings_related
        months_before = person("contribution_months_employees_pension_before_2003_04", period)
        months_since = person("contribution_months_employees_pension_since_2003_04", period)
        average_before = person("average_standard_monthly_remuneration_before_2003_04", period).astype(np.float64)
        average_since = person("average_standard_remuneration_since_2003_04", period).astype(np.float64)
        base = round_half_up_yen(
            average_before * p.multiplier_before_2003_04 * months_before
            + average_since * p.multiplier_since_2003_04 * months_since
        )
        amount = adjusted_for_claim_age(person, period, base)
        has_months = (months_before + months_since) > 0
        return where(person("old_age_pension_qualified", period) * has_months, amount, 0)
