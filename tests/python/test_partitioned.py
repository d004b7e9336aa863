"""Partitioned Parquet runs and the bulk-run classes give the local engine's results, bit for bit, whatever the chunk
size, the task size, the executor (this process, a process pool, Dask) and the number of workers; refusals
still refuse."""

import numpy as np
import pandas as pd
import pytest

from openfisca_japan.analysis.microsimulation import run_microsimulation
from openfisca_japan.analysis.microsimulation.partitioned import plan_partitions, read_results, run_parquet
from openfisca_japan.analysis.synthetic_population import generate, generate_parquet
from openfisca_japan.edge.errors import InputValidationError

MUNICIPALITIES = ["tokyo_special_wards"]  # Yokohama refuses households with children (its own NHI reduction)
OUTPUTS = [
    "social_insurance_premiums_employee",
    "social_insurance_premiums_employer",
    "health_insurance_premium_employee",
    "employment_insurance_premium_employer",
    "health_insurance_scheme",  # an enum
    "is_health_insurance_dependant",  # reads the household
    "national_health_insurance_premium",  # a household amount, on the head
    "workers_compensation_wage_base",  # sums over an employer's members: the reduction pass
    "asbestos_relief_general_contribution",  # reads that sum
    "mutual_aid_short_term_employer_rate",  # an employer amount, on the employer's first person
]


def _same(expected, actual, columns):
    assert len(expected) == len(actual)
    for column in columns:
        a, b = expected[column], actual[column]
        assert a.dtype == b.dtype, column
        if isinstance(a.dtype, pd.CategoricalDtype):
            assert (a.astype(str).to_numpy() == b.astype(str).to_numpy()).all(), column
        else:
            assert np.array_equal(a.to_numpy(), b.to_numpy(), equal_nan=a.dtype.kind == "f"), column


@pytest.fixture(scope="module")
def population(tmp_path_factory):
    path = tmp_path_factory.mktemp("partitioned") / "people.parquet"
    generate_parquet(str(path), 1500, seed=4, municipalities=MUNICIPALITIES, batch=700, row_group=250, progress=False)
    return str(path)


@pytest.fixture(scope="module")
def expected(population):
    table = pd.read_parquet(population)
    return {period: run_microsimulation(table, OUTPUTS, period, chunk_size=100_000, progress=False) for period in ("2025-06", "year:2025-04")}


def test_streamed_population_row_groups_end_at_households(population):
    import pyarrow.parquet as pq

    table = pd.read_parquet(population)
    assert table["person_id"].is_unique and table["household_id"].is_monotonic_increasing
    metadata = pq.ParquetFile(population).metadata
    first_rows = np.cumsum([0] + [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)])[:-1]
    household = table["household_id"].to_numpy()
    assert all(row == 0 or household[row] != household[row - 1] for row in first_rows)
    partitions = plan_partitions(population, 500)  # (first row group, row groups, first row, rows)
    assert [p[2] for p in partitions] == list(np.cumsum([0] + [p[3] for p in partitions])[:-1])
    assert sum(p[1] for p in partitions) == metadata.num_row_groups
    assert all(p[3] <= 1.25 * 500 or p[1] == 1 for p in partitions)


@pytest.mark.parametrize("chunk_size", [97, 400])
def test_local_engine_same_whatever_the_chunk_size(population, expected, chunk_size):
    table = pd.read_parquet(population)
    _same(expected["2025-06"], run_microsimulation(table, OUTPUTS, "2025-06", chunk_size=chunk_size, progress=False), OUTPUTS)


@pytest.mark.parametrize(("period", "rows_per_task"), [("2025-06", 250), ("2025-06", 800), ("year:2025-04", 500)])
def test_partitioned_in_process(population, expected, tmp_path, period, rows_per_task):
    summary = run_parquet(population, OUTPUTS, period, tmp_path, executor="local", rows_per_task=rows_per_task, progress=False)
    assert summary["reduced_variables"] == ["workers_compensation_wage_base"]
    assert summary["balance_max_over_mean"] <= 2
    _same(expected[period], read_results(tmp_path), OUTPUTS)


def test_partitioned_process_pool(population, expected, tmp_path):
    run_parquet(population, OUTPUTS, "2025-06", tmp_path, executor="processes", n_workers=2, rows_per_task=500, progress=False)
    _same(expected["2025-06"], read_results(tmp_path), OUTPUTS)


def test_partitioned_dask_one_and_two_workers(population, expected, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    for workers in (1, 2):
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
            with distributed.Client(cluster) as client:
                out = tmp_path / f"dask{workers}"
                run_parquet(population, OUTPUTS, "2025-06", out, executor="dask", dask_client=client, rows_per_task=500, progress=False)
        _same(expected["2025-06"], read_results(out), OUTPUTS)


def test_partitioned_refuses_bad_rows(tmp_path):
    table = generate(300, seed=5, municipalities=MUNICIPALITIES)
    table.loc[table.index[-1], "monthly_wage"] = -5
    path = tmp_path / "bad.parquet"
    table.to_parquet(path, index=False, row_group_size=10_000)
    with pytest.raises(InputValidationError, match="monthly_wage"):
        run_parquet(str(path), OUTPUTS[:2], "2025-06", tmp_path / "out", executor="local", progress=False)


def test_households_straddling_row_groups_are_refused(tmp_path):
    table = generate(300, seed=5, municipalities=MUNICIPALITIES)
    path = tmp_path / "cut.parquet"
    table.to_parquet(path, index=False, row_group_size=7)  # row groups that cut households
    with pytest.raises(ValueError, match="straddle"):
        plan_partitions(str(path), 100)


def test_shared_default_arrays_are_read_only():
    from openfisca_japan.analysis.microsimulation import simulation_from_table

    simulation = simulation_from_table(generate(50, seed=1, municipalities=MUNICIPALITIES), "2025-06")
    holder = simulation.persons.get_holder("monthly_wage")
    default = holder.default_array()
    assert default is holder.default_array() and not np.asarray(default).flags.writeable
