"""Formula pieces shared by the old-age pensions (老齢基礎年金, 老齢厚生年金)."""

import numpy as np

from openfisca_japan.law.rounding import round_half_up_yen


def adjusted_for_claim_age(person, period, base):
    """`base` increased for a deferred claim (繰下げ) or reduced for an early claim (繰上げ) by
    `old_age_pension_adjustment_rate` (rounded to 4 decimals); the increase or reduction itself is rounded
    half up to the yen, the same way for both signs (NPA art. 28 and suppl. art. 9-2 for the basic pension)."""
    rate = np.round(person("old_age_pension_adjustment_rate", period).astype(np.float64), 4)
    return base + np.sign(rate) * round_half_up_yen(base * np.abs(rate))
