"""Employment insurance benefits and workers' compensation: unsupported cases raise, reforms can change rates.

Expected values are derived from the sources named in each test, not from the code's output.
"""

import numpy as np
import pytest
from conftest import with_birth_dates
from openfisca_core.reforms import Reform

from openfisca_japan import SimulationBuilder
from openfisca_japan.law.coverage import NotCoveredError


def simulate(tax_benefit_system, persons, employers=None):
    situation = {"persons": with_birth_dates(persons)}
    if employers:
        situation["employers"] = employers
    return SimulationBuilder().build_from_entities(tax_benefit_system, situation)


LEAVER = {
    "wages_last_6_months": {"2026-09": 1800000},
    "age_on_leaving": {"2026-09": 35},
    "job_leaving_reason": {"2026-09": "voluntary"},
    "insured_months_last_2_years": {"2026-09": 24},
}


def test_values_from_2026_08_use_the_2026_formula(tax_benefit_system):
    """MHLW 001726936.pdf (令和8年8月1日～): w = 10,000 → 0.8w − 0.3{(w − 5,480)/(13,490 − 5,480)}w
    = 8,000 − 0.3 × 4,520 / 8,010 × 10,000 = 8,000 − 1,692.88 = 6,307.12 → 6,307 (not the 2025 value 6,207)."""
    sim = simulate(tax_benefit_system, {"p": LEAVER})
    assert sim.calculate("basic_allowance_daily", "2026-09")[0] == 6307


def test_workers_compensation_minimum_from_2026_08_is_not_covered(tax_benefit_system):
    """The 労災 自動変更対象額 of 令和8年8月1日 was not found: the period raises instead of reusing 4,250."""
    sim = simulate(tax_benefit_system, {"p": {"wages_last_3_months_before_accident": {"2026-09": 300000},
                                              "calendar_days_last_3_months_before_accident": {"2026-09": 92}}})
    with pytest.raises(NotCoveredError, match="workers_compensation.benefit_base_daily_amount.minimum.*2026-07-31"):
        sim.calculate("benefit_base_daily_amount", "2026-09")


def test_july_2026_still_uses_2025_08_values(tax_benefit_system):
    """MHLW leaflet 2025-08: w = 10,000 → 0.8w − 0.3{(w − 5,340)/7,800}w = 6,207.69 → 6,207, valid until 2026-07-31."""
    person = {key: {"2026-07": next(iter(value.values()))} for key, value in LEAVER.items()}
    sim = simulate(tax_benefit_system, {"p": person})
    assert sim.calculate("basic_allowance_daily", "2026-07")[0] == 6207


def test_non_renewed_contract_days_raise(tax_benefit_system):
    """雇止め 特定理由離職者: the temporary measure giving them the 法23条 table is not encoded."""
    sim = simulate(tax_benefit_system, {"p": {
        "job_leaving_reason": {"2025-09": "contract_not_renewed"},
        "insured_months_last_year": {"2025-09": 12},
        "employment_insurance_insured_years": {"2025-09": 3},
    }})
    with pytest.raises(ValueError, match="雇止め"):
        sim.calculate("basic_allowance_prescribed_days", "2025-09")


def test_short_time_work_taper_follows_the_pamphlet_example(tax_benefit_system):
    """育児時短就業給付金 between 90 % and 100 % of the wage at the start (施行規則101条の47): MHLW pamphlet
    「育児時短就業給付の内容と支給申請手続」 example, M = 1,800,000 ÷ 180 × 30 = 300,000, W = 280,000 (93 %):
    rate 0.9 × 20,000 ÷ 280,000 = 6.4285… % → 6.43 %; 280,000 × 6.43 % = 18,004."""
    sim = simulate(tax_benefit_system, {"p": {
        "wages_6_months_before_leave": {"2025-09": 1800000},
        "insured_months_last_2_years": {"2025-09": 24},
        "works_short_hours_for_child_under_2": {"2025-09": True},
        "monthly_wage": {"2025-09": 280000},
    }})
    assert sim.calculate("childcare_short_time_work_benefit", "2025-09")[0] == 18004


def test_professional_training_first_use_between_1_and_2_years_raises(tax_benefit_system):
    sim = simulate(tax_benefit_system, {"p": {
        "education_training_kind": {"2025-05": "professional_practical"},
        "education_training_fees": {"2025-05": 1000000},
        "education_training_insured_years": {"2025-05": 1.5},
    }})
    with pytest.raises(ValueError, match="first-use"):
        sim.calculate("education_training_benefit", "2025-05")


