"""Microsimulation: run the model over a table of persons, baseline and reform side by side.

    >>> from openfisca_japan.analysis.microsimulation import run_microsimulation
    >>> result = run_microsimulation(table, ["health_insurance_premium_employee"], "2025-04",
    ...                              reform=ReformSpec.from_cli(["dependant_income_cap"]))

The table (pandas DataFrame, or the path of a CSV/Parquet file) is described in
`openfisca_japan.analysis.microsimulation.table`. Simulations are built from arrays (no loop over persons), in
chunks of whole households of about `chunk_size` persons, so that memory stays bounded; the result does not
depend on the chunk size. `engine="dask"` runs the chunks on a Dask cluster.
"""

from __future__ import annotations

import os
import time

import numpy as np
import pandas as pd

from openfisca_japan.analysis.microsimulation import systems
from openfisca_japan.analysis.microsimulation.engine import (
    OutputSpec,
    build_simulation,
    chunk_bounds,
    compute_outputs,
    employer_aggregation_in_model,
    employer_aggregation_used,
    employer_level_outputs,
    release_plans,
    run_chunk,
)
from openfisca_japan.analysis.microsimulation.systems import (
    ParameterAssignment,
    ReformSpec,
    available_reforms,
    baseline_system,
    build_system,
    resolve_reform,
)
from openfisca_japan.analysis.microsimulation.table import ID_COLUMNS, prepare_table, read_table, validate, write_table

DEFAULT_CHUNK_SIZE = 200_000

#: Drop intermediate variables that no remaining output needs, chunk by chunk (`engine.release_plans`).
RELEASE_INTERMEDIATES = True

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "OutputSpec",
    "ParameterAssignment",
    "ReformSpec",
    "available_reforms",
    "baseline_system",
    "build_simulation",
    "build_system",
    "compute_outputs",
    "prepare_table",
    "read_table",
    "resolve_reform",
    "run_microsimulation",
    "simulation_from_table",
    "write_table",
]


def simulation_from_table(table, period, reform: ReformSpec | None = None):
    """One openfisca Simulation of a whole (small) person table, e.g. for interactive use."""
    system = systems.build_system(reform)
    prepared = prepare_table(table if isinstance(table, pd.DataFrame) else read_table(table), system, period)
    return build_simulation(system, prepared, slice(0, prepared.n))


