"""The 1 August re-indexation of the 自動変更対象額 (雇用保険法 第18条) applied to the parameters.

法18条1項: every 自動変更対象額 (the wage daily amounts bounding the benefit-rate bands of 法16条 and the
wage-daily limits of 法17条4項, see 法18条4項) is changed each 1 August by the same ratio, the rise or fall of
the average wage (平均給与額). 法18条2項: the result is rounded to 10 yen (under 5 yen dropped, 5 yen or more
raised to 10). The ratio itself is not published to the digit, but the four age-band upper limits of the
wage daily amount pin it down: each official pair (old → new) gives new − 5 ≤ old × r < new + 5.

The upper limits are official: the MHLW press releases give the maximum basic allowance of each age band
(令和6年8月1日 newpage_41790: 7,065 / 7,845 / 8,635 / 7,420, 変更前 6,945 / 7,715 / 8,490 / 7,294;
令和7年8月1日 newpage_59748: 7,255 / 8,055 / 8,870 / 7,623), which is 50 % (45 % at 60–64) of the upper limit
truncated to the yen; a limit is a multiple of 10, so each maximum fixes its limit (checked below).

The taper points of 2024-08 (5,200 / 12,790 / 11,490) were not read from the MHLW leaflet of 令和6年8月1日 (not
found). These tests show they are the only multiples of 10 that the 2025-08 leaflet constants (5,340 / 13,140
/ 11,800, MHLW 001520021.pdf) allow under 法18条 with the ratio fixed by the official limits, and that the
2023-08 constants (5,110 / 12,580 / 11,300) are consistent with them.
"""

from fractions import Fraction

import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.law.coverage import NotCoveredError

UPPER_LIMIT_BANDS = ("under_30", "age_30_to_44", "age_45_to_59", "age_60_to_64")
# MHLW press releases: maximum basic allowance daily amount by band (under 30, 30–44, 45–59, 60–64).
OFFICIAL_MAXIMA = {
    # 令和元年8月1日 (cacgr.co.jp; roumu.com 変更前 except 45–59: 8,335, see upper_limit.yaml)
    "2019-08-01": (6815, 7570, 8335, 7150),
    # 令和2年3月1日 correction of the 45–59 limit (manetatsu.com 2020-03; roumu.com 変更前 of 2020-08)
    "2020-03-01": (6815, 7570, 8330, 7150),
    # 令和2年8月1日 (roumu.com; epic-company.net and chosakai.co.jp 変更前)
    "2020-08-01": (6850, 7605, 8370, 7186),
    # 令和3年2月1日 correction of the under-30 limit (sr-kirin.jp)
    "2021-02-01": (6845, 7605, 8370, 7186),
    # 令和3年8月1日 (epic-company.net; chosakai.co.jp; office-ono-sr.com)
    "2021-08-01": (6760, 7510, 8265, 7096),
    # 令和4年8月1日 (luckconsul.info; rodo.co.jp; humanprime.co.jp)
    "2022-08-01": (6835, 7595, 8355, 7177),
    "2023-08-01": (6945, 7715, 8490, 7294),
    "2024-08-01": (7065, 7845, 8635, 7420),
    "2025-08-01": (7255, 8055, 8870, 7623),
    # 令和8年8月1日 (MHLW 001726934.pdf / 001726936.pdf as transcribed, see upper_limit.yaml)
    "2026-08-01": (7450, 8270, 9110, 7830),
}
MAXIMUM_RATES = (Fraction(1, 2), Fraction(1, 2), Fraction(1, 2), Fraction(45, 100))
TAPER_POINTS = ("rate_80_end", "taper_end_under_60", "taper_end_60_to_64")


def wage_daily(tax_benefit_system, date):
    return tax_benefit_system.parameters(date).employment_insurance.benefits.wage_daily_amount


def taper_points(tax_benefit_system, date):
    return tax_benefit_system.parameters(date).employment_insurance.benefits.basic_allowance.taper_points


def upper_limits(tax_benefit_system, date):
    limits = wage_daily(tax_benefit_system, date).upper_limit
    return [int(limits[band]) for band in UPPER_LIMIT_BANDS]


def ratio_interval(old_values, new_values):
    """[low, high) of the ratios r with new − 5 ≤ old × r < new + 5 for every pair (法18条2項 rounding)."""
    low = max(Fraction(new - 5, old) for old, new in zip(old_values, new_values, strict=True))
    high = min(Fraction(new + 5, old) for old, new in zip(old_values, new_values, strict=True))
    return low, high


def possible_results(old, low, high):
    """Multiples of 10 that old × r can round to for some r in [low, high)."""
    return {v for v in range(10, 40000, 10) if Fraction(v - 5, old) < high and Fraction(v + 5, old) > low}


def possible_sources(new, low, high):
    """Multiples of 10 x such that x × r rounds to `new` for some r in [low, high)."""
    return {x for x in range(10, 40000, 10) if Fraction(new - 5, x) < high and Fraction(new + 5, x) > low}


