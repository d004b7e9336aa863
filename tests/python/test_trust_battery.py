"""A battery of bad inputs across the four entry points (Python API, CLI, bulk tables, web API): each is
refused clearly (the right error class, exit code or HTTP status, and a message naming what is wrong), or
computed exactly. Issue "No silent wrong number" (docs/reliability.md lists the classes)."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.cli import main
from openfisca_japan.edge.errors import InputValidationError
from openfisca_japan.law.coverage import NotCoveredError, ParameterNotCoveredError
from openfisca_japan.law.reform_checks import ReformInputError

MONTH = "2025-06"


def employee(wage=300_000, born="1985-04-01", month=MONTH, **extra):
    person = {"birth_date": {"ETERNITY": born}, "employment_status": {month: "employee"}, "monthly_wage": {month: wage}}
    person.update(extra)
    return person


def company(*members, month=MONTH, insurer="kyokai_kenpo", prefecture="tokyo", **extra):
    employer = {"employees": list(members), "health_insurer": {month: insurer}, "employer_prefecture": {month: prefecture},
                "employee_count": {month: 100}}  # fmt: skip
    employer.update(extra)
    return employer


def situation(persons, employers=None, households=None):
    result = {"persons": persons}
    if employers is not None:
        result["employers"] = employers
    if households is not None:
        result["households"] = households
    return result


def build(system, data):
    return SimulationBuilder().build_from_entities(system, data)


# --- 1. Python API: situations ---------------------------------------------------------------------------------

PYTHON_REFUSALS = [
    ("negative wage", situation({"a": employee(-1)}), InputValidationError, "negative"),
    ("NaN wage", situation({"a": employee(float("nan"))}), InputValidationError, "NaN"),
    ("infinite bonus", situation({"a": employee(bonus={MONTH: float("inf")})}), InputValidationError, "infinite"),
    ("age 151", situation({"a": {"age": {MONTH: 151}}}), InputValidationError, "above the maximum 150"),
    ("birth in 1700", situation({"a": employee(born="1700-01-01")}), InputValidationError, "birth_date"),
    ("unknown enum with suggestion", situation({"a": employee()}, {"e": company("a", prefecture="tokio")}), InputValidationError, "did you mean tokyo"),
    ("unknown variable with suggestion", situation({"a": employee(monthly_wages={MONTH: 1})}), InputValidationError, "did you mean monthly_wage"),
    ("person in two employers", situation({"a": employee()}, {"e": company("a"), "f": company("a")}), InputValidationError, "member of 2 employers"),
    ("household without head", situation({"a": employee(), "b": employee()}, {"e": company("a", "b")}, {"h": {"spouse": ["a"], "children": ["b"]}}),
     InputValidationError, "without a head"),  # fmt: skip
    ("list as a value", situation({"a": employee([1, 2])}), InputValidationError, "single value"),
    ("empty id", situation({"": employee()}), InputValidationError, "invalid key"),
    ("id with slash", situation({"a/b": employee()}), InputValidationError, "invalid key"),
    ("weekly hours 200", situation({"a": employee(weekly_working_hours={MONTH: 200})}), InputValidationError, "168"),
    ("society rate above 1", situation({"a": employee()}, {"e": company("a", insurer="health_insurance_society", health_insurance_society_rate={MONTH: 9.2})}),
     InputValidationError, "health_insurance_society_rate"),  # fmt: skip
    ("enum index out of range", situation({"a": employee()}, {"e": company("a", prefecture=99)}), InputValidationError, "out of range"),
]


@pytest.mark.parametrize(("case", "data", "error", "fragment"), PYTHON_REFUSALS, ids=[c[0] for c in PYTHON_REFUSALS])
def test_python_api_refuses(tax_benefit_system, case, data, error, fragment):
    with pytest.raises(error) as caught:
        build(tax_benefit_system, data)
    assert fragment in str(caught.value), str(caught.value)


COVERAGE_REFUSALS = [
    # (case, situation, variable, period, the parameter or variable named)
    ("Kyokai rate before March 2019", situation({"a": employee(month="2019-02")}, {"e": company("a", month="2019-02")}),
     "health_insurance_premium", "2019-02", "kyokai_kenpo.rate.tokyo"),  # fmt: skip
    ("Kyokai rate of March 2027 not published", situation({"a": employee(month="2027-03")}, {"e": company("a", month="2027-03")}),
     "health_insurance_premium", "2027-03", "kyokai_kenpo.rate.tokyo"),  # fmt: skip
    ("pension rate after FY2026", situation({"a": employee(month="2027-04")}, {"e": company("a", month="2027-04")}),
     "employees_pension_premium", "2027-04", "employees_pension"),  # fmt: skip
    ("national pension premium FY2027", situation({"a": {"birth_date": {"ETERNITY": "1990-01-01"}}}), "national_pension_premium", "2027-04",
     "national_pension."),  # fmt: skip
    ("employment insurance before FY2019", situation({"a": employee(month="2018-06")}, {"e": company("a", month="2018-06")}),
     "employment_insurance_premium", "2018-06", "employment_insurance"),  # fmt: skip
]


@pytest.mark.parametrize(("case", "data", "variable", "period", "named"), COVERAGE_REFUSALS, ids=[c[0] for c in COVERAGE_REFUSALS])
def test_python_api_refuses_what_is_not_covered(tax_benefit_system, case, data, variable, period, named):
    simulation = build(tax_benefit_system, data)
    with pytest.raises(NotCoveredError) as caught:
        simulation.calculate(variable, period)
    message = str(caught.value)
    assert named in message, message
    if isinstance(caught.value, ParameterNotCoveredError):
        assert "covered:" in message and "while computing" in message


def test_a_formula_that_starts_on_a_date_refuses_earlier_periods(tax_benefit_system):
    """openfisca would return the default before the first formula; the model refuses, except for a rule the
    law created on that date (CREATED_BY_LAW: 0 before it is the law)."""
    from openfisca_core.model_api import MONTH, Variable

    from openfisca_japan.entities import Person
    from openfisca_japan.law.model import CountryReform

    class rule_since_2030(Variable):
        value_type = float
        entity = Person
        definition_period = MONTH
        label = "A rule whose formula starts in 2030 (test)"

        def formula_2030_01(person, period):
            return person.filled_array(1.0)

    class with_rule(CountryReform):
        def apply(self):
            self.add_variable(rule_since_2030)

    simulation = build(with_rule(tax_benefit_system), situation({"a": {"birth_date": {"ETERNITY": "1990-01-01"}}}))
    with pytest.raises(NotCoveredError, match="rule_since_2030 has no rule before 2030-01-01"):
        simulation.calculate("rule_since_2030", "2029-12")
    assert simulation.calculate("rule_since_2030", "2030-01")[0] == 1
    created = build(tax_benefit_system, situation({"a": {"birth_date": {"ETERNITY": "1990-01-01"}}}))
    assert created.calculate("post_birth_leave_support_benefit", "2025-03")[0] == 0  # created on 2025-04-01


def test_covered_periods_before_fy2024_compute_the_law_of_that_time(tax_benefit_system):
    """The coverage follows the data: March 2024 premiums are due at the FY2024 Kyokai rate (Tokyo 9.98 %,
    from the March 2024 premium): 300,000 × 9.98 % = 29,940; June 2023 employees' pension: 300,000 ×
    18.3 % = 54,900 (rate unchanged since September 2017, 32 grades since September 2020)."""
    data = situation({"a": employee(month="2024-03")}, {"e": company("a", month="2024-03")})
    assert build(tax_benefit_system, data).calculate("health_insurance_premium", "2024-03")[0] == 29_940
    data = situation({"a": employee(month="2023-06")}, {"e": company("a", month="2023-06")})
    assert build(tax_benefit_system, data).calculate("employees_pension_premium", "2023-06")[0] == 54_900


def test_not_covered_is_a_situation_parsing_error_with_http_400(tax_benefit_system):
    data = situation({"a": employee(month="2027-04")}, {"e": company("a", month="2027-04")})
    with pytest.raises(NotCoveredError) as caught:
        build(tax_benefit_system, data).calculate("employees_pension_premium", "2027-04")
    assert caught.value.code == 400 and "error" in caught.value.error


# --- 2. Exact yen -----------------------------------------------------------------------------------------------


def test_bonus_above_float32_range_is_exact(tax_benefit_system):
    """A bonus of 17,477,727 (float32 stored 17,477,728): worker's employment insurance share at 5.5/1000
    (FY2025, general): 17,477,727 × 0.0055 = 96,127.4985 → 96,127; wage 300,000 × 0.0055 = 1,650; 97,777."""
    data = situation({"a": employee(bonus={MONTH: 17_477_727})}, {"e": company("a")})
    simulation = build(tax_benefit_system, data)
    assert simulation.calculate("bonus", MONTH)[0] == 17_477_727
    assert simulation.calculate("employment_insurance_premium_employee", MONTH)[0] == 97_777


def test_employment_income_above_float32_range_is_exact(tax_benefit_system):
    """Salary 20,000,001 in 2025: deduction capped at 1,950,000 → employment income 18,050,001."""
    data = situation({"a": {"birth_date": {"ETERNITY": "1980-01-01"}, "annual_employment_income": {"2025": 20_000_001}}})
    assert build(tax_benefit_system, data).calculate("employment_income", "2025")[0] == 18_050_001


@pytest.mark.parametrize("amount", [16_777_217, 123_456_789, 9_999_999_999, 10_000_000_000])
def test_amounts_up_to_ten_billion_are_stored_exactly(tax_benefit_system, amount):
    data = situation({"a": {"birth_date": {"ETERNITY": "1980-01-01"}, "annual_income": {"2025": amount}}})
    simulation = build(tax_benefit_system, data)
    assert simulation.calculate("annual_income", "2025")[0] == amount
    assert simulation.calculate("annual_income", "2025").dtype == np.float64


# --- 3. Reforms ----------------------------------------------------------------------------------------------------

REFORM_REFUSALS = [
    ("negative rate", "employees_pension.premiums.rate=-0.05@2025-04", "outside the range"),
    ("rate of 5", "employees_pension.premiums.rate=5", "outside the range"),
    ("NaN rate", "employees_pension.premiums.rate=.nan", "not a finite number"),
    ("infinite cap", "employees_pension.premiums.monthly_bonus_cap=.inf", "not a finite number"),
    ("negative cap", "employees_pension.premiums.monthly_bonus_cap=-1", "outside the range"),
    ("date after coverage", "employees_pension.premiums.rate=0.2@2030-04", "after the last date"),
    ("unknown path", "employees_pension.premiums.ratez=0.2", "did you mean rate"),
    ("a node, not a leaf", "employees_pension.premiums=0.2", "not a leaf"),
    ("text value", "employees_pension.premiums.rate=abc", "not a number"),
    ("no value", "employees_pension.premiums.rate=", "no value"),
    ("unreadable", "employees_pension premiums rate", "Cannot read"),
    ("boolean for a number", "employees_pension.premiums.rate=true", "not a number"),
]


@pytest.mark.parametrize(("case", "assignment", "fragment"), REFORM_REFUSALS, ids=[c[0] for c in REFORM_REFUSALS])
def test_set_refuses_bad_values(case, assignment, fragment):
    from openfisca_japan.analysis.microsimulation.systems import ReformSpec, build_system

    with pytest.raises(ReformInputError) as caught:
        build_system(ReformSpec.from_cli([], [assignment]))
    assert fragment in str(caught.value), str(caught.value)


def test_unknown_reform_module_suggests():
    from openfisca_japan.analysis.microsimulation.systems import resolve_reform

    with pytest.raises(ReformInputError, match="did you mean dependant_income_cap"):
        resolve_reform("dependant_income_capp")


def test_linked_parameters_move_together_and_the_summary_lists_them():
    """The category-3 income test follows the health-insurance dependant criteria (国民年金法施行令 第4条)."""
    from openfisca_japan.analysis.microsimulation.systems import ReformSpec, baseline_system, build_system
    from openfisca_japan.law.reform_checks import describe_changes

    reform = build_system(ReformSpec.from_cli([], ["health_insurance.dependants.income_limit.general=1600000@2025-04"]))
    at = reform.get_parameters_at_instant("2025-06-01")
    assert at.national_pension.coverage.category_3_income_limit == 1_600_000
    lines = describe_changes(baseline_system().parameters, reform.parameters)
    assert any(line.startswith("health_insurance.dependants.income_limit.general") for line in lines)
    assert any(line.startswith("national_pension.coverage.category_3_income_limit") for line in lines)


def test_reform_module_values_are_checked(tax_benefit_system):
    from openfisca_japan.reforms.dependant_income_cap import build_reform

    with pytest.raises(ReformInputError, match="outside the range"):
        build_reform({"health_insurance.dependants.income_limit.general": -5})(tax_benefit_system)


def test_reforms_keep_the_coverage_contract(tax_benefit_system):
    """A reform's parameters are a copy of the baseline's: the same windows, also for a plain openfisca Reform."""
    from openfisca_core.reforms import Reform

    class plain(Reform):
        def apply(self):
            pass

    for system in (plain(tax_benefit_system),):
        with pytest.raises(NotCoveredError, match="employees_pension.premiums.rate"):
            system.get_parameters_at_instant("2027-04-01").employees_pension.premiums.rate  # noqa: B018


# --- 4. Bulk tables ------------------------------------------------------------------------------------------------


def table(**changes):
    frame = pd.DataFrame(
        {
            "person_id": ["p1", "p2", "p3"],
            "household_id": ["h1", "h1", "h2"],
            "household_role": ["head", "spouse", "head"],
            "employer_id": ["e1", None, "e2"],
            "weight": [1.0, 1.0, 2.0],
            "birth_date": ["1985-04-01", "1987-01-01", "1960-01-01"],
            "monthly_wage": [300_000.0, 0.0, 410_000.0],
            "health_insurer": ["kyokai_kenpo", None, "kyokai_kenpo"],
            "employer_prefecture": ["tokyo", None, "mie"],
        }
    )
    for column, value in changes.items():
        if value is None:
            frame = frame.drop(columns=[column])
        else:
            frame[column] = value
    return frame


TABLE_REFUSALS = [
    ("no birth_date column", {"birth_date": None}, "no birth_date or age column"),
    ("no health_insurer column", {"health_insurer": None}, "no health_insurer column"),
    ("no employer_prefecture column", {"employer_prefecture": None}, "no employer_prefecture column"),
    ("society without its rate", {"health_insurer": ["health_insurance_society", None, "kyokai_kenpo"]}, "no health_insurance_society_rate column"),
    ("mutual aid without its rates", {"health_insurer": ["mutual_aid_association", None, "kyokai_kenpo"]}, "mutual_aid_short_term_rate"),
    ("household without head", {"household_role": ["spouse", "spouse", "head"]}, "without a head"),
    ("two heads", {"household_role": ["head", "head", "head"]}, "2 heads"),
    ("negative wage", {"monthly_wage": [-1.0, 0.0, 1.0]}, "negative"),
    ("unknown enum value", {"employer_prefecture": ["tokio", None, "mie"]}, "did you mean tokyo"),
    ("unknown column", {"monthly_wages": [1.0, 2.0, 3.0]}, "did you mean monthly_wage"),
    ("born after the period", {"birth_date": ["2026-01-01", "1987-01-01", "1960-01-01"]}, "born after the period"),
    ("negative weight", {"weight": [1.0, -1.0, 1.0]}, "bad weight"),
    ("duplicate person", {"person_id": ["p1", "p1", "p3"]}, "appears in 2 rows"),
    ("NaN wage", {"monthly_wage": [np.nan, 0.0, 1.0]}, "missing value"),
    ("not a date", {"birth_date": ["1985-04-01", "yesterday", "1960-01-01"]}, "not a date"),
]


@pytest.mark.parametrize(("case", "changes", "fragment"), TABLE_REFUSALS, ids=[c[0] for c in TABLE_REFUSALS])
def test_tables_refuse(tax_benefit_system, case, changes, fragment):
    from openfisca_japan.edge.tables import validate_input_table

    with pytest.raises(InputValidationError) as caught:
        validate_input_table(table(**changes), tax_benefit_system, period=MONTH)
    assert fragment in str(caught.value), str(caught.value)


def test_tables_list_every_missing_column_at_once(tax_benefit_system):
    from openfisca_japan.edge.tables import validate_input_table

    with pytest.raises(InputValidationError) as caught:
        validate_input_table(table(birth_date=None, health_insurer=None), tax_benefit_system, period=MONTH)
    message = str(caught.value)
    assert "no birth_date or age column" in message and "no health_insurer column" in message


def test_rows_without_employer_ignore_employer_cells():
    """p2 has no employer but carries employer cells (Kyokai, Osaka): they are ignored, never half-used."""
    from openfisca_japan.analysis.microsimulation import run_microsimulation

    frame = table(health_insurer=["kyokai_kenpo", "kyokai_kenpo", "kyokai_kenpo"], employer_prefecture=["tokyo", "osaka", "mie"])
    result = run_microsimulation(frame, ["social_insurance_premiums_employee", "health_insurer"], MONTH, progress=False)
    assert result.loc[1, "social_insurance_premiums_employee"] == 0
    assert result.loc[1, "health_insurer"] == "none"


def test_unweighted_results_say_so():
    from openfisca_japan.analysis.reports import format_summary, summarize

    results = pd.DataFrame({"household_id": [1, 2], "national_pension_premium_baseline": [1.0, 2.0], "national_pension_premium_reform": [1.0, 3.0]})
    summary = summarize(results)
    assert summary["weighted"] is False and "UNWEIGHTED" in format_summary(summary)


# --- 5. CLI -----------------------------------------------------------------------------------------------------


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def cli(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


GOOD = situation({"a": employee()}, {"e": company("a")})
CLI_CASES = [
    # (case, argv builder, expected exit code, fragment of stderr)
    ("missing situation file", lambda p: ["payslip", str(p / "none.json")], 2, "none.json: no such file"),
    ("broken JSON names the file and line", lambda p: ["payslip", write(p, "broken.json", '{"persons": \n')], 2, "broken.json: invalid JSON at line"),
    ("not a situation", lambda p: ["payslip", write(p, "list.json", [1, 2])], 2, "list.json: a situation is a JSON object"),
    ("directory instead of a file", lambda p: ["payslip", str(p)], 2, "is a directory"),
    ("bad month", lambda p: ["payslip", write(p, "ok.json", GOOD), "--period", "2025-13"], 2, "invalid period '2025-13'"),
    ("a year for a pay slip", lambda p: ["payslip", write(p, "ok.json", GOOD), "--period", "2025"], 2, "one month"),
    ("person not born yet", lambda p: ["payslip", write(p, "unborn.json", situation({"a": employee(born="2026-01-01")}, {"e": company("a")}))], 2,
     "not born yet"),  # fmt: skip
    ("wage earner without employer", lambda p: ["payslip", write(p, "noemp.json", situation({"a": employee()}))], 2, "in no employer"),
    ("mutual aid without its rates", lambda p: ["payslip", write(p, "mutual.json", situation({"a": employee()}, {"e": company("a", insurer="mutual_aid_association", employment_insurance_applicable={MONTH: False})}))],
     2, "mutual_aid_short_term_rate"),  # fmt: skip
    ("employer without insurer", lambda p: ["payslip", write(p, "noins.json", situation({"a": employee()}, {"e": {"employees": ["a"]}}))], 2, "health_insurer is not given"),
    ("unknown variable suggests", lambda p: ["payslip", write(p, "typo.json", situation({"a": employee(monthly_wages={MONTH: 1})}, {"e": company("a")}))], 2,
     "did you mean monthly_wage"),  # fmt: skip
    ("period before coverage", lambda p: ["payslip", write(p, "ok.json", situation({"a": employee(month="2019-02")}, {"e": company("a", month="2019-02")})),
                                          "--period", "2019-02"], 3, "not covered on 2019-02-01"),  # fmt: skip
    ("period after coverage", lambda p: ["payslip", write(p, "ok.json", situation({"a": employee(month="2027-04")}, {"e": company("a", month="2027-04")})),
                                         "--period", "2027-04"], 3, "not covered"),  # fmt: skip
    ("inputs of another month", lambda p: ["payslip", write(p, "ok.json", GOOD), "--period", "2024-06"], 2,
     "monthly_wage: given for 2025-06 only, not for the month 2024-06"),  # fmt: skip
    ("missing table", lambda p: ["microsim", str(p / "none.csv"), "--period", MONTH], 2, "none.csv: no such file"),
    ("table of the wrong kind", lambda p: ["microsim", write(p, "x.json", GOOD), "--period", MONTH], 2, "CSV (.csv) or Parquet"),
    ("unreadable table", lambda p: ["microsim", write(p, "bad.parquet", "not parquet"), "--period", MONTH], 2, "cannot read the table"),
    ("bad run period", lambda p: ["microsim", write(p, "t.csv", table().to_csv(index=False)), "--period", "2025-99"], 2, "invalid period"),
    ("unknown output variable", lambda p: ["microsim", write(p, "t.csv", table().to_csv(index=False)), "--period", MONTH, "-v", "health_insurance_premiun",
                                           "--no-progress", "-o", str(p / "o.csv")], 2, "did you mean health_insurance_premium"),  # fmt: skip
    ("table without birth dates", lambda p: ["microsim", write(p, "t.csv", table(birth_date=None).to_csv(index=False)), "--period", MONTH, "--no-progress",
                                             "-o", str(p / "o.csv")], 2, "no birth_date or age column"),  # fmt: skip
    ("bad --set", lambda p: ["microsim", write(p, "t.csv", table().to_csv(index=False)), "--period", MONTH, "--set", "employees_pension.premiums.rate=5"], 2,
     "outside the range"),  # fmt: skip
    ("unknown reform", lambda p: ["microsim", write(p, "t.csv", table().to_csv(index=False)), "--period", MONTH, "--reform", "nope"], 2, "Unknown reform"),
    ("missing results file", lambda p: ["report", str(p / "none.parquet")], 2, "no such file"),
    ("coverage with a bad date", lambda p: ["coverage", "--stale", "2027-02-30"], 2, "give a date"),
    ("no file at all", lambda p: ["payslip"], 2, "give situation JSON files"),
]


@pytest.mark.parametrize(("case", "argv", "code", "fragment"), CLI_CASES, ids=[c[0] for c in CLI_CASES])
def test_cli_refuses_without_traceback(tmp_path, capsys, case, argv, code, fragment):
    got, _out, err = cli(capsys, *argv(tmp_path))
    assert got == code, err
    assert fragment in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize("module", ["matplotlib", "dask"])
def test_cli_names_a_missing_optional_dependency(tmp_path, module):
    import subprocess
    import sys

    csv = write(tmp_path, "t.csv", table().to_csv(index=False))
    argv = ["chart", "--year", "2025", "-o", str(tmp_path / "w.png")] if module == "matplotlib" else ["microsim", csv, "--period", MONTH, "--engine", "dask"]
    code = (
        f"import sys; sys.modules[{module!r}] = None; sys.modules['distributed'] = None\n"
        "from openfisca_japan.cli import main\n"
        f"sys.exit(main({argv!r}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert done.returncode == 2, done.stderr
    assert f"optional dependency {module!r}" in done.stderr and "pip install" in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_pay_slip_of_a_good_situation(tmp_path, capsys):
    code, out, err = cli(capsys, "payslip", write(tmp_path, "ok.json", GOOD))
    assert code == 0, err
    assert "54,900" in out  # employees' pension 300,000 × 18.3 %


# --- 6. Web API ---------------------------------------------------------------------------------------------------

WEB_CASES = [
    # (case, request keyword arguments, status, fragment of the answer)
    ("no body", {"data": b""}, 400, "empty request body"),
    ("wrong content type", {"data": b"x", "content_type": "text/plain"}, 415, "not JSON"),
    ("no content type", {"data": b'{"persons": {}}', "content_type": ""}, 415, "not JSON"),
    ("unreadable JSON", {"data": b"{", "content_type": "application/json"}, 400, "not valid JSON"),
    ("deep nesting", {"data": ("[" * 50_000 + "]" * 50_000).encode(), "content_type": "application/json"}, 400, "nested too deeply"),
    ("moderately deep nesting", {"json": {"persons": {"a": {"x": {"y": {"z": {"w": {"v": {"u": {"t": {"s": {"r": {"q": {"p": {}}}}}}}}}}}}}}}, 400,
     "nested too deeply"),  # fmt: skip
    ("a list", {"json": [1, 2]}, 400, "must be a JSON object"),
    ("persons not an object", {"json": {"persons": 3}}, 400, ""),
    ("not covered period", {"json": {"persons": {"a": {"birth_date": {"ETERNITY": "1990-01-01"}, "national_pension_premium": {"2027-04": None}}}}},
     400, "requested: national_pension_premium for 2027-04"),  # fmt: skip
    ("unborn person", {"json": {"persons": {"a": {"birth_date": {"ETERNITY": "2026-01-01"}, "national_pension_premium": {"2025-06": None}}}}}, 400,
     "age would be negative"),  # fmt: skip
    ("missing birth date", {"json": {"persons": {"a": {"national_pension_premium": {"2025-06": None}}}}}, 400, "birth_date"),
    ("society without rate", {"json": situation({"a": {**employee(), "health_insurance_premium": {MONTH: None}}},
                                                {"e": company("a", insurer="health_insurance_society")})}, 400, "health_insurance_society_rate"),  # fmt: skip
    ("wage without employer", {"json": {"persons": {"a": {**employee(), "health_insurance_premium": {MONTH: None}}}}}, 400, "in no employer"),
    ("NaN value", {"data": b'{"persons": {"a": {"monthly_wage": {"2025-04": NaN}}}}', "content_type": "application/json"}, 400, "NaN"),
]


@pytest.mark.parametrize(("case", "kwargs", "status", "fragment"), WEB_CASES, ids=[c[0] for c in WEB_CASES])
def test_web_api_refuses_with_4xx(web_client, case, kwargs, status, fragment):
    response = web_client.post("/calculate", **kwargs)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert fragment in response.get_data(as_text=True)


def test_web_api_limits(tax_benefit_system):
    from openfisca_japan.edge.web_api import create_app

    app = create_app(tax_benefit_system, max_persons=3, max_content_length=2_000)
    client = app.test_client()
    persons = {f"p{i}": {"birth_date": {"ETERNITY": "1990-01-01"}} for i in range(4)}
    response = client.post("/calculate", json={"persons": persons})
    assert response.status_code == 413 and "openfisca-japan microsim" in response.get_json()["error"]
    response = client.post("/calculate", data=b'{"persons": {}, "x": "' + b"a" * 3_000 + b'"}', content_type="application/json")
    assert response.status_code == 413 and "larger than" in response.get_json()["error"]
    assert app.config["OPENFISCA_JAPAN_LIMITS"]["max_persons"] == 3


def test_web_api_limits_from_the_environment(tax_benefit_system, monkeypatch):
    from openfisca_japan.edge.web_api import create_app

    monkeypatch.setenv("OPENFISCA_JAPAN_MAX_PERSONS", "7")
    assert create_app(tax_benefit_system).config["OPENFISCA_JAPAN_LIMITS"]["max_persons"] == 7


def test_web_api_good_request_still_answers(web_client):
    data = situation({"a": {**employee(), "employees_pension_premium": {MONTH: None}}}, {"e": company("a")})
    response = web_client.post("/calculate", json=data)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json()["persons"]["a"]["employees_pension_premium"][MONTH] == 54_900