def run_microsimulation(
    table,
    outputs,
    period,
    reform: ReformSpec | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    engine: str = "local",
    scheduler: str | None = None,
    n_workers: int = 2,
    progress: bool = True,
    group_employers: bool | None = None,
    keep_columns=(),
    validate_input: bool = True,
    dask_client=None,
    exclude_refused: bool = False,
):
    """Compute `outputs` (variable names, or `name@period`) for every person of `table` over `period`.

    `engine="dask"` runs the chunks on `dask_client`, or on a new client of `scheduler` (an address), or on
    a LocalCluster of `n_workers` processes. Returns a DataFrame in the order of the input rows: `person_id`, `household_id`, `employer_id`,
    `household_role`, `weight` (when given), `keep_columns`, then for each output `name` (no reform) or
    `name_baseline` and `name_reform`.

    By default a household the law refuses (`NotCoveredError`, `RefusedInputError`) stops the run with that error.
    With `exclude_refused=True` such households are left out: their persons' rows are not in the result, and
    `attrs["excluded"]` says which (`exclusions.summary`: counts, weighted persons, each reason, the households;
    `exclusions.table_of(result)` as a DataFrame). See docs/analysis.md.
    """
    # A Parquet file run on Dask is read by the tasks themselves (each its own rows); otherwise read here.
    parquet_file = None
    if not isinstance(table, pd.DataFrame):
        if engine == "dask" and str(table).endswith((".parquet", ".pq")):
            parquet_file = os.path.abspath(str(table))
        else:
            table = read_table(table)
    outputs = [o if isinstance(o, OutputSpec) else OutputSpec.parse(o) for o in outputs]
    if not outputs:
        raise ValueError("No output variable requested")
    baseline = systems.baseline_system()
    unknown = [o.name for o in outputs if o.name not in baseline.variables]
    if unknown:
        from openfisca_japan.edge.errors import InputValidationError, unknown_variable_problem

        raise InputValidationError([unknown_variable_problem(baseline, name, "outputs") for name in unknown], "Unknown output variable(s)")
    check_run_period(period)
    specs = {"baseline": ReformSpec(), "reform": reform} if reform else {"": ReformSpec()}
    if reform:
        systems.build_system(reform)  # fail early on a bad reform
    # Kept columns that are variables stay inputs; the others are only copied to the output.
    not_variables = [c for c in keep_columns if str(c).split("@")[0] not in baseline.variables]
    if validate_input and parquet_file is None:
        validate(table, baseline, period, not_variables)
    started = time.perf_counter()
    excluded = None  # with exclude_refused: DataFrame of the excluded persons' input rows (`row`) and `reason`
    employer_level = employer_level_outputs(baseline, outputs)
    if engine == "local":
        prepared, permutation, bounds = _prepare_and_cut(
            table, baseline, outputs, period, specs, chunk_size, group_employers, not_variables, exclude_refused
        )
        plans = release_plans(prepared, outputs, period, specs, exclude_refused=exclude_refused) if len(bounds) > 1 and RELEASE_INTERMEDIATES else None
        coupled = permutation is not None or bool(employer_level)
        frames, chunk_excluded = [], []
        bar = _progress(prepared.n, progress)
        for start, stop in bounds:
            done = run_chunk(prepared, _positions(permutation, start, stop), outputs, period, specs, plans, exclude_refused, coupled)
            if exclude_refused:
                done, found = done
                chunk_excluded.append(found.assign(row=found["row"] + start))
            frames.append(done)
            bar.update(stop - start)
        bar.close()
        results = _in_input_order(frames, prepared, permutation)
        if exclude_refused:
            excluded = _input_rows(chunk_excluded, prepared, permutation)
        n_chunks = len(bounds)
    elif engine == "dask":
        from openfisca_japan.analysis.microsimulation import dask_engine

        with dask_engine.dask_client(scheduler, n_workers, dask_client) as client, dask_engine.shared_directory(client) as directory:
            done = None
            if parquet_file is not None:
                done = _run_parquet_on_dask(
                    dask_engine, client, directory, parquet_file, keep_columns, outputs, period, specs, chunk_size,
                    group_employers, not_variables, progress, validate_input, exclude_refused, employer_level,
                )  # fmt: skip
                if done is None:  # the tasks cannot read their own rows: the whole file, as a table in memory
                    table = read_table(parquet_file)
                    if validate_input:
                        validate(table, baseline, period, not_variables)
            if done is not None:
                table, results, n_chunks, excluded = done
            elif directory is not None and len(table):
                # Each task reads, checks and encodes its own rows and writes its own results
                results, n_chunks, excluded = dask_engine.run_partitioned(
                    client, directory, table, outputs, period, specs, chunk_size, group_employers, not_variables, progress,
                    exclude_refused=exclude_refused, employer_level=employer_level,
                )  # fmt: skip
            else:  # the workers do not see the client's files: chunks of the prepared table are sent to them
                prepared, permutation, bounds = _prepare_and_cut(
                    table, baseline, outputs, period, specs, chunk_size, group_employers, not_variables, exclude_refused
                )
                chunks = [_positions(permutation, a, b) for a, b in bounds]
                coupled = permutation is not None or bool(employer_level)
                frames = dask_engine.run_on_dask(client, prepared, chunks, outputs, period, specs, progress, exclude_refused, coupled)
                if exclude_refused:
                    starts = [a for a, _ in bounds]
                    excluded = _input_rows([found.assign(row=found["row"] + a) for (_, found), a in zip(frames, starts, strict=True)], prepared, permutation)
                    frames = [frame for frame, _ in frames]
                results = _in_input_order(frames, prepared, permutation)
                n_chunks = len(bounds)
    else:
        raise ValueError(f"Unknown engine {engine!r} (local or dask)")
    identity = pd.DataFrame(index=results.index)
    source = table.reset_index(drop=True)
    for column in ("person_id", "household_id", "employer_id", "household_role", "weight", *keep_columns):
        if column in source.columns:
            values = source[column]
            # text columns as they are (to_numpy would convert them to Python objects and back)
            identity[column] = values.array if isinstance(values.dtype, pd.StringDtype) else values.to_numpy()
    if "person_id" not in identity:
        identity.insert(0, "person_id", np.arange(len(source)))
    results = pd.concat([identity, results], axis=1).reset_index(drop=True)
    results.attrs["seconds"] = time.perf_counter() - started
    results.attrs["chunks"] = n_chunks
    results.attrs["weighted"] = "weight" in results.columns
    if exclude_refused:
        from openfisca_japan.analysis.microsimulation import exclusions

        rows = excluded["row"].to_numpy() if excluded is not None else np.zeros(0, dtype=np.int64)
        reasons = excluded["reason"].to_numpy() if excluded is not None else np.zeros(0, dtype=object)
        results = exclusions.drop(results, source, rows, reasons, "weight" in source.columns)
    return results


