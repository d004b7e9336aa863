"""High-cost medical expense parameters of August 2026 and August 2027 (MHLW 「高額療養費制度の見直しについて
（令和8年8月診療分から）」, content/001726232.pdf; 健康保険法施行令 第42条 as amended by 令和8年政令第240号).

The formulas read these values (see test_high_cost_bills_window_annual.py for the categories of August 2027), but
periods after FY2026 are refused by the model, so these values are checked on the parameter tree itself, against
amounts written out by hand from the official tables (the limit of a category at a cost: base + max(0, cost − threshold) × 1 %)."""

import pytest


def node(tax_benefit_system, instant, *path):
    value = tax_benefit_system.parameters(instant).health_insurance.high_cost_medical_expense
    for name in path:
        value = value[name]
    return value


def limit(schedule, key, cost):
    return schedule.base[key] + max(0, cost - schedule.cost_threshold[key]) * schedule.rate_over_threshold[key]


@pytest.mark.parametrize(
    ("key", "cost", "expected"),
    [
        ("a1", 2_000_000, 350_600),  # 342,000 + (2,000,000 − 1,140,000) × 1 % = 342,000 + 8,600
        ("a2", 2_000_000, 312_900),  # 303,000 + (2,000,000 − 1,010,000) × 1 % = 303,000 + 9,900
        ("a3", 1_000_000, 271_290),  # 270,300 + (1,000,000 − 901,000) × 1 % = 270,300 + 990
        ("b1", 1_000_000, 212_420),  # 209,400 + (1,000,000 − 698,000) × 1 % = 209,400 + 3,020
        ("b2", 1_000_000, 197_920),  # 194,400 + (1,000,000 − 648,000) × 1 % = 194,400 + 3,520
        ("b3", 1_000_000, 183_130),  # 179,100 + (1,000,000 − 597,000) × 1 % = 179,100 + 4,030
        ("c1", 1_000_000, 116_720),  # 110,400 + (1,000,000 − 368,000) × 1 % = 110,400 + 6,320 (diamond.jp example)
        ("c2", 1_000_000, 104_830),  # 98,100 + (1,000,000 − 327,000) × 1 % = 98,100 + 6,730
        ("c3", 1_000_000, 92_940),  # 85,800 + (1,000,000 − 286,000) × 1 % = 85,800 + 7,140
        ("d1", 1_000_000, 69_600),  # flat
        ("d2", 1_000_000, 65_400),  # flat
        ("d3", 1_000_000, 61_500),  # flat
        ("e", 1_000_000, 36_900),  # 住民税非課税, flat, unchanged
    ],
)
def test_september_2027_limits_under_70(tax_benefit_system, key, cost, expected):
    assert limit(node(tax_benefit_system, "2027-09-01", "under_70"), key, cost) == expected


def test_september_2027_many_times_and_annual_caps_under_70(tax_benefit_system):
    under_70 = node(tax_benefit_system, "2027-09-01", "under_70")
    multiple = {"a1": 140_100, "a2": 140_100, "a3": 140_100, "b1": 93_000, "b2": 93_000, "b3": 93_000,
                "c1": 44_400, "c2": 44_400, "c3": 44_400, "d1": 44_400, "d2": 44_400, "d3": 34_500, "e": 24_600}
    annual = {"a1": 1_680_000, "a2": 1_680_000, "a3": 1_680_000, "b1": 1_110_000, "b2": 1_110_000,
              "b3": 1_110_000, "c1": 530_000, "c2": 530_000, "c3": 530_000, "d1": 530_000, "d2": 530_000,
              "d3": 410_000, "e": 290_000}
    assert {key: under_70.multiple[key] for key in multiple} == multiple
    assert {key: under_70.annual_cap[key] for key in annual} == annual
    bounds = node(tax_benefit_system, "2027-09-01", "income_categories", "smr_subdivided")
    assert [bounds[key] for key in ("a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3", "d1", "d2")] == [
        1_270_000, 1_030_000, 830_000, 710_000, 620_000, 530_000, 440_000, 360_000, 280_000, 200_000, 160_000]


def test_september_2027_old_categories_and_70_plus_are_uncovered(tax_benefit_system):
    under_70 = node(tax_benefit_system, "2027-09-01", "under_70")
    assert not {"a", "b", "c", "d"} & set(under_70.base._children)
    assert "general" not in node(tax_benefit_system, "2027-09-01", "age_70_plus", "base")._children


def test_september_2026_annual_caps(tax_benefit_system):
    # MHLW 001726232.pdf, 令和8年8月〜令和9年7月: 年間上限 (August–July).
    under_70 = node(tax_benefit_system, "2026-09-01", "under_70")
    assert {key: under_70.annual_cap[key] for key in "abcde"} == {
        "a": 1_680_000, "b": 1_110_000, "c": 530_000, "d": 530_000, "e": 290_000}
    assert under_70.annual_cap_reduced.d == 410_000
    assert node(tax_benefit_system, "2026-09-01", "income_categories", "smr_reduced_annual_cap") == 150_000
    elderly = node(tax_benefit_system, "2026-09-01", "age_70_plus")
    assert {key: elderly.annual_cap[key] for key in elderly.annual_cap._children} == {
        "active_iii": 1_680_000, "active_ii": 1_110_000, "active_i": 530_000, "general": 530_000,
        "low_income_ii": 290_000, "low_income_i": 180_000}
    assert elderly.annual_cap_reduced.general == 410_000
    # 外来特例: 一般 22,000 (年 216,000), 低所得Ⅱ 11,000 (年 96,000), 低所得Ⅰ 8,000 (annual cap not covered).
    assert {key: elderly.outpatient[key] for key in elderly.outpatient._children} == {
        "general": 22_000, "low_income_ii": 11_000, "low_income_i": 8_000}
    assert dict(elderly.outpatient_annual_cap_by_category._children) == {"general": 216_000, "low_income_ii": 96_000}


@pytest.mark.parametrize(
    ("key", "cost", "expected"),
    [
        ("active_iii", 1_000_000, 271_290),  # 270,300 + (1,000,000 − 901,000) × 1 %
        ("active_ii", 1_000_000, 183_130),  # 179,100 + (1,000,000 − 597,000) × 1 %
        ("active_i", 1_000_000, 92_940),  # 85,800 + (1,000,000 − 286,000) × 1 %
        ("general", 1_000_000, 61_500),
        ("low_income_ii", 1_000_000, 25_700),
        ("low_income_i", 1_000_000, 15_700),
    ],
)
def test_september_2026_limits_70_plus(tax_benefit_system, key, cost, expected):
    assert limit(node(tax_benefit_system, "2026-09-01", "age_70_plus"), key, cost) == expected


def test_september_2026_many_times_70_plus(tax_benefit_system):
    multiple = node(tax_benefit_system, "2026-09-01", "age_70_plus", "multiple")
    # 低所得Ⅱ gets a reduced 4th-time amount (24,600 < 25,700); 低所得Ⅰ has none (equal to its limit).
    assert {key: multiple[key] for key in multiple._children} == {
        "active_iii": 140_100, "active_ii": 93_000, "active_i": 44_400, "general": 44_400,
        "low_income_ii": 24_600, "low_income_i": 15_700}
