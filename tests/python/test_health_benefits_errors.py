"""Health insurance coverage and benefits: bad input and uncovered periods raise clear errors, and the
household-level high-cost computation is vectorised (same result one household at a time or all at once)."""

import numpy as np
import pytest
from conftest import with_birth_dates

from openfisca_japan import SimulationBuilder


def simulate(tbs, persons, period="2025-06", households=None, employers=None):
    situation = {"persons": with_birth_dates(persons)}
    if households:
        situation["households"] = households
    if employers:
        situation["employers"] = employers
    return SimulationBuilder().build_from_entities(tbs, situation)


def kyokai_employee(period, **extra):
    born = f"{int(period[:4]) - 40}-{period[5:7]}-15"  # 40 at the end of the month
    person = {"birth_date": {"ETERNITY": born}, "age": {period: 40}, "monthly_wage": {period: 360000}}
    person.update({k: {period: v} for k, v in extra.items()})
    return person


def test_negative_medical_bill_is_refused(tax_benefit_system):
    with pytest.raises(Exception, match=r"(?i)negative|minimum|below"):
        sim = simulate(tax_benefit_system, {"a": {"age": {"2025-06": 40}, "medical_expenses": {"2025-06": -1000}}})
        sim.calculate("copayment_amount", "2025-06")


def test_outpatient_above_total_is_refused(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"a": {"age": {"2025-06": 40}, "medical_expenses": {"2025-06": 1000},
                                              "outpatient_medical_expenses": {"2025-06": 2000}}})
    with pytest.raises(ValueError, match="outpatient_medical_expenses"):
        sim.calculate("copayment_amount", "2025-06")


def test_age_over_150_is_refused(tax_benefit_system):
    with pytest.raises(Exception, match="150"):
        sim = simulate(tax_benefit_system, {"a": {"age": {"2025-06": 151}}})
        sim.calculate("health_insurance_scheme", "2025-06")


def test_august_2026_category_a_uses_the_revised_limit(tax_benefit_system):
    # August 2026 (令和8年8月診療分から, MHLW 001726232.pdf): ア 270,300 + (cost − 901,000) × 1 %.
    # 標準報酬月額 880,000 (wage 900,000): copayment 300,000; limit 270,300 + 990 = 271,290; refund 28,710.
    sim = simulate(tax_benefit_system, {"a": kyokai_employee("2026-08", medical_expenses=1000000, monthly_wage=900000)},
                   period="2026-08", employers={"e": {"employees": ["a"], "health_insurer": {"2026-08": "kyokai_kenpo"},
                                                       "employee_count": {"2026-08": 10}}})
    assert sim.calculate("high_cost_medical_expense_refund", "2026-08")[0] == 28710


def test_august_2026_category_c_switches_with_the_month_of_care(tax_benefit_system):
    # July 2026: 80,100 + (1,000,000 − 267,000) × 1 % = 87,430; August 2026: 85,800 + (1,000,000 − 286,000) × 1 %
    # = 92,940 (MHLW 001726232.pdf); the refund of a 300,000 copayment falls by 5,510.
    def refund(month):
        # No income is given for the income year (2024 for July 2026, 2025 for August): state the resident-tax status
        # meant (not exempt), which is derived by default and would be "exempt" for zero income.
        person = kyokai_employee(month, medical_expenses=1000000)
        person["is_resident_tax_exempt"] = {"2024": False, "2025": False}
        sim = simulate(tax_benefit_system, {"a": person}, period=month,
                       employers={"e": {"employees": ["a"], "health_insurer": {month: "kyokai_kenpo"},
                                        "employee_count": {month: 10}}})
        return sim.calculate("high_cost_medical_expense_refund", month)[0]

    assert refund("2026-07") == 212570
    assert refund("2026-08") == 207060


def test_specified_disease_mixed_bill_is_refused(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"a": {"age": {"2025-06": 45}, "medical_expenses": {"2025-06": 400000},
                                              "outpatient_medical_expenses": {"2025-06": 100000},
                                              "specified_disease_treatment": {"2025-06": "dialysis"}}})
    with pytest.raises(ValueError, match="wholly inpatient or wholly outpatient"):
        sim.calculate("high_cost_medical_expense_refund", "2025-06")


