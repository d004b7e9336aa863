"""Synthetic population: reproducible, consistent, close to the published marginals."""

import numpy as np
import pandas as pd
import pytest

from openfisca_japan.analysis.synthetic_population import generate, load_marginals


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
