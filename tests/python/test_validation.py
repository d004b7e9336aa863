"""Input validation at the model's edge (openfisca_japan.edge): situations, the web API, person tables."""

import math

import numpy as np
import pandas as pd
import pytest
from openfisca_core.errors import SituationParsingError

import openfisca_japan
from openfisca_japan import SimulationBuilder
from openfisca_japan.edge.errors import InputValidationError
from openfisca_japan.edge.periods import validate_period
from openfisca_japan.edge.situations import check_situation
from openfisca_japan.edge.tables import validate_input_table
from openfisca_japan.law.coverage import SUPPORTED_PERIOD_END, NotCoveredError


def build(system, situation):
    return SimulationBuilder().build_from_entities(system, situation)


# --- situations (SimulationBuilder / openfisca test) -------------------------------------------------------


def test_supported_period_is_exported():
    assert openfisca_japan.SUPPORTED_PERIOD_END == SUPPORTED_PERIOD_END
    assert str(SUPPORTED_PERIOD_END) == "2027-03-31"  # end of FY2026


def test_impossible_age_fails_clearly(tax_benefit_system):
    with pytest.raises(InputValidationError) as caught:
        build(tax_benefit_system, {"persons": {"alice": {"age": {"2025-04": 151}}}})
    message = str(caught.value)
    assert "age" in message and "'alice'" in message and "0 to 150" in message
    assert isinstance(caught.value, SituationParsingError)  # the web API answers 400 for these


def test_negative_wage_fails_clearly(tax_benefit_system):
    with pytest.raises(InputValidationError) as caught:
        build(tax_benefit_system, {"persons": {"bob": {"monthly_wage": {"2025-04": -300000}}}})
    message = str(caught.value)
    assert "monthly_wage" in message and "'bob'" in message and "negative" in message
    assert "2025-04" in message


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, "nan", "inf"])
def test_nan_and_infinity_are_refused(tax_benefit_system, value):
    with pytest.raises(InputValidationError):
        build(tax_benefit_system, {"persons": {"p": {"monthly_wage": {"2025-04": value}}}})


def test_all_bad_entries_of_an_array_are_listed_at_once(tax_benefit_system):
    # Short form (openfisca test `input:` without entities): values for several persons at once
    with pytest.raises(InputValidationError) as caught:
        SimulationBuilder().build_from_dict(tax_benefit_system, {"monthly_wage": {"2025-04": [300000, -1, math.nan, 5]}})
    problems = caught.value.problems
    assert [p.id for p in problems] == [1, 2]
    assert {p.variable for p in problems} == {"monthly_wage"}


def test_simulation_set_input_is_guarded(tax_benefit_system):
    simulation = build(tax_benefit_system, {"persons": {"a": {}, "b": {}}})
    with pytest.raises(InputValidationError) as caught:
        simulation.set_input("age", "2025-04", np.array([30, -2]))
    assert caught.value.problems[0].id == "b"


def test_good_situation_still_computes(tax_benefit_system):
    simulation = build(tax_benefit_system, {"persons": {"a": {"birth_date": {"ETERNITY": "1985-04-01"}, "monthly_wage": {"2025-04": 300000}}}})
    assert simulation.calculate("age", "2025-03")[0] == 40


def test_unknown_enum_value_names_variable_and_allowed_values(tax_benefit_system):
    situation = {"persons": {"a": {}}, "employers": {"e": {"employees": ["a"], "employer_prefecture": {"2025-04": "atlantis"}}}}
    with pytest.raises(SituationParsingError) as caught:
        build(tax_benefit_system, situation)
    message = str(caught.value)
    assert "employer_prefecture" in message and "atlantis" in message and "tokyo" in message


def test_unknown_enum_index_is_refused(tax_benefit_system):
    simulation = build(tax_benefit_system, {"persons": {"a": {}}})
    with pytest.raises(InputValidationError) as caught:
        simulation.set_input("employer_prefecture", "2025-04", np.array([99]))
    assert "out of range" in str(caught.value) and "okinawa" in str(caught.value)