def test_70_plus_from_august_2026_computes(tax_benefit_system):
    # From August 2026 the annual outpatient cap is read per category (一般 216,000, 低所得Ⅱ 96,000): 70+ cases compute.
    # Late-stage 10 %, 一般: 100,000 → 10,000 < 61,500, nothing back; 1,000,000 → 100,000 − 61,500 = 38,500.
    sim = simulate(tax_benefit_system, {
        "a": {"age": {"2026-08": 80}, "medical_expenses": {"2026-08": 100000}, "is_resident_tax_exempt": {"2025": False}},
        "b": {"age": {"2026-08": 80}, "medical_expenses": {"2026-08": 1000000}, "is_resident_tax_exempt": {"2025": False}}})
    assert sim.calculate("high_cost_medical_expense_refund", "2026-08").tolist() == [0, 38500]


def test_no_bills_gives_zero(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"a": {"age": {"2026-08": 80}}})
    assert sim.calculate("high_cost_medical_expense_refund", "2026-08")[0] == 0


def test_mutual_aid_sickness_allowance_not_modelled(tax_benefit_system):
    sim = simulate(tax_benefit_system,
                   {"a": {"age": {"2025-06": 40}, "monthly_wage": {"2025-06": 300000}, "sick_leave_days": {"2025-06": 10},
                          "employment_status": {"2025-06": "public_servant"}}},
                   employers={"e": {"employees": ["a"], "health_insurer": {"2025-06": "mutual_aid_association"},
                                    "mutual_aid_short_term_rate": {"2025-06": 0.04}, "employee_count": {"2025-06": 100}}})
    with pytest.raises(NotImplementedError, match="mutual aid"):
        sim.calculate("injury_sickness_allowance", "2025-06")


def test_sick_days_above_month_length_refused(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"a": {"age": {"2025-06": 40}, "sick_leave_days": {"2025-06": 31}}})
    with pytest.raises(Exception, match="sick_leave_days|30"):
        sim.calculate("injury_sickness_allowance", "2025-06")


def test_voluntary_without_standard_remuneration_refused(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"a": {
        "age": {"2025-06": 40}, "employment_status": {"2025-06": "unemployed"},
        "employee_health_insurance_loss_date": {"ETERNITY": "2025-04-01"},
        "insured_months_before_loss": {"ETERNITY": 24}, "applies_for_voluntary_continuation": {"ETERNITY": True},
        "former_employer_prefecture": {"ETERNITY": "tokyo"}}})
    with pytest.raises(ValueError, match="standard_monthly_remuneration_at_loss"):
        sim.calculate("voluntary_continuation_premium", "2025-06")


def test_voluntary_premium_of_a_society_not_modelled(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"a": {
        "age": {"2025-06": 40}, "employment_status": {"2025-06": "unemployed"},
        "employee_health_insurance_loss_date": {"ETERNITY": "2025-04-01"},
        "insured_months_before_loss": {"ETERNITY": 24}, "applies_for_voluntary_continuation": {"ETERNITY": True},
        "standard_monthly_remuneration_at_loss": {"ETERNITY": 300000},
        "former_health_insurer": {"ETERNITY": "health_insurance_society"}}})
    assert sim.calculate("is_voluntary_continued_insured", "2025-06")[0]
    with pytest.raises(NotImplementedError, match="Kyokai"):
        sim.calculate("voluntary_continuation_premium", "2025-06")


def test_voluntary_levy_of_a_mutual_aid_member_not_modelled(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"a": {
        "age": {"2026-06": 40}, "employment_status": {"2026-06": "unemployed"},
        "employee_health_insurance_loss_date": {"ETERNITY": "2026-04-01"},
        "insured_months_before_loss": {"ETERNITY": 24}, "applies_for_voluntary_continuation": {"ETERNITY": True},
        "standard_monthly_remuneration_at_loss": {"ETERNITY": 300000},
        "former_health_insurer": {"ETERNITY": "mutual_aid_association"}}}, period="2026-06")
    with pytest.raises(NotImplementedError, match="mutual aid"):
        sim.calculate("voluntary_continuation_child_rearing_support_levy", "2026-06")