@pytest.mark.parametrize("date", sorted(OFFICIAL_MAXIMA))
def test_upper_limits_are_fixed_by_the_official_maxima(tax_benefit_system, date):
    """Only one multiple of 10 gives each published maximum: e.g. 7,420 / 0.45 ∈ [16,488.9, 16,491.1) → 16,490."""
    for limit, maximum, rate in zip(upper_limits(tax_benefit_system, date), OFFICIAL_MAXIMA[date], MAXIMUM_RATES, strict=True):
        candidates = [v for v in range(10, 40000, 10) if maximum <= v * rate < maximum + 1]
        assert candidates == [limit]


def test_ratio_of_each_re_indexation_matches_the_published_rise(tax_benefit_system):
    """MHLW: average wage +1.7 % (令和5年度 vs 4年度, applied 2024-08) and +2.7 % (令和6年度 vs 5年度, 2025-08).

    The four limits give r ∈ [1.01696, 1.01717) for 2024-08 and r ∈ [1.02699, 1.02709) for 2025-08.
    """
    limits = {date: upper_limits(tax_benefit_system, date) for date in OFFICIAL_MAXIMA}
    low, high = ratio_interval(limits["2023-08-01"], limits["2024-08-01"])
    assert Fraction(1016, 1000) < low < high < Fraction(1018, 1000)
    low, high = ratio_interval(limits["2024-08-01"], limits["2025-08-01"])
    assert Fraction(1026, 1000) < low < high < Fraction(1028, 1000)


def test_ratios_of_the_2021_to_2023_and_2026_re_indexations(tax_benefit_system):
    """MHLW: 令和2年度 −1.22 % (applied 2021-08), 令和3年度 +1.11 % (2022-08); 2026-08 about +2.7 %.

    Limits 2021-02 → 2021-08 give r ∈ [0.98722, 0.98775); 2021-08 → 2022-08 [1.01110, 1.01119);
    2025-08 → 2026-08 [1.02686, 1.02700).
    """
    limits = {date: upper_limits(tax_benefit_system, date) for date in OFFICIAL_MAXIMA}
    low, high = ratio_interval(limits["2021-02-01"], limits["2021-08-01"])
    assert Fraction(9870, 10000) < low < high < Fraction(9880, 10000)
    low, high = ratio_interval(limits["2021-08-01"], limits["2022-08-01"])
    assert Fraction(1011, 1000) < low < high < Fraction(1012, 1000)
    low, high = ratio_interval(limits["2025-08-01"], limits["2026-08-01"])
    assert Fraction(1026, 1000) < low < high < Fraction(1028, 1000)


@pytest.mark.parametrize("name", TAPER_POINTS)
def test_2026_08_taper_points_follow_the_2025_08_ones_under_article_18(tax_benefit_system, name):
    """Forward from the 2025-08 leaflet with r ∈ [1.02686, 1.02700): 5,340 → 5,480; 13,140 → 13,490;
    11,800 → 12,120, the values transcribed from MHLW 001726936.pdf."""
    limits = {date: upper_limits(tax_benefit_system, date) for date in ("2025-08-01", "2026-08-01")}
    low, high = ratio_interval(limits["2025-08-01"], limits["2026-08-01"])
    old = int(taper_points(tax_benefit_system, "2025-08-01")[name])
    new = int(taper_points(tax_benefit_system, "2026-08-01")[name])
    assert possible_results(old, low, high) == {new}


@pytest.mark.parametrize("name", TAPER_POINTS)
def test_2021_and_2022_taper_points_are_the_only_values_allowed_by_article_18(tax_benefit_system, name):
    """Backward from 2023-08 (5,110 / 12,580 / 11,300): 2022-08 must be 5,030 / 12,380 / 11,120 (also
    transcribed: smbiz.asahi.com, jobcatalog), and 2021-08 must be 4,970 / 12,240 / 11,000."""
    limits = {date: upper_limits(tax_benefit_system, date) for date in OFFICIAL_MAXIMA}
    value = {date: int(taper_points(tax_benefit_system, date)[name]) for date in ("2021-08-01", "2022-08-01", "2023-08-01")}
    low, high = ratio_interval(limits["2022-08-01"], limits["2023-08-01"])
    assert possible_sources(value["2023-08-01"], low, high) == {value["2022-08-01"]}
    low, high = ratio_interval(limits["2021-08-01"], limits["2022-08-01"])
    assert possible_sources(value["2022-08-01"], low, high) == {value["2021-08-01"]}