def test_person_in_two_households_is_refused(tax_benefit_system):
    situation = {"persons": {"a": {}}, "households": {"h1": {"head": ["a"]}, "h2": {"head": ["a"]}}}
    with pytest.raises(SituationParsingError) as caught:
        build(tax_benefit_system, situation)
    assert "'a'" in str(caught.value) or "a has been declared" in str(caught.value)
    with pytest.raises(InputValidationError) as caught:
        check_situation(tax_benefit_system, situation)
    assert "person 'a' is a member of 2 households" in str(caught.value)


def test_parameters_outside_their_window_are_refused(tax_benefit_system):
    """The coverage contract: a leaf read after its last_value_still_valid_on (or before its first value)
    raises one error naming the parameter, the date and the window; leaves still covered are read."""
    later = tax_benefit_system.get_parameters_at_instant("2027-04-01")
    with pytest.raises(NotCoveredError) as caught:
        later.employees_pension.premiums.rate  # noqa: B018
    message = str(caught.value)
    assert "employees_pension.premiums.rate" in message and "2027-04-01" in message and "2027-03-31" in message
    assert tax_benefit_system.get_parameters_at_instant("2027-03-01").employees_pension.premiums.rate == 0.183


@pytest.mark.parametrize(
    ("period", "ok"),
    [("2024-04", True), ("2027-03", True), ("year:2026-04", True), ("2019-04", True), ("2030-01", True), ("2025-13", False)],
)
def test_validate_period_checks_only_the_form(period, ok):
    """Whether a period is covered is decided by the parameters read (see test_coverage.py)."""
    assert (validate_period(period) == []) is ok


def test_requested_period_must_match_the_variable(tax_benefit_system):
    problems = validate_period("2025", tax_benefit_system.variables["monthly_wage"])
    assert problems and "monthly variable" in problems[0].message


def test_born_after_every_requested_period(tax_benefit_system):
    situation = {"persons": {"baby": {"birth_date": {"ETERNITY": "2026-05-01"}, "age": {"2025-04": None}}}}
    with pytest.raises(InputValidationError) as caught:
        check_situation(tax_benefit_system, situation)
    assert "born on 2026-05-01" in str(caught.value)


# --- web API ---------------------------------------------------------------------------------------------


def test_web_api_answers_400_listing_every_problem(web_client):
    situation = {
        "persons": {
            "alice": {"age": {"2025-04": 200}, "monthly_wage": {"2025-04": -1, "2025-05": None}},
            "bob": {"employment_status": {"2025-04": "astronaut"}},
        },
        "households": {"h1": {"head": ["alice"]}, "h2": {"head": ["alice"], "child": ["bob"]}},
    }
    response = web_client.post("/calculate", json=situation)
    assert response.status_code == 400, response.get_data(as_text=True)
    error = response.get_json()
    assert "0 to 150" in error["persons"]["alice"]["age"]["2025-04"]
    assert "negative" in error["persons"]["alice"]["monthly_wage"]["2025-04"]
    assert "student" in error["persons"]["bob"]["employment_status"]["2025-04"]
    assert "2 households" in error["households"]["h2"]["head"]


@pytest.mark.parametrize(
    "body",
    [
        '{"persons": {"a": {"monthly_wage": {"2025-04": NaN}}}}',
        '{"persons": {"a": {"monthly_wage": {"2025-04": Infinity}}}}',
        '{"persons": {"a": {"monthly_wage": {"2025-04": [1, 2]}}}}',
        '{"persons": {"a": {"national_pension_premium": {"2027-04": null}}}}',
        '{"persons": {"a": {"national_pension_premium": {"2018-04": null}}}}',
        '{"persons": {"a": {"monthly_wage": {"2025": null}}}}',
        '{"persons": {"a": {"age": {"2025-04": 1e30}}}}',
        '{"persons": {"a": {"birth_date": {"ETERNITY": "1700-01-01"}}}}',
        "[1, 2]",
    ],
)
def test_web_api_bad_input_is_400_never_500(web_client, body):
    response = web_client.post("/calculate", data=body, content_type="application/json")
    assert response.status_code == 400, response.get_data(as_text=True)
    assert response.get_json()


