"""The `openfisca-japan payslip` subcommand and the premium helpers."""

import numpy as np
import pytest

from openfisca_japan import SimulationBuilder, cli
from openfisca_japan.law.rounding import premium_employee_share, premium_total, to_pcm


def test_payslip_examples(capsys):
    # exit code 2: the MEXT mutual aid example lacks the association's rates, an input (its lines are not computed)
    assert cli.main(["payslip", "--examples"]) == 2
    out = capsys.readouterr().out
    # Mie, 40 years old, 300,000 yen, April 2026: Kyokai Kenpo FY2026 9.77% + 1.62% = 11.39% → 34,170 / 2 = 17,085
    # (health 300,000 × 4.885% = 14,655; care 2,430); levy 300,000 × 0.115% = 345; pension 27,450;
    # employment insurance FY2026 5/1000 = 1,500. Total 46,380.
    assert "hanako" in out and "14,655" in out and "2,430" in out and "46,380" in out
    assert "taro" in out and "researcher" in out
    assert "NOT COMPUTED" in out and "mutual_aid_short_term_rate" in out  # MEXT mutual aid rates are inputs


def test_payslip_file_and_period(tmp_path, capsys):
    situation = tmp_path / "s.json"
    situation.write_text(
        '{"persons": {"a": {"monthly_wage": {"2024-06": 58000}, "age": {"2024-06": 30}}},'
        ' "employers": {"e": {"employees": ["a"], "health_insurer": {"2024-06": "kyokai_kenpo"},'
        ' "employer_prefecture": {"2024-06": "tokyo"}}}}'
    )
    assert cli.main(["payslip", str(situation)]) == 0
    out = capsys.readouterr().out
    # Kyokai Kenpo FY2024 Tokyo 9.98%: 58,000 × 4.99% = 2,894.2 → 2,894
    assert "2,894" in out


def test_rounding_helpers():
    # 50-sen rule: 2,856.5 → 2,856 ; 2,856.6 → 2,857
    assert premium_employee_share(58000, 0, 4925) == 2856
    assert premium_employee_share(58000, 0, to_pcm(0.0985 / 2)) == 2856
    assert premium_employee_share(58120, 0, 4925) == 2862  # 2,862.41
    assert premium_total(58000, 0, 9910) == 5747  # 5,747.8 truncated
    assert to_pcm(np.float32(0.0912)) == 9120


def test_mutual_aid_without_rate_raises(tax_benefit_system):
    situation = {
        "persons": {"a": {"birth_date": {"ETERNITY": "1985-01-01"}, "monthly_wage": {"2025-06": 300000}}},
        "employers": {"e": {"employees": ["a"], "health_insurer": {"2025-06": "mutual_aid_association"}}},
    }
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    with pytest.raises(ValueError, match="mutual_aid_short_term_rate"):
        simulation.calculate("health_insurance_premium", "2025-06")


def test_vectorised_population_speed(tax_benefit_system):
    """200,000 persons' pay-slip premiums: a smoke check of vectorisation (the 1 M benchmark is in bench/)."""
    import time

    n = 200_000
    rng = np.random.default_rng(0)
    simulation = SimulationBuilder().build_default_simulation(tax_benefit_system, count=n)
    simulation.set_input("monthly_wage", "2026-04", rng.integers(50_000, 1_500_000, n).astype(float))
    ages = rng.integers(18, 80, n)
    simulation.set_input("age", "2026-04", ages)
    # the birth dates that give those ages (the 15th of April, `age` years before): needed at 75 (the 75th birthday)
    simulation.set_input("birth_date", "ETERNITY", np.array([f"{2026 - age}-04-15" for age in ages], dtype="datetime64[D]"))
    simulation.set_input("employer_prefecture", "2026-04", rng.integers(0, 47, n))
    simulation.set_input("health_insurer", "2026-04", np.zeros(n, dtype=np.int16))  # kyokai_kenpo
    start = time.perf_counter()
    employee = simulation.calculate("social_insurance_premiums_employee", "2026-04")
    elapsed = time.perf_counter() - start
    assert employee.shape == (n,) and (employee > 0).any()
    assert elapsed < 10
