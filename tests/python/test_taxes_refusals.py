"""Taxes: cases the model refuses instead of computing a wrong amount."""

import pytest
from conftest import with_birth_dates

from openfisca_japan import CountryTaxBenefitSystem, SimulationBuilder

TBS = CountryTaxBenefitSystem()


def _simulation(persons, household):
    return SimulationBuilder().build_from_entities(TBS, {"persons": with_birth_dates(persons), "households": {"h": household}})


def test_exemption_refused_when_it_depends_on_an_unknown_grade():
    # 430,000 yen: exempt in a 1級地 (limit 450,000), not in a 3級地 (380,000); Tsu's grade is not confirmed.
    simulation = _simulation(
        {"p": {"total_income": {"2024": 430000}, "social_insurance_premium_deduction": {"2024": 0}}},
        {"head": ["p"], "municipality": {"2025-01": "tsu"}},
    )
    with pytest.raises(ValueError, match="級地"):
        simulation.calculate("is_resident_tax_exempt_derived", "2024")


def test_exemption_computed_when_every_grade_agrees():
    simulation = _simulation(
        {"p": {"total_income": {"2024": 200000}, "social_insurance_premium_deduction": {"2024": 0}}},
        {"head": ["p"], "municipality": {"2025-01": "tsu"}},
    )
    assert simulation.calculate("is_resident_tax_exempt_derived", "2024").tolist() == [True]


def test_income_tax_2026_refused_for_salaries_up_to_2_2_million():
    simulation = _simulation(
        {"p": {"annual_employment_income": {"2026": 1800000}, "social_insurance_premium_deduction": {"2026": 0}}},
        {"head": ["p"]},
    )
    with pytest.raises(ValueError, match="29条の4"):
        simulation.calculate("income_tax", "2026")


def test_resident_tax_fy2027_refused():
    simulation = _simulation(
        {"p": {"total_income": {"2026": 3000000}, "social_insurance_premium_deduction": {"2026": 0}}},
        {"head": ["p"], "resident_tax_area_grade": {"2026": 1}},
    )
    with pytest.raises(Exception, match="dependant_income_limit"):  # null from 2027-01-01, not covered
        simulation.calculate("resident_tax", "2026")
