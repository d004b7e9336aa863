"""High-cost medical expense: what the model refuses (open points of the official texts, bad bills) and the
categories of August 2027, which the model's periods do not reach yet (checked on the pure functions with the
parameters of September 2027, against amounts written out by hand from MHLW 001726232.pdf)."""

import numpy as np
import pytest
from conftest import with_birth_dates

from openfisca_japan import SimulationBuilder
from openfisca_japan.enums import HighCostCategory
from openfisca_japan.law.coverage import NotCoveredError
from openfisca_japan.law.health_insurance_high_cost import UNDER_70, schedule, subdivided_category

AUGUST_TO_MARCH = ["2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"]
APRIL_TO_JULY = ["2027-04", "2027-05", "2027-06", "2027-07"]


def simulate(tbs, situation):
    with_birth_dates(situation["persons"])
    return SimulationBuilder().build_from_entities(tbs, situation)


def employee(wage, **extra):
    person = {"birth_date": {"ETERNITY": "1986-01-01"}, "monthly_wage": {m: wage for m in AUGUST_TO_MARCH},
              "is_resident_tax_exempt": {"2025": False}}
    person.update(extra)
    return person


def kyokai(*names):
    return {"e": {"employees": list(names), "health_insurer": {m: "kyokai_kenpo" for m in AUGUST_TO_MARCH},
                  "employee_count": {m: 10 for m in AUGUST_TO_MARCH}}}


def test_subdivided_categories_of_august_2027(tax_benefit_system):
    bounds = tax_benefit_system.parameters("2027-09-01").health_insurance.high_cost_medical_expense.income_categories
    smr = np.array([1_270_000, 1_210_000, 830_000, 790_000, 530_000, 500_000, 440_000, 410_000, 280_000, 260_000,
                    160_000, 150_000, 150_000, 530_000])
    exempt = np.array([False] * 12 + [True, True])
    expected = ["a1", "a2", "a3", "b1", "b3", "c1", "c1", "c2", "c3", "d1", "d2", "d3", "e", "b3"]
    got = subdivided_category(smr, exempt, bounds.smr_subdivided)
    assert [HighCostCategory.__members__[key].index for key in expected] == got.tolist()


def test_limits_of_august_2027_by_schedule(tax_benefit_system):
    node = tax_benefit_system.parameters("2027-09-01").health_insurance.high_cost_medical_expense.under_70
    keys = ["c1", "d3", "a1"]
    category = np.array([HighCostCategory.__members__[key].index for key in keys])
    cost = np.array([1_000_000, 1_000_000, 2_000_000])
    plain = schedule(node, UNDER_70, category, cost, np.zeros(3, dtype=bool), np.ones(3, dtype=bool), "test")
    many = schedule(node, UNDER_70, category, cost, np.ones(3, dtype=bool), np.ones(3, dtype=bool), "test")
    # c1: 110,400 + (1,000,000 − 368,000) × 1 % = 116,720; d3: 61,500 flat; a1: 342,000 + (2,000,000 − 1,140,000) × 1 %
    assert plain.tolist() == [116_720, 61_500, 350_600]
    assert many.tolist() == [44_400, 34_500, 140_100]  # 多数回


def test_old_categories_of_august_2027_are_refused(tax_benefit_system):
    node = tax_benefit_system.parameters("2027-09-01").health_insurance.high_cost_medical_expense.under_70
    with pytest.raises(NotCoveredError, match="category c"):
        schedule(node, UNDER_70, np.array([HighCostCategory.c.index]), np.array([1_000_000]), np.array([False]),
                 np.array([True]), "test")


def low_income_i_situation(borne):
    return {
        "persons": {"a": {"age": {"2026-09": 72}, "employment_status": {"2026-09": "retired"},
                          "medical_expenses": {"2026-09": 100000}, "outpatient_medical_expenses": {"2026-09": 100000},
                          "outpatient_copayment_borne_since_august": {"2026-09": borne}}},
        "households": {"h": {"head": ["a"], "resident_tax_exempt_household": {"2025": True},
                             "low_income_i_household": {"2025": True}}}}


@pytest.mark.parametrize("borne", [0, 8000, 88000])
def test_low_income_i_outpatient_annual_cap_does_not_matter_within_the_lowest_cap(tax_benefit_system, borne):
    """低所得Ⅰ, 72, September 2026: outpatient 100,000 at 20 % = 20,000; limit 8,000 → refund 12,000 (then 8,000 is
    under the household limit 15,700). The cap of 低所得Ⅰ is 96,000, 216,000 or none (the amended 施行令 第42条 as
    transcribed lists only these two outpatient annual amounts): while borne + 8,000 ≤ 96,000 each reading gives 8,000."""
    sim = simulate(tax_benefit_system, low_income_i_situation(borne))
    assert sim.calculate("high_cost_medical_expense_refund", "2026-09").tolist() == [12000]


