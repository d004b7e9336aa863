"""Municipal premiums: municipality enum from YAML folders, clear errors for uncovered cases, vectorisation."""

import numpy as np
import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.law import municipalities
from openfisca_japan.law.municipalities import Municipality


def simulate(tax_benefit_system, situation):
    return SimulationBuilder().build_from_entities(tax_benefit_system, situation)


def nhi_household(municipality, period="year:2025-04", income=3000000, member=True):
    return {
        "persons": {
            "a": {
                "birth_date": {"ETERNITY": "1980-01-10"},
                "business_and_other_income": {str(int(period[5:9]) - 1): income},
                "is_national_health_insurance_member": {period: member},
            }
        },
        "households": {"h": {"head": ["a"], "municipality": {period: municipality}}},
    }


def test_municipality_enum_is_built_from_parameter_folders():
    names = [m.name for m in Municipality]
    assert names[0] == "not_modelled"
    for name in ("yokohama", "tokyo_special_wards", "yokkaichi", "tsu"):
        assert name in names
    assert Municipality.yokohama.value == "Yokohama (横浜市)"
    assert municipalities.PREFECTURE_OF[Municipality.yokohama].name == "kanagawa"


def test_adding_a_municipality_is_adding_a_folder(tmp_path):
    folder = tmp_path / "sapporo"
    folder.mkdir()
    (folder / "index.yaml").write_text(
        "description: Sapporo (札幌市)\nmetadata:\n  label: Sapporo (札幌市)\n  prefecture: hokkaido\n", encoding="utf-8"
    )
    assert municipalities._read_municipalities(tmp_path) == [("sapporo", {"label": "Sapporo (札幌市)", "prefecture": "hokkaido"})]


def test_nhi_premium_computed(tax_benefit_system):
    simulation = simulate(tax_benefit_system, nhi_household("yokohama"))
    # Same case as tests/national_health_insurance/yokohama.yaml (427,282 yen).
    assert simulation.calculate("national_health_insurance_premium", "year:2025-04")[0] == 427282


def test_not_modelled_municipality_raises(tax_benefit_system):
    simulation = simulate(tax_benefit_system, nhi_household("not_modelled"))
    with pytest.raises(ValueError, match="no NHI rate table for household h: no municipality given"):
        simulation.calculate("national_health_insurance_premium", "year:2025-04")


@pytest.mark.parametrize(
    ("municipality", "period"),
    [("yokohama", "year:2024-04"), ("tsu", "year:2025-04")],
)
def test_uncovered_rates_raise_a_clear_error(tax_benefit_system, municipality, period):
    simulation = simulate(tax_benefit_system, nhi_household(municipality, period))
    with pytest.raises(Exception, match="no official value|not found"):
        simulation.calculate("national_health_insurance_premium", period)


def test_calendar_year_period_is_rejected(tax_benefit_system):
    simulation = simulate(tax_benefit_system, nhi_household("yokohama"))
    with pytest.raises(ValueError, match="fiscal year"):
        simulation.calculate("national_health_insurance_premium_medical", "2025")


def test_uncovered_municipality_does_not_block_households_without_members(tax_benefit_system):
    situation = {
        "persons": {
            "a": {"birth_date": {"ETERNITY": "1980-01-10"}, "business_and_other_income": {"2024": 3000000},
                  "is_national_health_insurance_member": {"year:2025-04": True}},
            "b": {"birth_date": {"ETERNITY": "1980-01-10"}, "is_national_health_insurance_member": {"year:2025-04": False}},
        },
        "households": {
            "h1": {"head": ["a"], "municipality": {"year:2025-04": "yokohama"}},
            "h2": {"head": ["b"], "municipality": {"year:2025-04": "tsu"}},
        },
    }
    premiums = simulate(tax_benefit_system, situation).calculate("national_health_insurance_premium", "year:2025-04")
    assert premiums.tolist() == [427282, 0]


