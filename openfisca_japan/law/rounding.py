"""Official rounding rules, vectorised.

All helpers compute in float64 and first remove binary noise (a product such as 58,000 × 0.0991 must be
5,747.8, not 5,747.799999), so that a rule applied at exactly half a yen behaves as the law says.
"""

import numpy as np

_NOISE_DECIMALS = 6


def _clean(amount):
    return np.round(np.asarray(amount, dtype=np.float64), _NOISE_DECIMALS)


def round_half_down_yen(amount):
    """50-sen rule of the pay slip (被保険者負担分の端数処理): 50 sen or less is dropped, over 50 sen
    counts as one yen (Act on Currency Units 通貨の単位及び貨幣の発行等に関する法律 art. 3, applied to the
    employee share when it is deducted from wages)."""
    return np.ceil(_clean(amount) - 0.5) + 0.0  # + 0.0 turns -0.0 into 0.0


def round_half_up_yen(amount):
    """Less than 50 sen dropped, 50 sen or more counts as one yen (通貨の単位及び貨幣の発行等に関する法律 第3条)."""
    return np.floor(_clean(amount) + 0.5)


def floor_to(amount, unit=1):
    """Truncate to a multiple of `unit` yen (切り捨て), e.g. unit=1000 for the standard bonus."""
    return np.floor(_clean(amount) / unit) * unit


def ceil_to(amount, unit=1):
    """Raise to a multiple of `unit` yen (切り上げ)."""
    return np.ceil(_clean(amount) / unit) * unit


def round_half_up_to(amount, unit=1):
    """Round half up to a multiple of `unit` yen (四捨五入), e.g. unit=10 for daily allowances."""
    return np.floor(_clean(amount) / unit + 0.5) * unit


# Premium rates are handled as integers per 100,000 (pcm: 9.85 % = 9,850 pcm, 5.5/1000 = 550 pcm), so
# that openfisca's float32 storage never alters a published rate: every published rate of employee
# insurance has at most 5 decimals as a fraction.
PCM = 100_000


def to_pcm(rate):
    """A rate as a fraction (0.0985) to an integer number of 1/100,000 (9,850)."""
    return np.round(np.asarray(rate, dtype=np.float64) * PCM).astype(np.int64)


def premium_total(monthly_base, bonus_base, rate_pcm):
    """Premium of the month on the standard monthly remuneration and on the standard bonus, each
    truncated to the yen (the insurer bills the establishment with fractions of a yen dropped)."""
    rate = np.asarray(rate_pcm, dtype=np.float64) / PCM
    return floor_to(np.asarray(monthly_base, np.float64) * rate) + floor_to(np.asarray(bonus_base, np.float64) * rate)


def premium_employee_share(monthly_base, bonus_base, employee_rate_pcm):
    """Insured person's share deducted from the wage and from the bonus, each with the 50-sen rule
    (50 sen or less dropped, more than 50 sen counts as one yen)."""
    rate = np.asarray(employee_rate_pcm, dtype=np.float64) / PCM
    return round_half_down_yen(np.asarray(monthly_base, np.float64) * rate) + round_half_down_yen(
        np.asarray(bonus_base, np.float64) * rate
    )
