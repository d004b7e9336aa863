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
    monthly = floor_to(np.asarray(monthly_base, np.float64) * rate)
    bonus = np.asarray(bonus_base, np.float64)
    if _no_bonus(bonus, rate_pcm):
        return monthly + np.zeros(np.broadcast_shapes(bonus.shape, rate.shape))
    return monthly + floor_to(bonus * rate)


def premium_employee_share(monthly_base, bonus_base, employee_rate_pcm):
    """Insured person's share deducted from the wage and from the bonus, each with the 50-sen rule
    (50 sen or less dropped, more than 50 sen counts as one yen)."""
    rate = np.asarray(employee_rate_pcm, dtype=np.float64) / PCM
    monthly = round_half_down_yen(np.asarray(monthly_base, np.float64) * rate)
    bonus = np.asarray(bonus_base, np.float64)
    if _no_bonus(bonus, employee_rate_pcm):
        return monthly + np.zeros(np.broadcast_shapes(bonus.shape, rate.shape))
    return monthly + round_half_down_yen(bonus * rate)


def _no_bonus(bonus, rate_pcm):
    """A month without any bonus (most months): every bonus base is +0.0 and the rate an integer number of
    1/100,000 not below 0, so that the bonus part would be +0.0 for every person (no NaN, no -0.0), and it is
    added as such without the rounding arithmetic."""
    rate_pcm = np.asarray(rate_pcm)
    return (
        bonus.size > 0
        and rate_pcm.dtype.kind in "iu"
        and not bonus.any()
        and not np.signbit(bonus).any()
        and not (rate_pcm < 0).any()
    )


# --- Exact products of amounts and rates (any decimal precision) ------------------------------------------
#
# A premium is an amount (whole yen) times a rate with up to 5 decimals (a health insurance society may
# publish 10.017 %), sometimes times a share (1/2). In binary floating point such a product can fall a hair
# below or above the exact value, and rounding a rate to a fixed grid first (pcm) changes it: 0.10017 / 2 =
# 0.050085 floored to 0.05008 gave 25,040 instead of 25,042 on 500,000 yen. Here every factor is read as the
# exact decimal it was written as (the shortest repr of its float64, e.g. 0.10017 -> 10017 / 100000), the
# product is computed on integers, and the rounding rule is applied to the exact result.

_MAX_DECIMALS = 15


def _decimal_fraction(values):
    """(integer numerators, denominator 10**k) with values == numerators / denominator exactly as written
    (the shortest decimal of each float64); k is the largest number of decimals among the values."""
    from decimal import Decimal

    array = np.asarray(values, dtype=np.float64)
    if not np.all(np.isfinite(array)):
        raise ValueError("a rate or amount is not a finite number")
    if np.all(array == np.round(array)):
        return array.astype(np.int64) if np.all(np.abs(array) < 2**62) else np.array([int(v) for v in array.ravel()], dtype=object).reshape(array.shape), 1
    uniques, inverse = np.unique(array, return_inverse=True)
    decimals = [Decimal(repr(float(value))) for value in uniques]
    places = max(0, *(-d.as_tuple().exponent for d in decimals))
    if places > _MAX_DECIMALS:
        raise ValueError(f"a rate or amount has more than {_MAX_DECIMALS} decimals")
    scale = 10**places
    numerators = [int(d.scaleb(places)) for d in decimals]
    if max(abs(n) for n in numerators) < 2**62:
        table = np.array(numerators, dtype=np.int64)
    else:
        table = np.array(numerators, dtype=object)
    return table[inverse.reshape(array.shape)], scale


def exact_product(amount, *factors, rounding="floor"):
    """`amount × factor × ...` computed exactly (see above), rounded to the yen: `floor` (切り捨て),
    `half_down` (the 50-sen rule of pay deductions: 50 sen or less dropped, more counts as one yen),
    `half_up` (less than 50 sen dropped, 50 sen or more counts as one yen). Returns float64 whole yen.

    Integer arithmetic in int64 when the product fits, in Python integers otherwise (exact for any size)."""
    numerator, denominator = _decimal_fraction(amount)
    for factor in factors:
        factor_numerator, factor_denominator = _decimal_fraction(factor)
        numerator, denominator = _multiply(numerator, factor_numerator), denominator * factor_denominator
    big = (isinstance(numerator, np.ndarray) and numerator.dtype == object) or 2 * denominator >= 2**62
    if big:
        numerator = np.asarray(numerator, dtype=object)
    elif rounding != "floor" and int(np.max(np.abs(numerator), initial=0)) >= 2**61:
        numerator, big = np.asarray(numerator, dtype=object), True
    # One integer division: floor(N / D); 50 sen or less dropped: floor((2N + D - 1) / 2D); 50 sen or more
    # up: floor((2N + D) / 2D).
    if rounding == "floor":
        result = numerator // denominator
    elif rounding == "half_down":
        result = (2 * numerator + (denominator - 1)) // (2 * denominator)
    elif rounding == "half_up":
        result = (2 * numerator + denominator) // (2 * denominator)
    else:
        raise ValueError(f"unknown rounding {rounding!r}")
    return np.asarray(result, dtype=np.float64) + 0.0


def _multiply(left, right):
    """Exact product of two integer arrays (int64 when it cannot overflow, Python integers otherwise)."""
    left_array, right_array = np.asarray(left), np.asarray(right)
    if left_array.dtype != object and right_array.dtype != object:
        left_max = int(np.abs(left_array).max(initial=0)) if left_array.size > 1 else abs(int(left_array.ravel()[0])) if left_array.size else 0
        right_max = int(np.abs(right_array).max(initial=0)) if right_array.size > 1 else abs(int(right_array.ravel()[0])) if right_array.size else 0
        if left_max * right_max < 2**61:
            return left_array * right_array
    return left_array.astype(object) * right_array.astype(object)


def premium_total_exact(monthly_base, bonus_base, rate):
    """Premium of the month on the standard monthly remuneration and on the standard bonus at `rate` (a
    fraction as published, any precision), each truncated to the yen (exact arithmetic)."""
    return exact_product(monthly_base, rate) + _bonus_product(bonus_base, rate)


def premium_share_exact(monthly_base, bonus_base, rate, share, rounding="half_down"):
    """The insured person's share deducted from the wage and from the bonus: base × rate × share (e.g. 1/2
    of the rate, 0.5), each rounded with the 50-sen rule on the exact product (not on a rounded half-rate)."""
    return exact_product(monthly_base, rate, share, rounding=rounding) + _bonus_product(bonus_base, rate, share, rounding=rounding)


def _bonus_product(bonus_base, *factors, rounding="floor"):
    """`exact_product(bonus_base, *factors)`, called after the same factors were read for the monthly base
    (which refuses a factor that is not finite or has too many decimals): in a month without any bonus
    (most months) the product is 0 for every person, returned without the integer arithmetic."""
    amounts = np.asarray(bonus_base, dtype=np.float64)
    if amounts.size and not amounts.any():  # every amount is exactly 0 (a NaN counts as non-zero)
        return np.zeros(np.broadcast_shapes(amounts.shape, *(np.shape(factor) for factor in factors)))
    return exact_product(bonus_base, *factors, rounding=rounding)