def test_web_api_trace_is_guarded_too(web_client):
    response = web_client.post("/trace", json={"persons": {"a": {"age": {"2025-04": -1}}}})
    assert response.status_code == 400


# --- person tables (microsimulation loader, CLI) --------------------------------------------------------


def good_table():
    return pd.DataFrame(
        {
            "person_id": ["p1", "p2", "p3", "p4"],
            "household_id": ["h1", "h1", "h2", "h3"],
            "household_role": ["head", "spouse", "head", "head"],
            "employer_id": ["e1", None, "e1", "e2"],
            "birth_date": ["1985-04-01", "1987-01-01", "1990-06-15", "1960-01-01"],
            "monthly_wage": [300000.0, 0.0, 250000.0, 410000.0],
            "employer_prefecture": ["tokyo", None, "tokyo", "mie"],
            "health_insurer": ["kyokai_kenpo", None, "kyokai_kenpo", "kyokai_kenpo"],
        }
    )


def test_good_table_passes(tax_benefit_system):
    validate_input_table(good_table(), tax_benefit_system)
    validate_input_table(good_table(), tax_benefit_system, period="2025-04")


def test_bad_table_lists_all_bad_rows_at_once(tax_benefit_system):
    table = good_table()
    table.loc[0, "monthly_wage"] = -5
    table.loc[2, "monthly_wage"] = np.inf
    table.loc[3, "employer_prefecture"] = "atlantis"
    table["age"] = [40, 151, 35, -1]
    with pytest.raises(InputValidationError) as caught:
        validate_input_table(table, tax_benefit_system)
    error = caught.value
    by_column = {(p.variable, p.id) for p in error.problems}
    assert by_column == {("monthly_wage", "p1"), ("monthly_wage", "p3"), ("employer_prefecture", "p4"), ("age", "p2"), ("age", "p4")}
    assert error.rows == [0, 1, 2, 3]
    message = str(error)
    assert "row 3" in message and "okinawa" in message and "0 to 150" in message


def test_table_person_in_two_households(tax_benefit_system):
    table = good_table()
    table.loc[3, "person_id"] = "p1"
    with pytest.raises(InputValidationError) as caught:
        validate_input_table(table, tax_benefit_system)
    assert "households ['h1', 'h3']" in str(caught.value)
    assert caught.value.rows == [0, 3]


def test_table_nan_and_bad_period(tax_benefit_system):
    table = good_table()
    table.loc[1, "monthly_wage"] = np.nan
    with pytest.raises(InputValidationError) as caught:
        validate_input_table(table, tax_benefit_system, period="2025-01")
    message = str(caught.value)
    assert "missing value (NaN)" in message and "p2" in message
    validate_input_table(table, tax_benefit_system, allow_missing=True)


def test_table_household_variable_must_agree_within_household(tax_benefit_system):
    table = good_table()
    table["prefecture"] = ["tokyo", "osaka", "mie", "mie"]
    with pytest.raises(InputValidationError) as caught:
        validate_input_table(table, tax_benefit_system)
    assert "differs within household_id 'h1'" in str(caught.value)


def test_table_unknown_column_and_role(tax_benefit_system):
    table = good_table()
    table["monthy_wage"] = 1
    table.loc[1, "household_role"] = "butler"
    with pytest.raises(InputValidationError) as caught:
        validate_input_table(table, tax_benefit_system)
    message = str(caught.value)
    assert "'monthy_wage' is not a variable" in message and "butler" in message


def test_large_table_is_validated_quickly(tax_benefit_system):
    n = 200_000
    rng = np.random.default_rng(0)
    table = pd.DataFrame(
        {
            "person_id": np.arange(n),
            "household_id": np.arange(n) // 2,
            "monthly_wage": rng.integers(0, 1_000_000, n).astype(float),
            "age": rng.integers(0, 100, n),
        }
    )
    validate_input_table(table, tax_benefit_system)
    table.loc[[7, 99_999], "age"] = 300
    with pytest.raises(InputValidationError) as caught:
        validate_input_table(table, tax_benefit_system)
    assert caught.value.rows == [7, 99_999]