def test_workers_compensation_after_18_months_raises(tax_benefit_system):
    """From 1 year 6 months of treatment the age-band limits of 給付基礎日額 apply; they are not encoded."""
    sim = simulate(tax_benefit_system, {"p": {
        "work_accident_type": {"2025-09": "work_injury"},
        "benefit_base_daily_amount": {"2025-09": 10000},
        "months_since_treatment_start": {"2025-09": 18},
    }})
    with pytest.raises(ValueError, match="1 year 6 months"):
        sim.calculate("absence_compensation_daily", "2025-09")


def test_workers_compensation_premium_needs_an_industry(tax_benefit_system):
    months = {f"2025-{m:02d}": 300000 for m in range(4, 13)}
    sim = simulate(tax_benefit_system, {"a": {"monthly_wage": months}}, {"e": {"employees": ["a"]}})
    with pytest.raises(ValueError, match="workers_compensation_industry"):
        sim.calculate("workers_compensation_premium", "year:2025-04")


class RestoreFifteenPercent(Reform):
    """Set the older-worker schedule of people reaching 60 from April 2025 back to 15 % / 61 %."""

    name = "Older-worker benefit back to 15 %"

    def apply(self):
        def modify(parameters):
            schedule = parameters.employment_insurance.benefits.older_worker.schedule.reached_60_from_2025_04
            schedule.max_rate.update(start="2025-04-01", value=0.15)
            schedule.full_rate_ratio.update(start="2025-04-01", value=0.61)
            return parameters

        self.modify_parameters(modifier_function=modify)


def test_older_worker_max_rate_is_a_reformable_parameter(tax_benefit_system):
    """Reached 60 on 2025-06-09, wage at 60 390,000 (2,340,000 ÷ 180 × 30), wage 234,000 (60 %).
    Baseline 10 % → 23,400; with the reform 15 % → 35,100 (15 % schedule, sharoushi.ne.jp)."""
    person = {
        "birth_date": {"ETERNITY": "1965-06-10"},
        "employment_insurance_insured_years": {"2025-09": 30},
        "wages_last_6_months_at_60": {"2025-09": 2340000},
        "monthly_wage": {"2025-09": 234000},
    }
    baseline = simulate(tax_benefit_system, {"p": person}).calculate("older_worker_employment_benefit", "2025-09")
    reformed = simulate(RestoreFifteenPercent(tax_benefit_system), {"p": person}).calculate(
        "older_worker_employment_benefit", "2025-09"
    )
    np.testing.assert_array_equal(baseline, [23400])
    np.testing.assert_array_equal(reformed, [35100])


def test_vectorised_basic_allowance_over_many_persons(tax_benefit_system):
    """Leaflet 2025-08 formula at the breakpoints, in one vector: 3,000 → floor 2,411; 5,340 → 4,272;
    13,140 → 6,570; 20,000 → 30–44 maximum 8,055."""
    wages = [540000, 961200, 2365200, 3600000] * 250
    persons = {
        f"p{i}": {
            "wages_last_6_months": {"2025-09": w},
            "age_on_leaving": {"2025-09": 35},
            "job_leaving_reason": {"2025-09": "dismissal"},
            "insured_months_last_year": {"2025-09": 12},
        }
        for i, w in enumerate(wages)
    }
    result = simulate(tax_benefit_system, persons).calculate("basic_allowance_daily", "2025-09")
    np.testing.assert_array_equal(result, [2411, 4272, 6570, 8055] * 250)


def test_age_on_leaving_refused_when_the_age_changes_within_the_month(tax_benefit_system):
    """雇用保険法 第22条: the age on the day of leaving decides. Born 1961-05-20 (65 attained on 2026-05-19), left in May
    2026 without the day: 64 or 65 depending on the day, so refused rather than guessed; with the day, computed."""
    person = {"birth_date": {"ETERNITY": "1961-05-20"}, "job_leaving_reason": {"2026-05": "voluntary"},
              "wages_last_6_months": {"2026-05": 1800000}, "insured_months_last_2_years": {"2026-05": 24}}
    sim = SimulationBuilder().build_from_entities(tax_benefit_system, {"persons": {"p": person}})
    with pytest.raises(ValueError, match="job_leaving_date|day of leaving"):
        sim.calculate("basic_allowance_eligible", "2026-05")
    person["job_leaving_date"] = {"ETERNITY": "2026-05-10"}
    sim = SimulationBuilder().build_from_entities(tax_benefit_system, {"persons": {"p": person}})
    assert sim.calculate("age_on_leaving", "2026-05")[0] == 64