@pytest.mark.parametrize("name", TAPER_POINTS)
def test_2024_08_taper_points_are_the_only_values_allowed_by_article_18(tax_benefit_system, name):
    """Backward from the 2025-08 leaflet: 5,340 / r, 13,140 / r, 11,800 / r with r ∈ [1.02699, 1.02709) leave
    one multiple of 10 each (5,200; 12,790; 11,490). Forward from 2023-08: 5,110 × r → 5,200; 12,580 × r ∈
    [12,793.4, 12,796.1) → 12,790 or 12,800; 11,300 × r → 11,490. Both together: exactly the encoded value."""
    dates = ("2023-08-01", "2024-08-01", "2025-08-01")
    limits = {date: upper_limits(tax_benefit_system, date) for date in dates}
    value = {date: int(taper_points(tax_benefit_system, date)[name]) for date in dates}

    low, high = ratio_interval(limits["2024-08-01"], limits["2025-08-01"])
    backward = possible_sources(value["2025-08-01"], low, high)
    assert backward == {value["2024-08-01"]}

    low, high = ratio_interval(limits["2023-08-01"], limits["2024-08-01"])
    assert value["2024-08-01"] in possible_results(value["2023-08-01"], low, high)


def test_reemployment_daily_caps_follow_from_the_taper_ends(tax_benefit_system):
    """法56条の3: the basic allowance daily amount used is capped at 50 % of the end of the under-60 taper
    (45 % of the 60–64 one). 2024-08: 12,790 × 0.5 = 6,395; 11,490 × 0.45 = 5,170.5 → 5,170. 2025-08: 6,570; 5,310."""
    expected = {"2024-08-01": (6395, 5170), "2025-08-01": (6570, 5310), "2026-08-01": (6745, 5454)}
    for date, (under_60, age_60_to_64) in expected.items():
        points = taper_points(tax_benefit_system, date)
        p = tax_benefit_system.parameters(date).employment_insurance.benefits.reemployment.reemployment_allowance
        assert int(Fraction(str(p.daily_cap_ratio_under_60)) * int(points.taper_end_under_60)) == under_60
        assert int(Fraction(str(p.daily_cap_ratio_60_to_64)) * int(points.taper_end_60_to_64)) == age_60_to_64


AMOUNTS_RE_INDEXED_EACH_1_AUGUST = (
    "benefit_base_daily_amount",
    "absence_compensation_daily",
)


@pytest.mark.parametrize("variable", AMOUNTS_RE_INDEXED_EACH_1_AUGUST)
def test_amounts_from_2026_08_raise_instead_of_reusing_2025_values(tax_benefit_system, variable):
    """The 令和8年8月1日 労災 自動変更対象額 was not found in a stored source: the amounts that depend on it raise
    for 2026-09 (the employment insurance values of 令和8年8月1日 are encoded and tested elsewhere)."""
    month = "2026-09"
    person = {
        "wages_last_6_months": {month: 1800000},
        "wages_6_months_before_leave": {month: 1800000},
        "job_leaving_reason": {month: "voluntary"},
        "insured_months_last_2_years": {month: 24},
        "birth_date": {"ETERNITY": "1965-01-01"},
    }
    sim = SimulationBuilder().build_from_entities(tax_benefit_system, {"persons": {"p": person}})
    with pytest.raises(NotCoveredError):
        sim.calculate(variable, month)


def test_under_30_limit_of_the_2019_03_correction_is_the_only_value_allowed_by_article_18(tax_benefit_system):
    """The 平成31年3月18日 limits of 30–44, 45–59 and 60–64 (read back from the published benefit caps) and their
    2019-08-01 values give r ∈ [1.008777, 1.008994) (MHLW: 平成30年度 +0.89 %); backward from the under-30 limit
    13,630 of 2019-08-01 that leaves 13,510 only, and the floor 2,480 goes to 2,500 as published (2,000 / 0.8)."""
    bands = ("age_30_to_44", "age_45_to_59", "age_60_to_64")
    old = [int(wage_daily(tax_benefit_system, "2019-03-18").upper_limit[band]) for band in bands]
    new = [int(wage_daily(tax_benefit_system, "2019-08-01").upper_limit[band]) for band in bands]
    low, high = ratio_interval(old, new)
    assert Fraction(1008, 1000) < low < high < Fraction(1009, 1000)
    under_30 = {date: int(wage_daily(tax_benefit_system, date).upper_limit.under_30) for date in ("2019-03-18", "2019-08-01")}
    assert possible_sources(under_30["2019-08-01"], low, high) == {under_30["2019-03-18"]}
    floors = [int(wage_daily(tax_benefit_system, date).lower_limit) for date in ("2019-03-18", "2019-08-01")]
    assert possible_results(floors[0], low, high) == {floors[1]}


@pytest.mark.parametrize(("age", "month", "expected"), [(25, "2019-05", 13510), (25, "2019-08", 13630), (35, "2019-05", 15010)])
def test_wage_daily_amount_at_the_cap_in_and_after_the_2019_03_correction(tax_benefit_system, age, month, expected):
    """Wages 3,600,000 ÷ 180 = 20,000, above every cap: the 平成31年3月18日 limits in May 2019, 令和元年 in August."""
    person = {
        "wages_last_6_months": {month: 3600000},
        "age_on_leaving": {month: age},
        "birth_date": {"ETERNITY": "1980-01-15"},
    }
    sim = SimulationBuilder().build_from_entities(tax_benefit_system, {"persons": {"p": person}})
    assert sim.calculate("wage_daily_amount", month)[0] == expected
