"""Traceability of the Kyokai Kenpo rates (協会けんぽ 都道府県単位保険料率, 介護保険料率).

Every prefectural rate and care rate of FY2024-FY2026 must name the official page of its fiscal year and
say how it was verified (docs/premiums.md, "Verification of Kyokai Kenpo rates"). The figures asserted
below are those stated by the sources, not read from the model.
"""

import datetime
import re

import pytest

from openfisca_japan.enums import Prefecture

YEARS = ("2024-03-01", "2025-03-01", "2026-03-01")


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
            hrefs = [r["href"] for r in meta["reference"]]
            assert any("kyoukaikenpo.or.jp" in h for h in hrefs), (prefecture, date)
            assert re.match(r"official:|[2-9] agreeing transcriptions", meta["verification"]), (prefecture, date)


def test_cells_stated_by_the_official_business_report(kyokai):
    # 全国健康保険協会 令和6年度事業報告書 p.4: FY2025 highest Saga 10.78 % (+0.36 pt), lowest Okinawa
    # 9.44 % (-0.08 pt); largest rise Aomori and Saga +0.36 pt, largest cut Nara -0.20 pt.
    assert _value(kyokai, "saga", "2025-03-01") == pytest.approx(0.1078, abs=1e-9)
    assert _value(kyokai, "okinawa", "2025-03-01") == pytest.approx(0.0944, abs=1e-9)
    assert _value(kyokai, "saga", "2024-03-01") == pytest.approx(0.1078 - 0.0036, abs=1e-9)
    assert _value(kyokai, "okinawa", "2024-03-01") == pytest.approx(0.0944 + 0.0008, abs=1e-9)
    for prefecture, change in (("aomori", 0.0036), ("saga", 0.0036), ("nara", -0.0020)):
        diff = _value(kyokai, prefecture, "2025-03-01") - _value(kyokai, prefecture, "2024-03-01")
        assert diff == pytest.approx(change, abs=1e-9), prefecture
    rates = [_value(kyokai, p, "2025-03-01") for p in kyokai.children]
    assert max(rates) == pytest.approx(0.1078) and min(rates) == pytest.approx(0.0944)


def _changes(kyokai, before, after):
    up = down = same = 0
    for prefecture in kyokai.children:
        diff = round(_value(kyokai, prefecture, after) - _value(kyokai, prefecture, before), 6)
        up, down, same = up + (diff > 0), down + (diff < 0), same + (diff == 0)
    return up, down, same


def test_direction_of_change_as_published(kyokai):
    # FY2025: 28 branches up, 18 down, 1 unchanged (official 令和6年度事業報告書 p.4).
    assert _changes(kyokai, "2024-03-01", "2025-03-01") == (28, 18, 1)
    # FY2026: 40 down, 7 unchanged (Kyodo, 2026-01-29; 健保ニュース 2026年2月中旬号).
    assert _changes(kyokai, "2025-03-01", "2026-03-01") == (0, 40, 7)


def test_care_rate_sources(tax_benefit_system):
    care = tax_benefit_system.parameters.nursing_care_insurance.category_2.kyokai_kenpo_rate
    # 協会けんぽ 令和7年度保険料率 特設ページ: "全国一律の介護保険料率(1.59%)".
    assert care(datetime.date(2025, 3, 1)) == pytest.approx(0.0159, abs=1e-9)
    by_date = {v.instant_str: v for v in care.values_list}
    assert by_date["2025-03-01"].metadata["verification"].startswith("official")
    for date in YEARS:
        assert any("kyoukaikenpo.or.jp" in r["href"] for r in by_date[date].metadata["reference"])
