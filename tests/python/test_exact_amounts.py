"""Exact yen: float64 storage, whole-yen snapping of formula results, exact products of amounts and rates."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openfisca_japan import SimulationBuilder
from openfisca_japan.edge.populations import remove_float_noise
from openfisca_japan.law.rounding import exact_product, premium_share_exact, premium_total_exact

FAST = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


def exact(amount, factors, rounding):
    """The rule applied to the rational product (the reference)."""
    value = Fraction(repr(float(amount)))
    for factor in factors:
        value *= Fraction(repr(float(factor)))
    floor = value.numerator // value.denominator
    remainder = value - floor
    if rounding == "floor":
        return floor
    if rounding == "half_down":
        return floor + (remainder > Fraction(1, 2))
    return floor + (remainder >= Fraction(1, 2))


rates = st.integers(0, 10**7).map(lambda n: n / 10**7) | st.sampled_from([0.0985, 0.10017, 0.183, 0.0055, 0.5, 0.050085, 0.1234567891])
amounts = st.integers(0, 10**10) | st.sampled_from([10**10, 16_777_217, 17_477_727, 9_999_999_999])


@FAST
@given(amount=amounts, rate=rates, share=st.sampled_from([1.0, 0.5, 0.25]), rounding=st.sampled_from(["floor", "half_down", "half_up"]))
def test_exact_product_is_the_rational_product_rounded(amount, rate, share, rounding):
    got = exact_product(np.array([float(amount)]), rate, share, rounding=rounding)[0]
    assert got == exact(amount, (rate, share), rounding)


@FAST
@given(amount=amounts, rate=rates)
def test_exact_product_is_non_decreasing_in_the_amount(amount, rate):
    values = exact_product(np.array([float(amount), float(amount + 1)]), rate, 0.5, rounding="half_down")
    assert values[0] <= values[1]


def test_fifty_sen_rule_on_the_exact_half_of_a_five_decimal_rate():
    """Rate 0.10017 (a society), standard monthly remuneration 500,000 (wage 511,455, May 2026): premium
    500,000 × 0.10017 = 50,085; the insured person's half 25,042.5 → 50 sen or less dropped: 25,042;
    the employer pays the rest, 25,043 (the pcm helpers floored the half-rate to 0.05008: 25,040)."""
    assert premium_total_exact(np.array([500_000.0]), np.array([0.0]), 0.10017)[0] == 50_085
    assert premium_share_exact(np.array([500_000.0]), np.array([0.0]), 0.10017, 0.5)[0] == 25_042


def test_products_beyond_int64_use_python_integers():
    """10^10 × 0.123456789012 × 0.5 = 617,283,945.06 (the integer product exceeds 2^63)."""
    assert exact_product(np.array([1e10]), 0.123456789012, 0.5, rounding="half_down")[0] == 617_283_945


def test_exact_product_refuses_non_finite_factors():
    with pytest.raises(ValueError):
        exact_product(np.array([1.0]), float("nan"))


def test_float_noise_is_removed_and_nothing_else():
    values = np.array([1_048_800.0000000002, 742_799.9999999998, 0.3, 4_216_657.199999999, 1e10 + 0.5, 2.5])
    assert remove_float_noise(values).tolist() == [1_048_800.0, 742_800.0, 0.3, 4_216_657.2, 1e10 + 0.5, 2.5]
    rates = np.array([0.1234567891234, 0.30000000000000004, 0.0])
    assert remove_float_noise(rates).tolist() == [0.1234567891234, 0.3, 0.0]
    whole = np.array([999_999_999_999.0, 1.0000000002])  # whole yen exact up to 10^12
    assert remove_float_noise(whole).tolist() == [999_999_999_999.0, 1.0]


def test_float_variables_are_float64(tax_benefit_system):
    floats = [v for v in tax_benefit_system.variables.values() if v.value_type is float]
    assert floats and all(v.dtype == np.float64 for v in floats)


def test_a_hair_off_the_yen_does_not_flip_a_threshold(tax_benefit_system):
    """Salary 1,788,000 (2024): table receipts 1,788,000, deduction 1,788,000 × 40 % − 100,000 = 615,200,
    employment income 1,172,800 exactly (computed in float64 as 1,172,800.0000000002 before snapping)."""
    situation = {"persons": {"a": {"birth_date": {"ETERNITY": "1980-01-01"}, "annual_employment_income": {"2024": 1_788_000}}}}
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    assert simulation.calculate("employment_income", "2024")[0] == 1_172_800


@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(wage=st.integers(0, 10**10))
def test_employment_insurance_employee_share_is_exact_for_big_wages(tax_benefit_system, wage):
    """FY2025 general business, worker 5.5/1000, 50-sen rule (no cap on the wage)."""
    situation = {
        "persons": {"a": {"birth_date": {"ETERNITY": "1985-04-01"}, "employment_status": {"2025-06": "employee"},
                          "monthly_wage": {"2025-06": wage}, "weekly_working_hours": {"2025-06": 40}}},
        "employers": {"e": {"employees": ["a"], "health_insurer": {"2025-06": "kyokai_kenpo"}, "employer_prefecture": {"2025-06": "tokyo"}}},
    }  # fmt: skip
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    assert simulation.calculate("employment_insurance_premium_employee", "2025-06")[0] == exact(wage, (0.0055,), "half_down")



@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(wage=st.integers(0, 2_000_000), rise=st.integers(1, 50_000), industry=st.sampled_from(["general", "construction", "agriculture_forestry_fisheries_sake"]),
       month=st.sampled_from(["2024-06", "2025-06", "2026-02", "2026-06"]))  # fmt: skip
def test_employment_insurance_shares_never_fall_when_the_wage_rises(tax_benefit_system, wage, rise, industry, month):
    """The property the law gives: the worker's deduction (its rate, 50-sen rule) and the employer's share (its
    rate, truncated) each rise with the wage, and worker + employer = the premium of the month."""
    persons = {name: {"birth_date": {"ETERNITY": "1985-04-01"}, "employment_status": {month: "employee"}, "monthly_wage": {month: w},
                      "weekly_working_hours": {month: 40}} for name, w in (("low", wage), ("high", wage + rise))}  # fmt: skip
    situation = {"persons": persons, "employers": {"e": {"employees": ["low", "high"], "health_insurer": {month: "kyokai_kenpo"},
                 "employer_prefecture": {month: "tokyo"}, "employment_insurance_industry": {month: industry}}}}  # fmt: skip
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    employee, employer, total = (simulation.calculate(f"employment_insurance_premium{s}", month) for s in ("_employee", "_employer", ""))
    assert employee[0] <= employee[1] and employer[0] <= employer[1] and total[0] <= total[1]
    assert (employee + employer == total).all()