def test_person_without_employer_gets_employer_defaults(tax_benefit_system):
    """openfisca-core 46 tiled the declared employer's inputs onto persons without employer (silently
    wrong premiums) or crashed; openfisca_japan.SimulationBuilder corrects it."""
    month = "2025-06"
    employer = {"health_insurer": {month: "kyokai_kenpo"}, "employer_prefecture": {month: "mie"}}
    one = {
        "persons": {p: {"monthly_wage": {month: 300000}} for p in ("a", "b", "c")},
        "employers": {"e": {"employees": ["a"], **employer}},
    }
    simulation = build(tax_benefit_system, one)
    insurers = dict(zip(simulation.populations["employer"].ids, simulation.calculate("health_insurer", month).decode_to_str(), strict=True))
    assert insurers == {"e": "kyokai_kenpo", "b": "none", "c": "none"}
    two = {
        "persons": {p: {"monthly_wage": {month: 300000}} for p in ("a", "b", "c")},
        "employers": {"e": {"employees": ["a"], **employer}, "f": {"employees": ["b"], **employer}},
    }
    simulation = build(tax_benefit_system, two)
    assert list(simulation.calculate("health_insurer", month).decode_to_str()) == ["kyokai_kenpo", "kyokai_kenpo", "none"]


# --- the command line (openfisca-japan microsim / payslip) ------------------------------------------------


def run_cli(*args):
    import subprocess
    import sys
    from pathlib import Path

    executable = Path(sys.executable).with_name("openfisca-japan")
    return subprocess.run([str(executable), *args], capture_output=True, text=True, timeout=120)


def test_cli_microsim_refuses_a_bad_table_listing_every_row(tmp_path):
    table = tmp_path / "persons.csv"
    table.write_text("person_id,household_id,monthly_wage,age\np1,h1,-300000,40\np2,h2,250000,151\np3,h3,200000,30\n")
    result = run_cli("microsim", str(table), "--period", "2025-04", "--no-progress", "-o", str(tmp_path / "out.csv"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "person_id 'p1'" in result.stderr and "negative amount" in result.stderr
    assert "person_id 'p2'" in result.stderr and "0 to 150" in result.stderr
    assert not (tmp_path / "out.csv").exists()


def test_cli_payslip_refuses_impossible_age_and_negative_wage(tmp_path):
    import json

    situation = {
        "persons": {"alice": {"age": {"2025-04": 151}, "monthly_wage": {"2025-04": -300000}}},
        "employers": {"e": {"employees": ["alice"], "health_insurer": {"2025-04": "kyokai_kenpo"}}},
    }
    path = tmp_path / "alice.json"
    path.write_text(json.dumps(situation))
    result = run_cli("payslip", str(path), "--period", "2025-04")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "'alice'" in result.stderr and "age" in result.stderr and "monthly_wage" in result.stderr


def test_reforms_validate_inputs_and_refuse_unpublished_periods_like_the_baseline(tax_benefit_system):
    from openfisca_japan import SimulationBuilder
    from openfisca_japan.analysis.microsimulation.systems import parameter_setting_reform
    from openfisca_japan.reforms import dependant_income_cap, kyokai_kenpo_rate

    reforms = [
        dependant_income_cap.reform,
        kyokai_kenpo_rate.reform,
        parameter_setting_reform([]),
    ]
    for reform in reforms:
        system = reform(tax_benefit_system)
        with pytest.raises(InputValidationError, match="monthly_wage"):
            SimulationBuilder().build_from_entities(system, {"persons": {"a": {"monthly_wage": {"2025-06": -1}}}})
        simulation = SimulationBuilder().build_from_entities(system, {"persons": {"a": {"monthly_wage": {"2027-06": 300000}}}})
        with pytest.raises(NotCoveredError):
            simulation.calculate("employees_pension_premium", "2027-06")
