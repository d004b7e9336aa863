"""The Dask engine gives the local engine's results, on a 2-worker LocalCluster."""

import contextlib

import numpy as np
import pandas as pd
import pytest

from openfisca_japan.analysis.microsimulation import ReformSpec, run_microsimulation
from openfisca_japan.analysis.synthetic_population import generate

distributed = pytest.importorskip("dask.distributed")

OUTPUTS = ["social_insurance_premiums_employee", "social_insurance_premiums_employer", "is_health_insurance_dependant", "national_health_insurance_premium"]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as local:
        yield local


def test_dask_equals_local(cluster):
    table = generate(1200, seed=8, municipalities=["tokyo_special_wards"])
    reform = ReformSpec.from_cli(["dependant_income_cap"])
    local = run_microsimulation(table, OUTPUTS, "2025-06", reform=reform, chunk_size=300, progress=False)
    with distributed.Client(cluster) as client:
        on_dask = run_microsimulation(table, OUTPUTS, "2025-06", reform=reform, chunk_size=300, engine="dask", dask_client=client, progress=False)
    pd.testing.assert_frame_equal(local, on_dask)
    # through a scheduler address, as `--scheduler ADDRESS` does
    by_address = run_microsimulation(
        table, OUTPUTS, "2025-06", reform=reform, chunk_size=500, engine="dask", scheduler=cluster.scheduler_address, progress=False
    )
    pd.testing.assert_frame_equal(local, by_address)


@pytest.mark.parametrize("group_employers", [False, True])
def test_dask_partitions_shuffled_table(cluster, group_employers):
    """Households not contiguous, employers split across chunks (their inputs from their first member in
    the whole table) or whole: each task encodes its own rows, the results are the local engine's."""
    table = generate(1500, seed=3, municipalities=["tokyo_special_wards"])
    table = table.sample(frac=1.0, random_state=1).reset_index(drop=True)
    assert table["employer_id"].notna().sum() > 100
    options = dict(chunk_size=200, progress=False, group_employers=group_employers, keep_columns=["annual_income", "household_id"])
    local = run_microsimulation(table, OUTPUTS, "2025-06", **options)
    with distributed.Client(cluster) as client:
        on_dask = run_microsimulation(table, OUTPUTS, "2025-06", engine="dask", dask_client=client, **options)
    pd.testing.assert_frame_equal(local, on_dask)
    # whole employers link households into large groups (one municipality: few, large groups), so fewer chunks
    assert on_dask.attrs["chunks"] > (1 if group_employers else 4)


def test_dask_scattered_when_workers_do_not_see_files(cluster, monkeypatch):
    """Workers that do not see the client's files get the chunks of the prepared table (scatter)."""
    from openfisca_japan.analysis.microsimulation import dask_engine

    @contextlib.contextmanager
    def unseen(client):
        yield None

    monkeypatch.setattr(dask_engine, "shared_directory", unseen)
    monkeypatch.setattr(dask_engine, "run_partitioned", None)  # must not be used
    table = generate(800, seed=5, municipalities=["tokyo_special_wards"])
    local = run_microsimulation(table, OUTPUTS, "2025-06", chunk_size=200, progress=False)
    with distributed.Client(cluster) as client:
        on_dask = run_microsimulation(table, OUTPUTS, "2025-06", chunk_size=200, engine="dask", dask_client=client, progress=False)
    pd.testing.assert_frame_equal(local, on_dask)


def test_dask_reports_every_problem_of_every_chunk_at_once(cluster):
    """Problems found by the tasks in their own rows (beyond the first households, which the client
    samples) are merged into the whole table's one error."""
    table = generate(900, seed=2, municipalities=["tokyo_special_wards"])
    table["household_role"] = table["household_role"].astype(object)
    table.loc[[500, 850], "household_role"] = ["boss", "chief"]
    table.loc[[600, 860], "prefecture"] = ["atlantis", "mu"]
    table.loc[880, "person_id"] = table.loc[450, "person_id"]
    with pytest.raises(ValueError) as local:
        run_microsimulation(table, OUTPUTS, "2025-06", chunk_size=200, progress=False, validate_input=False)
    with distributed.Client(cluster) as client, pytest.raises(ValueError) as on_dask:
        run_microsimulation(table, OUTPUTS, "2025-06", chunk_size=200, engine="dask", dask_client=client, progress=False, validate_input=False)
    assert sorted(str(on_dask.value).splitlines()) == sorted(str(local.value).splitlines())
    assert "boss" in str(on_dask.value) and "chief" in str(on_dask.value) and "mu" in str(on_dask.value)
    assert "person_id is not unique" in str(on_dask.value)
    assert np.array_equal(table.index, np.arange(len(table)))


def test_dask_tasks_read_their_own_rows_of_a_parquet_file(cluster, tmp_path, monkeypatch):
    """A Parquet file on Dask: the client reads only the identity columns, each task its own row groups;
    the results are the local engine's on the same table."""
    from openfisca_japan.analysis.microsimulation import dask_engine

    table = generate(1500, seed=4, municipalities=["tokyo_special_wards"])
    path = tmp_path / "persons.parquet"
    table.to_parquet(path, index=False, row_group_size=170)  # row groups that do not match the chunks
    written = []
    monkeypatch.setattr(dask_engine, "_write_rows", lambda *args: written.append(args) or pytest.fail("the client wrote rows"))
    options = dict(chunk_size=250, progress=False, keep_columns=["annual_income"])
    local = run_microsimulation(table, OUTPUTS, "2025-06", **options)
    with distributed.Client(cluster) as client:
        on_dask = run_microsimulation(str(path), OUTPUTS, "2025-06", engine="dask", dask_client=client, **options)
    pd.testing.assert_frame_equal(local, on_dask)
    assert on_dask.attrs["chunks"] >= 6 and not written


@pytest.mark.parametrize("case", ["shuffled", "invalid"])
def test_dask_parquet_file_falls_back_to_the_whole_table(cluster, tmp_path, case):
    """Households not contiguous in the file, or rows that break the input rules: the client reads the
    whole file and gives the local engine's results, or its error (rows numbered in the whole table)."""
    from openfisca_japan.edge.errors import InputValidationError

    table = generate(900, seed=6, municipalities=["tokyo_special_wards"])
    if case == "shuffled":
        table = table.sample(frac=1.0, random_state=2).reset_index(drop=True)
    else:
        table.loc[700, "monthly_wage"] = -5
    path = tmp_path / "persons.parquet"
    table.to_parquet(path, index=False)
    with distributed.Client(cluster) as client:
        if case == "shuffled":
            local = run_microsimulation(table, OUTPUTS, "2025-06", chunk_size=200, progress=False)
            on_dask = run_microsimulation(str(path), OUTPUTS, "2025-06", chunk_size=200, engine="dask", dask_client=client, progress=False)
            pd.testing.assert_frame_equal(local, on_dask)
            return
        with pytest.raises(InputValidationError) as local:
            run_microsimulation(table, OUTPUTS, "2025-06", chunk_size=200, progress=False)
        with pytest.raises(InputValidationError) as on_dask:
            run_microsimulation(str(path), OUTPUTS, "2025-06", chunk_size=200, engine="dask", dask_client=client, progress=False)
    assert str(on_dask.value) == str(local.value)
    assert "row 700" in str(on_dask.value) and "monthly_wage" in str(on_dask.value)
