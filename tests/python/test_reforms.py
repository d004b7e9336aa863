"""Reforms: each module applies, never leaks into the baseline or another simulation; `--set`."""

import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.analysis.microsimulation import (
    ParameterAssignment,
    ReformSpec,
    available_reforms,
    build_system,
    resolve_reform,
)

CAP = "health_insurance.dependants.income_limit.general"


def _value(system, path, instant="2025-06-01"):
    node = system.parameters(instant)
    for key in path.split("."):
        node = node[key]
    return node


def test_every_reform_module_applies(tax_benefit_system):
    names = available_reforms()
    assert {"dependant_income_cap", "short_time_wage_requirement", "kyokai_kenpo_rate", "copay_70_74", "older_worker_benefit_15"} <= set(names)
    for name in names:
        reformed = resolve_reform(name)(tax_benefit_system)
        assert reformed.parameters is not tax_benefit_system.parameters


def test_reform_values(tax_benefit_system):
    assert _value(resolve_reform("dependant_income_cap")(tax_benefit_system), CAP) == 1_600_000
    assert _value(resolve_reform("short_time_wage_requirement")(tax_benefit_system), "employee_insurance_coverage.short_time_workers.minimum_monthly_wage") == 0
    kyokai = resolve_reform("kyokai_kenpo_rate")(tax_benefit_system)
    assert _value(kyokai, "health_insurance.premiums.kyokai_kenpo.rate.osaka") == 0.1
    assert _value(kyokai, "health_insurance.premiums.kyokai_kenpo.rate.saga") == 0.1
    assert _value(resolve_reform("copay_70_74")(tax_benefit_system), "health_insurance.copayment.rates.age_70_to_74") == 0.1
    older = resolve_reform("older_worker_benefit_15")(tax_benefit_system)
    assert _value(older, "employment_insurance.benefits.older_worker.schedule.reached_60_from_2025_04.max_rate") == 0.15


def test_reform_never_leaks(tax_benefit_system):
    before = _value(tax_benefit_system, CAP)
    reformed = resolve_reform("dependant_income_cap")(tax_benefit_system)
    other = build_system(ReformSpec.from_cli(assignments=[f"{CAP}=1450000@2025-04"]))
    assert _value(reformed, CAP) == 1_600_000
    assert _value(other, CAP) == 1_450_000
    assert _value(tax_benefit_system, CAP) == before == 1_300_000
    assert _value(build_system(ReformSpec()), CAP) == 1_300_000
    situation = {
        "persons": {
            "a": {"birth_date": {"ETERNITY": "1985-06-15"}, "monthly_wage": {"2025-06": 400000}, "age": {"2025-06": 40},
                  "annual_income": {"2025": 5000000}},
            "b": {"birth_date": {"ETERNITY": "1987-06-15"}, "age": {"2025-06": 38}, "employment_status": {"2025-06": "homemaker"},
                  "annual_income": {"2025": 1400000}},
        },
        "households": {"h": {"head": ["a"], "spouse": ["b"]}},
        "employers": {"e": {"employees": ["a"], "health_insurer": {"2025-06": "kyokai_kenpo"}, "employer_prefecture": {"2025-06": "tokyo"},
                            "employee_count": {"2025-06": 10}}},
    }
    reform_simulation = SimulationBuilder().build_from_entities(reformed, situation)
    baseline_simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    assert list(reform_simulation.calculate("is_health_insurance_dependant", "2025-06")) == [False, True]
    assert list(baseline_simulation.calculate("is_health_insurance_dependant", "2025-06")) == [False, False]
    # and again the reform, after the baseline ran: no shared cache
    again = SimulationBuilder().build_from_entities(reformed, situation)
    assert list(again.calculate("is_health_insurance_dependant", "2025-06")) == [False, True]


def test_build_reform_overrides(tax_benefit_system):
    from openfisca_japan.reforms import dependant_income_cap, kyokai_kenpo_rate

    custom = dependant_income_cap.build_reform({CAP: 1_500_000})(tax_benefit_system)
    assert _value(custom, CAP) == 1_500_000
    tokyo_only = kyokai_kenpo_rate.build_reform(rate=0.095, prefectures=["tokyo"])(tax_benefit_system)
    assert _value(tokyo_only, "health_insurance.premiums.kyokai_kenpo.rate.tokyo") == 0.095
    assert _value(tokyo_only, "health_insurance.premiums.kyokai_kenpo.rate.osaka") == _value(tax_benefit_system, "health_insurance.premiums.kyokai_kenpo.rate.osaka")


def test_parameter_assignment_parsing():
    a = ParameterAssignment.parse("health_insurance.dependants.income_limit.general=1600000@2025-04")
    assert (a.path, a.value, a.start, a.stop) == (CAP, 1600000, "2025-04-01", None)
    b = ParameterAssignment.parse("a.b=0.1@2025-04-01:2026-03")
    assert (b.value, b.start, b.stop) == (0.1, "2025-04-01", "2026-03-31")
    assert ParameterAssignment.parse("a.b=3").start is None
    for bad in ("no_equals", "a.b=abc@2025-04", "a.b=1@notadate"):
        with pytest.raises(ValueError):
            ParameterAssignment.parse(bad)


def test_set_with_stop_date_and_errors(tax_benefit_system):
    limited = build_system(ReformSpec.from_cli(assignments=[f"{CAP}=1700000@2025-04:2025-09"]))
    assert _value(limited, CAP, "2025-06-01") == 1_700_000
    assert _value(limited, CAP, "2025-10-01") == 1_300_000
    with pytest.raises(ValueError, match="does not exist"):
        build_system(ReformSpec.from_cli(assignments=["health_insurance.nothing_here=1@2025-04"]))
    with pytest.raises(ValueError, match="not a leaf"):
        build_system(ReformSpec.from_cli(assignments=["health_insurance.dependants=1@2025-04"]))
    with pytest.raises(ValueError, match="Unknown reform"):
        resolve_reform("no_such_reform")