def test_low_income_i_outpatient_annual_cap_refused_where_the_readings_differ(tax_benefit_system):
    """borne 88,001: with a 96,000 cap the month's limit would be 7,999, without a cap 8,000: refused."""
    sim = simulate(tax_benefit_system, low_income_i_situation(88001))
    with pytest.raises(NotCoveredError, match="低所得Ⅰ"):
        sim.calculate("high_cost_medical_expense_refund", "2026-09")


def annual_situation(small_bills_in_april, cost=1000000):
    own = {m: 44400 for m in APRIL_TO_JULY}
    small = {m: 0 for m in APRIL_TO_JULY}
    small["2027-04"] = small_bills_in_april
    person = employee(360000, medical_expenses={m: cost for m in AUGUST_TO_MARCH},
                      high_cost_prior_payment_months=dict(zip(AUGUST_TO_MARCH, [0, 1, 2, 3, 3, 3, 3, 3], strict=True)),
                      high_cost_own_pay_after_monthly=own, high_cost_own_pay_of_small_bills=small,
                      high_cost_category_on_base_date={"year:2026-08": "c"})
    return {"persons": {"a": person}, "employers": kyokai("a")}


def test_annual_cap_refused_when_small_bills_change_it(tax_benefit_system):
    # 678,420 borne (see high_cost_annual_benefit.yaml), of which 10,000 from bills under 21,000: 148,420 or 138,420.
    sim = simulate(tax_benefit_system, annual_situation(10000))
    with pytest.raises(NotCoveredError, match="21,000"):
        sim.calculate("high_cost_annual_benefit", "year:2026-08")


def test_annual_cap_computed_when_small_bills_do_not_matter(tax_benefit_system):
    # 100,000 a month (ウ): 30,000 a month, below the monthly limit; 8 × 30,000 + 4 × 44,400 (given) = 417,600, of which
    # 10,000 from bills under 21,000: below the cap of 530,000 either way, so no refusal and no annual benefit.
    sim = simulate(tax_benefit_system, annual_situation(10000, cost=100000))
    assert sim.calculate("high_cost_annual_benefit", "year:2026-08").tolist() == [0]


def test_annual_cap_of_an_nhi_group_in_category_d_refused_above_the_reduced_cap(tax_benefit_system):
    months = AUGUST_TO_MARCH
    person = {"age": {m: 45 for m in months}, "employment_status": {m: "self_employed" for m in months},
              "medical_expenses": {m: 1000000 for m in months},
              "high_cost_prior_payment_months": dict(zip(months, [0, 1, 2, 3, 3, 3, 3, 3], strict=True)),
              "high_cost_own_pay_after_monthly": {m: 44400 for m in APRIL_TO_JULY},
              "high_cost_own_pay_of_small_bills": {m: 0 for m in APRIL_TO_JULY},
              "high_cost_category_on_base_date": {"year:2026-08": "d"}, "is_resident_tax_exempt": {"2025": False}}
    sim = simulate(tax_benefit_system, {"persons": {"a": person}, "households": {"h": {"head": ["a"]}}})
    with pytest.raises(NotCoveredError, match="reduced annual cap"):
        sim.calculate("high_cost_annual_benefit", "year:2026-08")


def test_annual_cap_asks_for_a_year_from_august(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"persons": {"a": {"birth_date": {"ETERNITY": "1986-01-01"}}}})
    with pytest.raises(ValueError, match="August"):
        sim.calculate("high_cost_annual_benefit", "2026")


def test_bills_and_totals_must_agree(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"persons": {"a": {
        "age": {"2025-06": 40}, "medical_expenses": {"2025-06": 500000}, "medical_bill_cost_1": {"2025-06": 300000}}}})
    with pytest.raises(ValueError, match="sums of the"):
        sim.calculate("copayment_amount", "2025-06")


def test_specified_disease_bill_needs_the_disease(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"persons": {"a": {
        "age": {"2025-06": 40}, "medical_bill_cost_1": {"2025-06": 300000},
        "medical_bill_specified_disease_1": {"2025-06": True}}}})
    with pytest.raises(ValueError, match="specified_disease_treatment"):
        sim.calculate("copayment_amount", "2025-06")


def test_window_payment_below_the_law_refused(tax_benefit_system):
    sim = simulate(tax_benefit_system, {
        "persons": {"a": {"age": {"2026-09": 40}, "monthly_wage": {"2026-09": 360000},
                          "medical_expenses": {"2026-09": 1000000}, "copayment_at_window": {"2026-09": 50000},
                          "is_resident_tax_exempt": {"2025": False}}},
        "employers": {"e": {"employees": ["a"], "health_insurer": {"2026-09": "kyokai_kenpo"},
                            "employee_count": {"2026-09": 10}}}})
    with pytest.raises(ValueError, match="below what the law"):
        sim.calculate("high_cost_medical_expense_refund", "2026-09")
