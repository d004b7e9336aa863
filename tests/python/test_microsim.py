"""Microsimulation: arrays in, identical results whatever the chunking, errors listed."""

import numpy as np
import pandas as pd
import pytest

from openfisca_japan.analysis.microsimulation import ReformSpec, run_microsimulation
from openfisca_japan.analysis.microsimulation.engine import chunk_bounds, connected_components
from openfisca_japan.analysis.microsimulation.table import input_span, prepare_table
from openfisca_japan.analysis.synthetic_population import generate

PREMIUMS = [
    "health_insurance_premium_employee",
    "employees_pension_premium_employer",
    "social_insurance_premiums_employee",
    "is_health_insurance_dependant",
    "health_insurance_scheme",
]


@pytest.fixture(scope="module")
def population():
    return generate(1500, seed=3, municipalities=["tokyo_special_wards"])


def _run(table, **options):
    options.setdefault("progress", False)
    return run_microsimulation(table, PREMIUMS, "2025-06", **options)


def test_results_do_not_depend_on_chunk_size(population):
    whole = _run(population, chunk_size=10**9)
    assert whole.attrs["chunks"] == 1
    for size in (97, 400):
        chunked = _run(population, chunk_size=size)
        assert chunked.attrs["chunks"] > 1
        pd.testing.assert_frame_equal(whole, chunked)


def test_employer_components_give_the_same_results(population):
    pd.testing.assert_frame_equal(_run(population, chunk_size=300), _run(population, chunk_size=300, group_employers=True))


def test_rows_come_back_in_input_order(population):
    shuffled = population.sample(frac=1.0, random_state=1)
    result = _run(shuffled, chunk_size=250)
    assert list(result["person_id"]) == list(shuffled["person_id"])
    reference = _run(population).set_index("person_id").loc[shuffled["person_id"]]
    np.testing.assert_array_equal(result["social_insurance_premiums_employee"].to_numpy(), reference["social_insurance_premiums_employee"].to_numpy())


def test_premiums_are_computed(population):
    result = _run(population)
    employees = population["employment_status"].eq("employee") & population["_regular"]
    assert (result.loc[employees.to_numpy(), "social_insurance_premiums_employee"] > 0).mean() > 0.9
    assert (result.loc[population["employer_id"].isna().to_numpy(), "health_insurance_premium_employee"] == 0).all()


def test_household_variable_on_first_member_only():
    table = pd.DataFrame(
        {
            "household_id": [7, 7, 8],
            "household_role": ["head", "spouse", "head"],
            "birth_date": ["1980-01-01", "1982-01-01", "1990-01-01"],
            "prefecture": ["osaka", "osaka", "mie"],
            "monthly_wage": [100.0, 200.0, 300.0],
        }
    )
    result = run_microsimulation(table, ["prefecture", "monthly_remuneration"], "2025-04", progress=False)
    assert list(result["prefecture"]) == ["osaka", "osaka", "mie"]  # enums are projected on every member
    assert list(result["monthly_remuneration"]) == [100.0, 200.0, 300.0]


def test_reform_columns_side_by_side(population):
    result = _run(population.iloc[:300], reform=ReformSpec.from_cli(assignments=["health_insurance.premiums.kyokai_kenpo.rate.tokyo=0.2@2025-03"]))
    assert {"health_insurance_premium_employee_baseline", "health_insurance_premium_employee_reform"} <= set(result.columns)
    tokyo_kyokai = (population.iloc[:300]["employer_prefecture"].eq("tokyo") & population.iloc[:300]["health_insurer"].eq("kyokai_kenpo")).to_numpy()
    insured = result["health_insurance_premium_employee_baseline"].to_numpy() > 0
    assert (result["health_insurance_premium_employee_reform"].to_numpy()[tokyo_kyokai & insured] > result["health_insurance_premium_employee_baseline"].to_numpy()[tokyo_kyokai & insured]).all()


def test_bad_table_lists_every_problem(tax_benefit_system):
    table = pd.DataFrame(
        {
            "household_id": [1, 1, 1],
            "household_role": ["head", "head", "uncle"],
            "prefecture": ["osaka", "atlantis", "osaka"],
            "not_a_variable": [1, 2, 3],
        }
    )
    with pytest.raises(ValueError) as error:
        prepare_table(table, tax_benefit_system, "2025-04")
    message = str(error.value)
    for fragment in ("more than 1 head", "uncle", "atlantis", "not_a_variable"):
        assert fragment in message


def test_unknown_output_variable(population):
    with pytest.raises(ValueError, match="Unknown output"):
        run_microsimulation(population.iloc[:10], ["no_such_variable"], "2025-04", progress=False)


def test_csv_and_parquet_round_trip(tmp_path, population):
    from openfisca_japan.analysis.microsimulation import read_table, write_table

    small = population.iloc[:200]
    for name in ("persons.csv", "persons.parquet"):
        write_table(small, tmp_path / name)
        pd.testing.assert_frame_equal(_run(read_table(tmp_path / name)), _run(small), check_dtype=False)


def test_chunks_cut_at_household_boundaries(population, tax_benefit_system):
    prepared = prepare_table(population, tax_benefit_system, "2025-06")
    _, bounds = chunk_bounds(prepared, 50)
    starts = [start for start, _ in bounds][1:]
    household = prepared.household
    assert all(household[s] != household[s - 1] for s in starts)
    assert bounds[-1][1] == prepared.n


def test_connected_components():
    household = np.array([0, 0, 1, 2, 3])
    employer = np.array([0, 1, 1, 2, 9])
    has = np.array([True, True, True, True, False])
    assert list(connected_components(household, employer, has)) == [0, 0, 0, 2, 3]


def test_input_span_is_the_calendar_and_fiscal_year():
    months = input_span("2025-06")
    assert str(months[0]) == "2025-01" and str(months[-1]) == "2026-03"


def test_validation_hook_is_called(monkeypatch, population):
    import openfisca_japan.analysis.microsimulation as microsimulation

    calls = []
    monkeypatch.setattr(microsimulation, "validate", lambda table, system, period=None, ignore=(): calls.append(len(table)))
    _run(population.iloc[:20])
    assert calls == [20]


def test_employer_aggregates_keep_employers_whole(population, tax_benefit_system):
    """A variable summing over an employer's members (found in the formulas) makes chunks keep employers whole."""
    from openfisca_japan.analysis.microsimulation.engine import employer_aggregation_in_model

    flagged = employer_aggregation_in_model(tax_benefit_system)
    if not flagged:
        pytest.skip("no variable aggregates over employers")
    name = flagged[0]
    whole = run_microsimulation(population, [name], "2025-06", chunk_size=10**9, progress=False)
    chunked = run_microsimulation(population, [name], "2025-06", chunk_size=200, progress=False)
    pd.testing.assert_frame_equal(whole, chunked)
