"""Pensions (engineer D): errors on unsupported input, uncovered periods, parameter consistency and
vectorisation of the lump-sum withdrawal payment."""

import numpy as np
import pytest
from openfisca_core.errors import ParameterNotFoundError

from openfisca_japan import SimulationBuilder
from openfisca_japan.law.coverage import NotCoveredError

COUNTRIES = [
    "none", "germany", "united_kingdom", "korea", "united_states", "belgium", "france", "canada", "australia",
    "netherlands", "czech_republic", "spain", "ireland", "brazil", "switzerland", "hungary", "india",
    "luxembourg", "philippines", "slovakia", "china", "finland", "sweden", "italy", "austria",
]  # fmt: skip


def simulate(tax_benefit_system, persons, **groups):
    return SimulationBuilder().build_from_entities(tax_benefit_system, {"persons": persons, **groups})


def test_fy2027_premium_not_published(tax_benefit_system):
    """FY2027 (18,290 yen) was only derived from prepayment figures, not found published: left uncovered."""
    sim = simulate(
        tax_benefit_system,
        {"a": {"age": {"2027-04": 30}, "employment_status": {"2027-04": "self_employed"}}},
    )
    # The reliability layer refuses periods after FY2026 before the parameter look-up does.
    with pytest.raises((ParameterNotFoundError, NotCoveredError)):
        sim.calculate("national_pension_premium", "2027-04")


def _exemption_applicant(tax_benefit_system, month, income):
    year = str(int(month[:4]) - (1 if int(month[5:]) >= 7 else 2))
    return simulate(
        tax_benefit_system,
        {
            "a": {
                "age": {month: 30},
                "employment_status": {month: "self_employed"},
                "is_employees_pension_insured": {month: False},
                "national_pension_exemption_requested": {month: True},
                "pension_exemption_income": {year: income},
            }
        },
    )


def test_exemption_thresholds_before_july_2021(tax_benefit_system):
    """June 2021 belongs to the exemption year July 2020 - June 2021 (2019 income): full exemption up to
    (0 + 1) x 350,000 + 220,000 = 570,000 (日本年金機構 before July 2021; moneliy.jp, nenkin.ninpou.jp), not 670,000."""
    def exemption(month, income):
        sim = _exemption_applicant(tax_benefit_system, month, income)
        return sim.calculate("national_pension_exemption", month).decode_to_str()[0]

    assert exemption("2021-06", 570000) == "full"
    assert exemption("2021-06", 600000) == "three_quarter"  # 600,000 - 0 deductions <= 780,000
    assert exemption("2021-08", 600000) == "full"  # from July 2021: 670,000


def test_student_deferment_before_april_2019_not_covered(tax_benefit_system):
    """The exemption bases start in April 2019 (the model's history): a student's application for March 2019 is
    refused; from April 2019 the base 1,180,000 applies (tests/national_pension/exemption/national_pension_exemption.yaml)."""
    student = simulate(
        tax_benefit_system,
        {
            "s": {
                "age": {"2019-03": 20},
                "employment_status": {"2019-03": "unemployed"},
                "is_employees_pension_insured": {"2019-03": False},
                "is_student": {"2019-03": True},
                "student_deferment_requested": {"2019-03": True},
            }
        },
    )
    with pytest.raises(NotCoveredError):
        student.calculate("national_pension_exemption", "2019-03")


@pytest.mark.parametrize(
    ("deferral", "early"),
    [(121, 0), (0, 61), (12, 12)],
)
def test_invalid_claim_age_raises(tax_benefit_system, deferral, early):
    sim = simulate(
        tax_benefit_system,
        {
            "a": {
                "birth_date": {"ETERNITY": "1960-01-01"},
                "contribution_months_paid": {"ETERNITY": 480},
                "old_age_pension_deferral_months": {"ETERNITY": deferral},
                "old_age_pension_early_claim_months": {"ETERNITY": early},
            }
        },
    )
    with pytest.raises(ValueError):
        sim.calculate("old_age_basic_pension", "year:2025-04")


def test_more_than_480_months_raises(tax_benefit_system):
    sim = simulate(
        tax_benefit_system,
        {"a": {"contribution_months_paid": {"ETERNITY": 470}, "contribution_months_full_exempt": {"ETERNITY": 20}}},
    )
    with pytest.raises(ValueError):
        sim.calculate("old_age_basic_pension", "year:2025-04")


def test_invalid_disability_grade_raises(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"a": {"disability_pension_grade": {"year:2025-04": 3}}})
    with pytest.raises(ValueError):
        sim.calculate("disability_basic_pension", "year:2025-04")


def test_lump_sum_before_fy2019_raises_rather_than_guessing(tax_benefit_system):
    sim = simulate(
        tax_benefit_system,
        {
            "a": {
                "residence_status": {"2019": "mid_long_term_resident"},
                "contribution_months_category_1_paid": {"ETERNITY": 24},
                "national_pension_last_paid_month": {"ETERNITY": "2019-01-01"},
                "left_japan_date": {"ETERNITY": "2019-02-01"},
            }
        },
    )
    with pytest.raises(NotCoveredError):
        sim.calculate("lump_sum_withdrawal_national_pension", "2019")


@pytest.mark.parametrize("node", ["in_force", "totalisation", "covers_health_insurance"])
def test_agreement_parameters_have_every_country(tax_benefit_system, node):
    parameters = tax_benefit_system.parameters("2026-01-01").social_security_agreements
    values = getattr(parameters, node)
    for country in COUNTRIES:
        assert values[country] in (True, False)
    assert sum(bool(parameters.in_force[c]) for c in COUNTRIES) == 24


def test_disability_grade_1_is_125_percent_of_full_amount(tax_benefit_system):
    """NPA art. 33: grade 1 = 1.25 × grade 2 (published: 1,020,000 / 1,039,625 / 1,059,125)."""
    for year, expected in [(2024, 1020000), (2025, 1039625), (2026, 1059125)]:
        full = tax_benefit_system.parameters(f"{year}-04-01").national_pension.benefits.old_age_basic.full_amount
        assert full.born_after_1956_04_01 * 1.25 == expected


def test_lump_sum_vectorised_over_many_persons(tax_benefit_system):
    """Many persons, several fiscal years of last payment: one parameter look-up per distinct month."""
    count = 3000
    rng = np.random.default_rng(0)
    months = rng.integers(0, 61, count)
    fiscal_years = rng.integers(2021, 2027, count)
    persons = {
        f"p{i}": {
            "residence_status": {"2027": "mid_long_term_resident"},
            "contribution_months_category_1_paid": {"ETERNITY": int(months[i])},
            "national_pension_last_paid_month": {"ETERNITY": f"{fiscal_years[i]}-06-01"},
            "left_japan_date": {"ETERNITY": "2027-01-10"},
        }
        for i in range(count)
    }
    sim = simulate(tax_benefit_system, persons)
    result = sim.calculate("lump_sum_withdrawal_national_pension", "2027")
    premiums = {2021: 16610, 2022: 16590, 2023: 16520, 2024: 16980, 2025: 17510, 2026: 17920}
    bands = np.where(months >= 6, np.minimum(months // 6 * 6, 60), 0)
    expected = np.array([premiums[y] for y in fiscal_years]) * bands / 2
    np.testing.assert_array_equal(result, expected)