def _input_rows(found, prepared, permutation):
    """The excluded persons (`row`: sorted positions of the prepared table) at their rows of the input table."""
    found = pd.concat(found, ignore_index=True) if found else pd.DataFrame({"row": np.zeros(0, np.int64), "reason": []})
    sorted_positions = found["row"].to_numpy(dtype=np.int64)
    positions = sorted_positions if permutation is None else permutation[sorted_positions]
    return pd.DataFrame({"row": prepared.order[positions].astype(np.int64), "reason": found["reason"].to_numpy()})


def check_run_period(period):
    """The run period must be readable (InputValidationError naming it otherwise)."""
    from openfisca_core import periods

    from openfisca_japan.edge.errors import InputValidationError, Problem

    try:
        periods.period(period)
    except (ValueError, TypeError, AttributeError) as error:
        raise InputValidationError(
            [Problem(f"invalid period {period!r}: {error}", entity="run", allowed="a month (2025-04), a year (2025) or a fiscal year (year:2025-04)")],
            "Invalid period",
        ) from None


def _run_parquet_on_dask(
    dask_engine, client, directory, parquet_file, keep_columns, outputs, period, specs, chunk_size, group_employers, not_variables, progress,
    validate_input, exclude_refused=False, employer_level=(),
):  # fmt: skip
    """(identity columns, results, chunks, excluded) of a Parquet file whose tasks read their own rows, or None when they
    cannot (workers that do not see the file, households not contiguous, employer groups needed, bad rows).
    The client reads the household and employer ids to cut the chunks, and the other identity columns (for
    the result) while the workers compute."""
    if directory is None or not all(client.run(os.path.isfile, parquet_file).values()):
        return None
    identity = {}

    def read_identity():
        identity["table"] = _read_identity_columns(parquet_file, keep_columns)
        return identity["table"]

    try:
        results, n_chunks, excluded = dask_engine.run_partitioned(
            client, directory, _read_identity_columns(parquet_file, (), ("household_id", "employer_id")), outputs,
            period, specs, chunk_size, group_employers, not_variables, progress,
            parquet_file=parquet_file, validate_rows=validate_input, while_waiting=read_identity,
            exclude_refused=exclude_refused, employer_level=employer_level,
        )  # fmt: skip
    except dask_engine.NeedsWholeTable:
        return None
    return identity["table"], results, n_chunks, excluded


def _read_identity_columns(parquet_file, keep_columns, names=ID_COLUMNS):
    """The identity columns `names` (and `keep_columns`) of a Parquet person table, without its input columns."""
    import pyarrow.parquet as pq

    present = set(pq.ParquetFile(parquet_file).schema_arrow.names)
    columns = [c for c in dict.fromkeys([*names, *keep_columns]) if c in present]
    return pq.read_table(parquet_file, columns=columns).to_pandas(split_blocks=True)


def _prepare_and_cut(table, baseline, outputs, period, specs, chunk_size, group_employers, not_variables, exclude_refused=False):
    """The encoded table, and its chunks: (prepared, permutation or None, bounds)."""
    prepared = prepare_table(table, baseline, period, ignore_columns=not_variables)
    if group_employers is None:
        # Whole employers per chunk only if an output needs a variable that aggregates over employees.
        flagged = employer_aggregation_in_model(baseline)
        group_employers = bool(employer_aggregation_used(prepared, outputs, period, specs, flagged, exclude_refused=exclude_refused))
    permutation, bounds = chunk_bounds(prepared, chunk_size, group_employers)
    return prepared, permutation, bounds


def _positions(permutation, start, stop):
    return slice(start, stop) if permutation is None else permutation[start:stop]


def _in_input_order(frames, prepared, permutation):
    """The chunks' results, concatenated, in the order of the input rows (copying the results, most of
    the memory, only when reordered)."""
    results = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    sorted_positions = np.arange(prepared.n) if permutation is None else permutation
    original_rows = prepared.order[sorted_positions]
    if np.array_equal(original_rows, np.arange(prepared.n)):
        results.index = original_rows
    else:
        results = results.take(np.argsort(original_rows))
        results.index = np.arange(prepared.n)
    return results


def _progress(total, enabled):
    from tqdm import tqdm

    return tqdm(total=total, unit="person", unit_scale=True, disable=not enabled, desc="microsimulation")
