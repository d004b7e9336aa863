"""Who is a pension earner (給与所得者等) in the 7/5/2-tenths reduction test at 65 or over: most official pages say
public pension receipts above 1,250,000 yen, two say above 1,100,000 (parameters/national_health_insurance/
low_income_reduction.yaml, wage_earner). A household whose tier differs between the two readings is refused; one
whose tier is the same under both is computed (tests/national_health_insurance/low_income_reduction.yaml)."""

import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.law.coverage import NotCoveredError

FY2025 = "year:2025-04"


def couple(tax_benefit_system, pension_a, pension_b, reading_a=None):
    """Two NHI members born 1955 (69 on 31 December 2024), pensions only, Tokyo's wards, FY2025."""
    person = {"birth_date": {"ETERNITY": "1955-01-01"}, "is_national_health_insurance_member": {FY2025: True}}
    reading = {"nhi_pension_earner_reading": {"ETERNITY": reading_a}} if reading_a else {}
    situation = {"persons": {"a": {**person, **reading, "public_pension_income": {"2024": pension_a}},
                             "b": {**person, "public_pension_income": {"2024": pension_b}}},
                 "households": {"h": {"head": ["b"], "others": ["a"], "municipality": {FY2025: "tokyo_special_wards"}}}}
    return SimulationBuilder().build_from_entities(tax_benefit_system, situation)


def test_tier_depending_on_the_disputed_threshold_is_refused(tax_benefit_system):
    """a: pension 1,200,000 (disputed), counted income 1,200,000 − 1,100,000 − min(100,000, 150,000) = 0;
    b: pension 1,730,000, counted 1,730,000 − 1,100,000 − 150,000 = 480,000; household 480,000, 2 members.
    125万円 reading: 1 earner, 7割 limit 430,000 < 480,000 ≤ 5割 limit 430,000 + 305,000 × 2 → 5 tenths;
    110万円 reading: 2 earners, 7割 limit 430,000 + 100,000 = 530,000 ≥ 480,000 → 7 tenths. Refused."""
    simulation = couple(tax_benefit_system, 1200000, 1730000)
    with pytest.raises(NotCoveredError, match=r"1,100,000 and up to 1,250,000 yen counts as a pension earner.*household h"):
        simulation.calculate("nhi_low_income_reduction_rate", FY2025)


def test_tier_equal_under_both_readings_is_computed(tax_benefit_system):
    """a: pension 1,200,000 (disputed), counted 0; b: pension 2,000,000, counted 2,000,000 − 1,100,000 − 150,000 =
    750,000. 125万円 reading: 1 earner, 5割 limit 430,000 + 610,000 = 1,040,000 ≥ 750,000 > 430,000 → 5 tenths;
    110万円 reading: 2 earners, 7割 limit 530,000 < 750,000 ≤ 5割 limit 1,140,000 → 5 tenths. Same: computed."""
    simulation = couple(tax_benefit_system, 1200000, 2000000)
    assert simulation.calculate("nhi_low_income_reduction_rate", FY2025).tolist() == [0.5]
    assert simulation.calculate("nhi_is_disputed_pension_earner", FY2025).tolist() == [True, False]


@pytest.mark.parametrize(("pension", "disputed"), [(1100000, False), (1100001, True), (1250000, True), (1250001, False)])
def test_the_disputed_band(tax_benefit_system, pension, disputed):
    simulation = couple(tax_benefit_system, pension, 0)
    assert simulation.calculate("nhi_is_disputed_pension_earner", FY2025).tolist() == [disputed, False]


@pytest.mark.parametrize(("reading", "rate"), [("over_1_25_million", 0.5), ("over_1_1_million", 0.7)])
def test_a_given_reading_is_followed(tax_benefit_system, reading, rate):
    """The refused household above, with the municipality's reading given for the disputed person: 125万円 → 1
    earner → 5 tenths; 110万円 → 2 earners, 7割 limit 530,000 ≥ 480,000 → 7 tenths (hand computation above)."""
    simulation = couple(tax_benefit_system, 1200000, 1730000, reading)
    assert simulation.calculate("nhi_low_income_reduction_rate", FY2025).tolist() == [rate]
    assert simulation.calculate("nhi_is_disputed_pension_earner", FY2025).tolist() == [False, False]