def test_voluntary_levy_of_a_society_member_with_a_fraction_refused(tax_benefit_system):
    """58,000 × 0.23 % = 133.4: how a society rounds it was not confirmed (refused); 380,000 × 0.23 % = 874 computes."""
    def member(remuneration):
        return simulate(tax_benefit_system, {"a": {
            "age": {"2026-06": 40}, "employment_status": {"2026-06": "unemployed"},
            "employee_health_insurance_loss_date": {"ETERNITY": "2026-04-01"},
            "insured_months_before_loss": {"ETERNITY": 24}, "applies_for_voluntary_continuation": {"ETERNITY": True},
            "standard_monthly_remuneration_at_loss": {"ETERNITY": remuneration},
            "former_health_insurer": {"ETERNITY": "health_insurance_society"}}}, period="2026-06")
    with pytest.raises(ValueError, match="how a health insurance society rounds"):
        member(58000).calculate("voluntary_continuation_child_rearing_support_levy", "2026-06")
    assert member(380000).calculate("voluntary_continuation_child_rearing_support_levy", "2026-06")[0] == 874


def test_inconsistent_age_of_a_six_year_old_refused(tax_benefit_system):
    # age 6 given for June 2025 only: the age at 31 March 2025 needs the birth date, which has no default.
    situation = {"persons": {"a": {"age": {"2025-06": 6}, "employment_status": {"2025-06": "student"}}}}
    sim = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    with pytest.raises(ValueError, match="birth_date not given"):
        sim.calculate("copayment_rate", "2025-06")


def _family(i, smr_wage, costs):
    return (
        {f"a{i}": {"birth_date": {"ETERNITY": "1985-01-01"}, "monthly_wage": {"2025-06": smr_wage},
                   "annual_income": {"2025": 6000000}, "medical_expenses": {"2025-06": costs[0]}},
         f"b{i}": {"birth_date": {"ETERNITY": "1987-01-01"}, "employment_status": {"2025-06": "homemaker"},
                   "medical_expenses": {"2025-06": costs[1]}},
         f"c{i}": {"birth_date": {"ETERNITY": "2015-01-01"}, "employment_status": {"2025-06": "student"},
                   "medical_expenses": {"2025-06": costs[2]}}},
        {f"h{i}": {"head": [f"a{i}"], "spouse": [f"b{i}"], "children": [f"c{i}"]}},
        {f"e{i}": {"employees": [f"a{i}"], "health_insurer": {"2025-06": "kyokai_kenpo"}, "employee_count": {"2025-06": 10}}},
    )


def test_household_aggregation_is_vectorised(tax_benefit_system):
    rng = np.random.default_rng(3)
    families = [
        _family(i, int(rng.choice([200000, 360000, 600000, 900000])), [int(x) for x in rng.integers(0, 80, 3) * 10000])
        for i in range(40)
    ]
    persons, households, employers = {}, {}, {}
    for p, h, e in families:
        persons.update(p)
        households.update(h)
        employers.update(e)
    together = simulate(tax_benefit_system, persons, households=households, employers=employers)
    all_at_once = together.calculate("high_cost_medical_expense_refund", "2025-06")
    one_by_one = np.concatenate([
        simulate(tax_benefit_system, p, households=h, employers=e).calculate("high_cost_medical_expense_refund", "2025-06")
        for p, h, e in families
    ])
    np.testing.assert_array_equal(all_at_once, one_by_one)
    assert all_at_once.sum() > 0


def test_dependant_income_limit_reform(tax_benefit_system):
    """A reform raising `health_insurance.dependants.income_limit.general` changes the dependant test."""
    from openfisca_core import periods
    from openfisca_core.reforms import Reform

    class RaiseLimit(Reform):
        name = "Dependant income limit 1.6 million"

        def apply(self):
            def modify(parameters):
                parameters.health_insurance.dependants.income_limit.general.update(
                    period=periods.period("year:2025-04:2"), value=1600000)
                return parameters

            self.modify_parameters(modifier_function=modify)

    situation = {
        "persons": {
            "a": {"birth_date": {"ETERNITY": "1980-01-01"}, "monthly_wage": {"2025-06": 400000},
                  "annual_income": {"2025": 5000000}},
            "b": {"birth_date": {"ETERNITY": "1982-01-01"}, "employment_status": {"2025-06": "homemaker"},
                  "annual_income": {"2025": 1500000}},
        },
        "households": {"h": {"head": ["a"], "spouse": ["b"]}},
        "employers": {"e": {"employees": ["a"], "health_insurer": {"2025-06": "kyokai_kenpo"},
                            "employee_count": {"2025-06": 10}}},
    }
    baseline = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    reformed = SimulationBuilder().build_from_entities(RaiseLimit(tax_benefit_system), situation)
    assert list(baseline.calculate("is_health_insurance_dependant", "2025-06")) == [False, False]
    assert list(reformed.calculate("is_health_insurance_dependant", "2025-06")) == [False, True]