def test_vectorised_over_many_households(tax_benefit_system):
    count = 200
    persons = {
        f"p{i}": {"birth_date": {"ETERNITY": "1980-01-10"}, "business_and_other_income": {"2024": 3000000},
                  "is_national_health_insurance_member": {"year:2025-04": True}}
        for i in range(count)
    }
    households = {
        f"h{i}": {"head": [f"p{i}"], "municipality": {"year:2025-04": ("yokohama", "tokyo_special_wards", "yokkaichi")[i % 3]}}
        for i in range(count)
    }
    premiums = simulate(tax_benefit_system, {"persons": persons, "households": households}).calculate(
        "national_health_insurance_premium", "year:2025-04"
    )
    # Yokohama 427,282; wards (FY2025, base 2,570,000, aged 45): 245,447 + 85,933 + 74,425; Yokkaichi computed below.
    wards = np.floor(2570000 * 0.0771 + 47300) + np.floor(2570000 * 0.0269 + 16800) + np.floor(2570000 * 0.0225 + 16600)
    yokkaichi = (np.floor(2570000 * 0.081 + 31700 + 22500) + np.floor(2570000 * 0.034 + 13100 + 9200)
                 + np.floor(2570000 * 0.029 + 13100 + 6800))
    assert premiums[0] == 427282
    assert premiums[1] == wards
    assert premiums[2] == yokkaichi
    assert len(set(premiums[0::3])) == 1


def test_late_stage_union_uncovered_fiscal_year_raises(tax_benefit_system):
    # FY2026 is covered (tests/late_stage_elderly/fy2026.yaml); FY2027 caps and thresholds are not known.
    situation = {
        "persons": {"a": {"birth_date": {"ETERNITY": "1940-01-01"}, "public_pension_income": {"2026": 2000000}}},
        "households": {"h": {"head": ["a"], "municipality": {"year:2027-04": "yokohama"}}},
    }
    with pytest.raises(Exception, match="no official value|not found|last period|not covered"):
        simulate(tax_benefit_system, situation).calculate("late_stage_elderly_premium", "year:2027-04")


def test_nursing_care_premium_without_city_table_raises(tax_benefit_system):
    situation = {
        "persons": {"a": {"birth_date": {"ETERNITY": "1950-01-01"}, "business_and_other_income": {"2024": 2000000}}},
        "households": {"h": {"head": ["a"], "municipality": {"year:2025-04": "tokyo_special_wards"}}},
    }
    simulation = simulate(tax_benefit_system, situation)
    assert simulation.calculate("nursing_care_category_1_grade", "year:2025-04")[0] == 7
    with pytest.raises(ValueError, match=r"no 65\+ nursing-care premium table"):
        simulation.calculate("nursing_care_premium_category_1", "year:2025-04")


def test_disability_mutual_aid_withdrawal_after_5_years_is_not_covered(tax_benefit_system):
    situation = {
        "persons": {"g": {"birth_date": {"ETERNITY": "1980-06-10"},
                          "disability_mutual_aid_unit_1_enrolment_date": {"ETERNITY": "2016-07-01"},
                          "disability_mutual_aid_withdrawal_date": {"ETERNITY": "2025-06-01"}}},
        "households": {"h": {"head": ["g"], "municipality": {"2025-06": "yokohama"}}},
    }
    simulation = simulate(tax_benefit_system, situation)
    with pytest.raises(ValueError, match="not covered"):
        simulation.calculate("disability_mutual_aid_withdrawal_payment", "2025-06")
    assert simulation.calculate("disability_mutual_aid_withdrawal_payment", "2025-05")[0] == 0


def test_nhi_membership_follows_health_insurance_scheme(tax_benefit_system):
    """Integration with `health_insurance_scheme`: employee until September 2025, then NHI (MieCo FAQ Q3 scenario,
    same amounts as tests/national_health_insurance/yokkaichi.yaml: 153,825 yen)."""
    months = [f"2025-{m:02d}" for m in range(4, 13)] + [f"2026-{m:02d}" for m in range(1, 4)]
    employed = {m: m <= "2025-09" for m in months}
    situation = {
        "persons": {"a": {
            "birth_date": {"ETERNITY": "1995-02-01"},
            "annual_employment_income": {"2024": 3600000},
            "employment_status": {m: "employee" if employed[m] else "unemployed" for m in months},
            "monthly_wage": {m: 300000 if employed[m] else 0 for m in months},
            "weekly_working_hours": {m: 40 if employed[m] else 0 for m in months},
        }},
        "employers": {"e": {"employees": ["a"], "health_insurer": {m: "kyokai_kenpo" for m in months}}},
        "households": {"h": {"head": ["a"], "municipality": {"year:2025-04": "yokkaichi"}}},
    }
    simulation = simulate(tax_benefit_system, situation)
    assert simulation.calculate("national_health_insurance_months", "year:2025-04")[0] == 6
    assert simulation.calculate("national_health_insurance_premium", "year:2025-04")[0] == 153825
