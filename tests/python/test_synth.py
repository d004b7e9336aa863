"""Synthetic population: reproducible, consistent, close to the published marginals."""

import numpy as np
import pandas as pd
import pytest

from openfisca_japan.analysis.synthetic_population import _align_ages, generate, load_marginals


@pytest.fixture(scope="module")
def population():
    return generate(40_000, seed=11)


def test_reproducible_and_exact_size():
    a, b = generate(2_000, seed=5), generate(2_000, seed=5)
    pd.testing.assert_frame_equal(a, b)
    assert len(a) == 2_000
    assert not generate(2_000, seed=6).equals(a)


def test_households_and_roles(population):
    roles = population.groupby("household_id")["household_role"]
    assert (roles.apply(lambda r: (r == "head").sum()) == 1).all()
    assert (roles.apply(lambda r: (r == "spouse").sum()) <= 1).all()
    assert 2.0 < len(population) / population["household_id"].nunique() < 2.6


def test_published_marginals(population):
    m = load_marginals()
    age = population["_age"]
    assert abs((age < 15).mean() - m["population"]["broad_age_shares"]["under_15"]) < 0.02
    assert abs((age >= 65).mean() - m["population"]["broad_age_shares"]["65_and_over"]) < 0.03
    employees = population["employment_status"].eq("employee")
    assert abs(1 - population.loc[employees, "_regular"].mean() - 0.368) < 0.04  # 労働力調査 2024: 36.8 %
    regular_men = population["_regular"] & population["_sex"].eq("male") & employees
    mean = population.loc[regular_men, "_scheduled_wage"].mean()  # 所定内給与: without overtime
    assert abs(mean / m["wages"]["regular_mean_monthly"]["male"] - 1) < 0.10
    assert abs(population["weight"].sum() - m["population"]["total"]) < 1


def test_employer_columns_constant_within_employer(population):
    employed = population[population["employer_id"].notna()]
    columns = ["employer_prefecture", "health_insurer", "employee_count", "health_insurance_society_rate", "mutual_aid_short_term_rate"]
    assert (employed.groupby("employer_id")[columns].nunique() == 1).all().all()
    assert population.loc[population["employer_id"].isna(), "health_insurer"].eq("none").all()
    assert set(employed["health_insurer"]) <= {"kyokai_kenpo", "health_insurance_society", "mutual_aid_association"}


def test_national_scope_covers_prefectures():
    table = generate(20_000, seed=2, scope="national")
    assert table["prefecture"].nunique() > 40
    assert table["municipality"].eq("not_modelled").all()
    tokyo_share = table.drop_duplicates("household_id")["prefecture"].eq("tokyo").mean()
    assert 0.08 < tokyo_share < 0.15  # 国勢調査 2020: 11.1 %


def test_wages_bonus_and_income_consistent(population):
    income = 12 * population["monthly_wage"] + population["bonus@2025-06"] + population["bonus@2025-12"]
    np.testing.assert_allclose(population["annual_employment_income@2025"], income)
    assert (population.loc[population["employment_status"].isin(["retired", "homemaker", "student"]), "monthly_wage"] == 0).all()


def _bands(male=None, female=None):
    zero = [0.0] * 18
    return {"male": male or zero, "female": female or zero}


def test_ages_moved_onto_the_bands_by_hand():
    # 4 men, half the weight in 0-4 and half in 10-14: ranks at the quantiles 1/8, 3/8, 5/8, 7/8; 0-4 holds the
    # quantiles 0-1/2 (1/8 → 1/4 of the band → 0 + floor(1.25) = 1; 3/8 → 3/4 → 3), 10-14 the rest (11, 13)
    weights = [1.0, 0.0, 1.0] + [0.0] * 15
    age = np.array([30, 0, 20, 10])
    male = np.ones(4, dtype=bool)
    aligned = _align_ages(np.random.default_rng(0), age, male, _bands(male=weights))
    assert aligned.tolist() == [13, 1, 11, 3]  # the order of the drawn ages is kept
    # 85+: density falling by e every 5 years; quantiles 1/4, 3/4 of the band: 85 + floor(−5 ln(1 − q (1 − e^−4)))
    aligned = _align_ages(np.random.default_rng(0), np.array([90, 80]), np.array([False, False]), _bands(female=[0.0] * 17 + [1.0]))
    assert aligned.tolist() == [91, 86]  # −5 ln(0.26374) = 6.66 → 91; −5 ln(0.75458) = 1.41 → 86


def test_population_follows_the_bands(population):
    m = load_marginals()["population"]["by_sex_and_5_year_band_thousands"]
    for sex in ("male", "female"):
        own = population[population["_sex"] == sex]
        shares = np.bincount(np.minimum(own["_age"] // 5, 17), minlength=18) / len(own)
        published = np.asarray(m[sex]) / sum(m[sex])
        assert np.abs(shares - published).max() < 0.002  # rank map: exact up to the rounding of one person
    heads = population[population["household_role"].isin(["head", "spouse"])]
    assert heads["_age"].min() >= 18


def test_public_assistance_whole_households(population):
    assistance = population["receives_public_assistance"]
    assert (population.groupby("household_id")["receives_public_assistance"].nunique() == 1).all()
    rates = load_marginals()["public_assistance"]["rate_by_head_age"]  # 1.1 % (head under 65), 2.9 % (65+)
    head_age = population["household_id"].map(population[population["household_role"] == "head"].set_index("household_id")["_age"])
    households = population.drop_duplicates("household_id")
    older = head_age.loc[households.index] >= 65
    assert abs(assistance.loc[households.index][older].mean() - rates[1]) < 0.01
    assert abs(assistance.loc[households.index][~older].mean() - rates[0]) < 0.006


def test_overtime_and_family_workers(population):
    regular = population["_regular"]
    overtime = load_marginals()["wages"]["overtime_share_of_scheduled"]  # 19,483 / 264,859 = 7.36 %
    expected = np.round(population.loc[regular, "_scheduled_wage"] * (1 + overtime), -2)
    np.testing.assert_array_equal(population.loc[regular, "monthly_wage"], expected)
    assert (population.loc[~regular, "monthly_wage"] == population.loc[~regular, "_scheduled_wage"]).all()
    self_employed = population["employment_status"].eq("self_employed")
    without = (population.loc[self_employed, "business_and_other_income@2025"] == 0).mean()
    assert abs(without - load_marginals()["self_employed"]["family_worker_share"]) < 0.04  # family workers: 20 %


def test_society_employers_pay_larger_bonuses(population):
    b = load_marginals()["bonuses"]  # 1.05 months a bonus; 1.6 at employers with a health insurance society
    paid = population["_regular"] & (population["bonus@2025-06"] > 0)
    ratio = population.loc[paid, "bonus@2025-06"] / population.loc[paid, "monthly_wage"]
    society = population.loc[paid, "health_insurer"].eq("health_insurance_society")
    assert abs(ratio[society].median() - b["months_per_bonus_regular_society"]) < 0.05  # lognormal noise of median 1
    assert abs(ratio[~society].median() - b["months_per_bonus_regular"]) < 0.05
