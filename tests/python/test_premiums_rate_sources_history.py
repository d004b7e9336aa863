"""Traceability of the Kyokai Kenpo rates of FY2019-FY2023 (協会けんぽ 都道府県単位保険料率, 介護保険料率).

Every prefectural rate and care rate from the March premiums of 2019-2023 names an official Kyokai page and says how
it was verified: read on the official page, or stated identically by two independent transcriptions. The figures
asserted below are those announced with each year's rates (highest and lowest branch, number of branches up, down
and unchanged), not read from the model.
"""

import datetime

import pytest

from openfisca_japan.enums import Prefecture

YEARS = ("2019-03-01", "2020-03-01", "2021-03-01", "2022-03-01", "2023-03-01")


@pytest.fixture(scope="module")
def kyokai(tax_benefit_system):
    return tax_benefit_system.parameters.health_insurance.premiums.kyokai_kenpo.rate


def _value(kyokai, prefecture, date):
    return kyokai.children[prefecture](date)


def test_every_cell_has_an_official_page_and_a_verification_note(kyokai):
    assert sorted(kyokai.children) == sorted(p.name for p in Prefecture)
    for prefecture, leaf in kyokai.children.items():
        by_date = {v.instant_str: v for v in leaf.values_list}
        for date in YEARS:
            meta = by_date[date].metadata
            assert any("kyoukaikenpo.or.jp" in r["href"] for r in meta["reference"]), (prefecture, date)
            assert meta["verification"].startswith(("official", "2 agreeing")), (prefecture, date)


@pytest.mark.parametrize(
    ("date", "highest", "lowest"),
    [
        # 協会けんぽ announcements as reported: jitsumu-up.jp 2019-02-15, toyoweb.com (令和2年度), ryouma-consul.com
        # (令和3年度), work-balance.net (令和4年度), sr-kyoto-jyoseikin.com (令和5年度).
        ("2019-03-01", ("saga", 0.1075), ("niigata", 0.0963)),
        ("2020-03-01", ("saga", 0.1073), ("niigata", 0.0958)),
        ("2021-03-01", ("saga", 0.1068), ("niigata", 0.0950)),
        ("2022-03-01", ("saga", 0.1100), ("niigata", 0.0951)),
        ("2023-03-01", ("saga", 0.1051), ("niigata", 0.0933)),
    ],
)
def test_highest_and_lowest_branch_as_announced(kyokai, date, highest, lowest):
    rates = {p: _value(kyokai, p, date) for p in kyokai.children}
    assert max(rates, key=rates.get) == highest[0] and rates[highest[0]] == pytest.approx(highest[1], abs=1e-9)
    assert min(rates, key=rates.get) == lowest[0] and rates[lowest[0]] == pytest.approx(lowest[1], abs=1e-9)


def _changes(kyokai, before, after):
    up = down = same = 0
    for prefecture in kyokai.children:
        diff = round(_value(kyokai, prefecture, after) - _value(kyokai, prefecture, before), 6)
        up, down, same = up + (diff > 0), down + (diff < 0), same + (diff == 0)
    return up, down, same


def test_direction_of_change_as_announced(kyokai):
    # roumu.com 100884 (21 up, 2 unchanged, 24 down), ryouma-consul.com (20 / 26 / 1), takanami-office.com
    # (29 up, 18 down), sr-kyoto-jyoseikin.com (13 up, 33 down, 1 unchanged).
    assert _changes(kyokai, "2019-03-01", "2020-03-01") == (21, 24, 2)
    assert _changes(kyokai, "2020-03-01", "2021-03-01") == (20, 26, 1)
    assert _changes(kyokai, "2021-03-01", "2022-03-01") == (29, 18, 0)
    assert _changes(kyokai, "2022-03-01", "2023-03-01") == (13, 33, 1)


def test_care_rates_fy2019_fy2023(tax_benefit_system):
    care = tax_benefit_system.parameters.nursing_care_insurance.category_2.kyokai_kenpo_rate
    expected = {"2019-03-01": 0.0173, "2020-03-01": 0.0179, "2021-03-01": 0.0180, "2022-03-01": 0.0164, "2023-03-01": 0.0182}
    by_date = {v.instant_str: v for v in care.values_list}
    for date, rate in expected.items():
        assert care(datetime.date.fromisoformat(date)) == pytest.approx(rate, abs=1e-9)
        assert any("kyoukaikenpo.or.jp" in r["href"] for r in by_date[date].metadata["reference"])
        assert by_date[date].metadata["verification"].startswith(("official", "2 agreeing"))
