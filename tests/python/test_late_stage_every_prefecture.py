"""The issue's "Done when" for the late-stage elderly premium: a 76-year-old with a 2,000,000 yen pension, in every
prefecture, FY2025 and FY2026. The covered unions are checked to the yen in
tests/late_stage_elderly/premium/every_prefecture_2m_pension.yaml; here, every prefecture is either there or gets a
clear error naming what is not covered (never a premium truncated to the yen by default)."""

import re
from pathlib import Path

import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.enums import Prefecture
from openfisca_japan.law.coverage import NotCoveredError

YAML = Path(__file__).resolve().parents[1] / "late_stage_elderly" / "premium" / "every_prefecture_2m_pension.yaml"
COVERED = {(m.group(1), m.group(2)) for m in re.finditer(r"^- name: (\w+) (FY202[56]),", YAML.read_text(encoding="utf-8"), re.M)}
#: Not covered, and why (docs/municipal.md): the union's truncation unit was not found.
NOT_COVERED = {
    "ishikawa": "rounding_unit",
    "fukui": "rounding_unit", "mie": "rounding_unit", "shiga": "rounding_unit",
    "osaka": "rounding_unit", "tottori": "rounding_unit",
    "shimane": "rounding_unit", "hiroshima": "rounding_unit", "yamaguchi": "rounding_unit", "saga": "rounding_unit",
    "nagasaki": "rounding_unit", "miyazaki": "rounding_unit", "kagoshima": "rounding_unit",
    "okinawa": "rounding_unit",
}
CASES = [(p.name, fy) for p in Prefecture for fy in ("FY2025", "FY2026")]


def test_every_prefecture_is_covered_or_refused():
    for prefecture, fy in CASES:
        assert ((prefecture, fy) in COVERED) != (prefecture in NOT_COVERED), (prefecture, fy)


@pytest.mark.parametrize(("prefecture", "fy"), [case for case in CASES if case[0] in NOT_COVERED])
def test_uncovered_union_raises_a_clear_error(tax_benefit_system, prefecture, fy):
    period, born, year = ("year:2025-04", "1949-01-15", "2024") if fy == "FY2025" else ("year:2026-04", "1950-01-15", "2025")
    situation = {"persons": {"p": {"birth_date": {"ETERNITY": born}, "public_pension_income": {year: 2000000}}},
                 "households": {"h": {"head": ["p"], "prefecture": {period: prefecture}}}}
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    with pytest.raises(NotCoveredError, match=rf"late_stage_elderly.unions.<{prefecture}>.({NOT_COVERED[prefecture]})"):
        simulation.calculate("late_stage_elderly_premium", period)



def _tokyo_fy2026(tax_benefit_system, pension):
    situation = {"persons": {"p": {"birth_date": {"ETERNITY": "1944-02-02"}, "public_pension_income": {"2025": pension}}},
                 "households": {"h": {"head": ["p"], "prefecture": {"year:2026-04": "tokyo"}}}}
    return SimulationBuilder().build_from_entities(tax_benefit_system, situation)


def test_fy2026_seven_tenths_tier_is_refused(tax_benefit_system):
    """Pension 1,500,000 (base 0, 7-tenths tier): the FY2026 7-tenths rate of the basic part rests on one transcription."""
    with pytest.raises(NotCoveredError, match=r"7-tenths reduction \(rates.seven_tenths\)"):
        _tokyo_fy2026(tax_benefit_system, 1500000).calculate("late_stage_elderly_premium", "year:2026-04")


@pytest.mark.parametrize("pension", [1680001, 1730000])
def test_fy2026_tokyo_own_reduction_range_is_refused(tax_benefit_system, pension):
    """Bases 150,001 and 200,000 (5-tenths tier): Tokyo's own income-part reduction of 令和8・9年度 is not confirmed."""
    with pytest.raises(NotCoveredError, match=r"<tokyo>.own_income_reduction.first_limit"):
        _tokyo_fy2026(tax_benefit_system, pension).calculate("late_stage_elderly_premium", "year:2026-04")


def test_fy2026_tokyo_above_the_range_is_computed(tax_benefit_system):
    """Pension 1,730,001: income 630,001, base 200,001, test 480,001 ≤ 740,000 → 5 tenths; not affected by the own
    reduction in any source. Basic 53,300 × 0.5 = 26,650 + 200,001 × 9.88% = 19,760 → 46,410 → 46,400; child 1,300 × 0.5
    = 650 + 200,001 × 0.26% = 520 → 1,170 → 1,100; 47,500."""
    assert _tokyo_fy2026(tax_benefit_system, 1730001).calculate("late_stage_elderly_premium", "year:2026-04")[0] == 47500
