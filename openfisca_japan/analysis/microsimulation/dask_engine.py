"""The Dask engine: the chunks of a microsimulation run as tasks on a Dask cluster.

Each task computes one chunk (whole households, with their employers' inputs taken from the whole
table) and builds the tax-benefit systems from the picklable `ReformSpec` (cached per worker process);
the results are identical to the local engine's. Without `scheduler`, a `LocalCluster` of `n_workers`
single-threaded worker processes is started and closed.

Two ways, chosen by whether the workers see the client's file system (a LocalCluster, or workers on the
same machine):

- *partitioned* (`run_partitioned`, workers see the client's files): the client only finds the households
  (one factorisation of `household_id`) and employers, cuts the rows into chunks of whole households (and of
  whole employer groups when an output aggregates over employers), and writes each chunk's raw rows to a
  file of a temporary directory (in `/dev/shm` when it exists), submitting its task at once. Each task
  reads, checks and encodes its own rows (`check_and_encode`; the problems of all the chunks are merged
  into one error, as for the whole table), computes, and writes its results straight into the output
  columns, files of the directory pre-sized for the whole table, at the rows' places in the input order:
  the client neither encodes the table nor receives, concatenates or reorders results, and maps the
  columns at the end. Employers split across chunks: the task also gets the row of each of its employers'
  first member in the whole table (employer inputs are read there, as the local engine does);
- *scattered* (`run_on_dask`, otherwise): the client prepares the whole table, cuts each chunk (a
  self-contained part of the encoded table) and sends it straight to a worker (`scatter`); results come
  back as DataFrames.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import pickle
import shutil
import tempfile
import types
import uuid

import numpy as np
import pandas as pd

from openfisca_japan.analysis.microsimulation.engine import build_simulation, chunk_bounds, compute_outputs, run_chunk
from openfisca_japan.analysis.microsimulation.table import (
    ID_COLUMNS,
    PreparedTable,
    Problem,
    _codes_in_order,
    check_and_encode,
    employer_codes,
    merge_problems,
    prepare_table,
    raise_problems,
)


def restrict(prepared: PreparedTable, positions) -> PreparedTable:
    """The part of `prepared` at `positions`, self-contained (employer inputs from the whole table)."""
    index = np.arange(prepared.n)[positions] if isinstance(positions, slice) else np.asarray(positions)
    employer = prepared.employer[index]
    employer_codes_, local = np.unique(employer, return_inverse=True)
    first_rows_global = prepared.employer_first_row[employer_codes_]
    # Employer inputs are read at the employer's first row of the WHOLE table: carry those rows along.
    extra_rows = np.setdiff1d(first_rows_global, index)
    rows = np.concatenate([index, extra_rows])
    in_chunk = np.full(prepared.n, -1, dtype=np.int64)
    in_chunk[rows] = np.arange(len(rows))
    inputs = [(name, periods, values[rows]) for name, periods, values in prepared.inputs]
    return dataclasses.replace(
        prepared,
        n=len(index),
        order=prepared.order[index],
        person_ids=prepared.person_ids[index],
        household=prepared.household[index],
        household_role=prepared.household_role[index],
        employer=local.astype(np.int64),
        has_employer=prepared.has_employer[index],
        weight=prepared.weight[index],
        inputs=inputs,
        employer_first_row=in_chunk[first_rows_global],
    )


def _task(part, outputs, period, specs, exclude_refused=False, employer_coupled=False):
    return run_chunk(part, slice(0, part.n), outputs, period, specs, None, exclude_refused, employer_coupled)


# glibc settings of the worker processes: Dask's default (MALLOC_TRIM_THRESHOLD_=65536) hands freed memory
# back to the system at once, so that every chunk's arrays are page-faulted and zeroed again; keeping up to
# 256 MB measured ~30 % faster tasks on 500,000-person chunks.
WORKER_MALLOC = {"MALLOC_TRIM_THRESHOLD_": 268435456, "MALLOC_MMAP_THRESHOLD_": 33554432, "ARROW_DEFAULT_MEMORY_POOL": "system"}
# Dask's statistical profiler samples every worker thread's stack each 10 ms, holding the GIL: off in the
# engine's own clusters (tasks measured ~20 % faster).
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


def local_cluster(n_workers, **options):
    """A LocalCluster of `n_workers` single-threaded worker processes, with `WORKER_MALLOC` and `WORKER_CONFIG`."""
    import dask
    from dask.distributed import LocalCluster

    environ = {f"distributed.nanny.pre-spawn-environ.{name}": value for name, value in WORKER_MALLOC.items()}
    with dask.config.set({**environ, **WORKER_CONFIG}):
        return LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR, **options
        )


@contextlib.contextmanager
def dask_client(scheduler=None, n_workers=2, client=None):
    """`client` itself, or a new client of `scheduler`, or of a new LocalCluster (closed at the end)."""
    from dask.distributed import Client

    if client is not None:
        yield client
        return
    if scheduler:
        with Client(scheduler) as own:
            yield own
        return
    with local_cluster(n_workers) as cluster, Client(cluster) as own:
        yield own


@contextlib.contextmanager
def shared_directory(client):
    """A temporary directory (in /dev/shm when it exists) that every worker sees, or None; removed at the end."""
    parent = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None  # noqa: S108
    directory = tempfile.mkdtemp(prefix="openfisca-japan-dask-", dir=parent)
    try:
        marker = os.path.join(directory, f"{uuid.uuid4().hex}.marker")
        open(marker, "w").close()
        seen = client.run(os.path.isfile, marker)
        yield directory if seen and all(seen.values()) else None
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _progress(total, progress):
    from tqdm import tqdm

    return tqdm(total=total, unit="person", unit_scale=True, desc="microsimulation (dask)", disable=not progress)


def run_on_dask(client, prepared, chunks, outputs, period, specs, progress=True, exclude_refused=False, employer_coupled=False):
    """The scattered way: each chunk of the prepared table is sent to a worker; DataFrames in chunk order
    ((frame, excluded) pairs with `exclude_refused`, as `run_chunk` returns them)."""
    from dask.distributed import as_completed

    # Each chunk's arrays go straight to a worker (not through the scheduler inside the task graph);
    # the workers compute while the next chunks are sent.
    futures = []
    for chunk in chunks:
        part = client.scatter(restrict(prepared, chunk), hash=False)
        futures.append(client.submit(_task, part, outputs, period, specs, exclude_refused, employer_coupled, pure=False))
    # Each result is fetched as soon as its task ends (while the workers compute the next ones), then
    # put back in chunk order.
    position = {future.key: i for i, future in enumerate(futures)}
    sizes = [len(range(prepared.n)[c]) if isinstance(c, slice) else len(c) for c in chunks]
    frames = [None] * len(futures)
    with _progress(prepared.n, progress) as bar:
        for future, frame in as_completed(futures, with_results=True):
            frames[position[future.key]] = frame
            bar.update(sizes[position[future.key]])
    return frames


# --- the partitioned way ---------------------------------------------------------------------------------


def _write_rows(frame: pd.DataFrame, path):
    """Rows of the person table to a file (Arrow IPC, uncompressed; pickle for what Arrow cannot hold)."""
    try:
        import pyarrow as pa
        import pyarrow.feather as feather
    except ImportError:  # pragma: no cover (pyarrow comes with pandas' Parquet support)
        pa = None
    if pa is not None:
        try:
            feather.write_feather(frame, path + ".arrow", compression="uncompressed")
            return path + ".arrow"
        except (pa.ArrowException, TypeError, ValueError):  # e.g. an object column of mixed types
            pass
    with open(path + ".pickle", "wb") as handle:
        pickle.dump(frame, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path + ".pickle"


@dataclasses.dataclass(frozen=True)
class ParquetSlice:
    """Rows [start, stop) of a Parquet file, read by the task itself (only the row groups they span)."""

    file: str
    start: int
    stop: int
    columns: tuple

    def read(self):
        """The rows as an Arrow table, text columns dictionary-encoded as in the file (the encoding then
        converts each distinct value once, without building every row's string)."""
        parquet, bounds = _open_with_dictionaries(self.file, self.columns)
        first = int(np.searchsorted(bounds, self.start, side="right")) - 1
        last = max(int(np.searchsorted(bounds, self.stop, side="left")), first + 1)
        table = parquet.read_row_groups(range(first, last), columns=list(self.columns), use_threads=False)
        return table.slice(self.start - int(bounds[first]), self.stop - self.start)


def _open_with_dictionaries(file, columns):
    """(ParquetFile reading the text columns among `columns` as dictionaries, first row of each row group
    followed by the row count)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pq.read_schema(file, memory_map=True)
    text = [f.name for f in schema if f.name in columns and (pa.types.is_string(f.type) or pa.types.is_large_string(f.type))]
    parquet = pq.ParquetFile(file, memory_map=True, read_dictionary=text)
    sizes = [parquet.metadata.row_group(i).num_rows for i in range(parquet.metadata.num_row_groups)]
    return parquet, np.concatenate([[0], np.cumsum(sizes)])


class RowGroups:
    """`columns` of rows of a Parquet file at any positions, each row group read once (on the client)."""

    def __init__(self, file, columns):
        self.parquet, self.bounds = _open_with_dictionaries(file, columns)
        self.columns = list(columns)
        self.groups = {}

    def take(self, positions) -> pd.DataFrame:
        import pyarrow as pa

        group_of = np.searchsorted(self.bounds, positions, side="right") - 1
        parts = []
        for group in np.unique(group_of):  # row groups, not persons
            if group not in self.groups:
                self.groups[group] = self.parquet.read_row_group(int(group), columns=self.columns, use_threads=False)
            parts.append(self.groups[group].take(pa.array(positions[group_of == group] - self.bounds[group])))
        return pa.concat_tables(parts).to_pandas(split_blocks=True)


def _read_rows(path) -> pd.DataFrame:
    if isinstance(path, ParquetSlice):
        return path.read().to_pandas(split_blocks=True, use_threads=False)
    if path.endswith(".arrow"):
        import pyarrow.feather as feather

        return feather.read_table(path, memory_map=True).to_pandas(split_blocks=True)
    with open(path, "rb") as handle:
        return pickle.load(handle)  # noqa: S301 (written by this run's client)


def _read_employer_rows(sources, columns) -> pd.DataFrame:
    """`columns` of the rows [(file of an earlier chunk, its row numbers)] of employers' first members (or
    those rows themselves, a DataFrame the client read from a Parquet file)."""
    import pyarrow as pa

    if isinstance(sources, pd.DataFrame):
        return sources[[c for c in columns if c in sources.columns]]

    parts = []
    for path, rows in sources:
        if path.endswith(".arrow"):
            import pyarrow.feather as feather

            parts.append(feather.read_table(path, columns=columns, memory_map=True).take(pa.array(rows)))
        else:
            parts.append(_read_rows(path)[columns].iloc[rows])
    if all(isinstance(part, pa.Table) for part in parts):
        return pa.concat_tables(parts).to_pandas()
    return pd.concat([part.to_pandas() if isinstance(part, pa.Table) else part for part in parts], ignore_index=True)


def _with_employer_rows(prepared: PreparedTable, own: pd.DataFrame, extra: PreparedTable, extra_rows: pd.DataFrame):
    """`prepared` whose employers present in `extra` (rows of their first members elsewhere in the table)
    read their inputs from those rows."""
    from openfisca_japan.analysis.microsimulation.systems import baseline_system

    own_ids = own["employer_id"].to_numpy()[prepared.order][prepared.has_employer]
    known = pd.DataFrame({"id": own_ids, "code": prepared.employer[prepared.has_employer]}).drop_duplicates("id")
    extra_ids = extra_rows["employer_id"].to_numpy()[extra.order]
    found = pd.Index(known["id"]).get_indexer(extra_ids)
    if (found < 0).any():
        raise RuntimeError("employer rows sent to a chunk without that employer")
    codes = known["code"].to_numpy()[found]
    first_row = prepared.employer_first_row.copy()
    first_row[codes] = prepared.n + np.arange(extra.n)
    variables = baseline_system().variables
    extra_inputs = {(name, str(periods)): values for name, periods, values in extra.inputs}
    inputs = []
    for name, periods, values in prepared.inputs:
        if variables[name].entity.key == "employer":
            values = np.concatenate([values, extra_inputs[name, str(periods)]])
        inputs.append((name, periods, values))
    return dataclasses.replace(prepared, inputs=inputs, employer_first_row=first_row)


# A task's answer that its rows break a rule of `validate_input_table`: the client then validates the whole
# table, for the error the local engine gives (rows numbered in the whole table).
INVALID_ROWS = Problem("rows that break the input rules")


def _partition_task(
    path, employer_rows, rows, outputs, period, specs, ignore_columns, columns, validate_rows=False, exclude_refused=False, employer_coupled=False
):  # fmt: skip
    """Read, check and encode one chunk's rows, compute, write the results into the output `columns`
    ({name: path}) at `rows` (the input rows). Returns (problems, persons computed or None, excluded persons:
    None, or with `exclude_refused` a DataFrame of their input rows `row` and `reason`)."""
    from openfisca_japan.analysis.microsimulation.systems import baseline_system
    from openfisca_japan.analysis.microsimulation.table import validate

    baseline = baseline_system()
    own = _read_rows(path)
    if validate_rows:
        try:
            validate(own, baseline, period, ignore_columns)
        except ValueError:
            return [INVALID_ROWS], None, None
    prepared, problems = check_and_encode(own, baseline, period, ignore_columns)
    if problems:
        return problems, None, None
    if len(employer_rows):
        # only what employers' inputs need
        wanted = ["household_id", "employer_id"] + [
            c for c in own.columns if str(c).split("@")[0] in baseline.variables and baseline.variables[str(c).split("@")[0]].entity.key == "employer"
        ]
        extra_rows = _read_employer_rows(employer_rows, wanted)
        extra, extra_problems = check_and_encode(extra_rows, baseline, period, ignore_columns)
        if extra_problems:  # reported by the chunks those rows belong to
            return [], None, None
        prepared = _with_employer_rows(prepared, own, extra, extra_rows)
    frame = run_chunk(prepared, slice(0, prepared.n), outputs, period, specs, None, exclude_refused, employer_coupled)
    excluded = None
    if exclude_refused:
        frame, excluded = frame
    if isinstance(rows, slice) and np.array_equal(prepared.order, np.arange(prepared.n)):
        target = rows
    else:
        target = np.arange(rows.start, rows.stop)[prepared.order] if isinstance(rows, slice) else np.asarray(rows)[prepared.order]
    for name, path_ in columns.items():
        values = frame[name]
        values = values.cat.codes.to_numpy() if isinstance(values.dtype, pd.CategoricalDtype) else values.to_numpy()
        column = np.load(path_, mmap_mode="r+")
        if column.dtype != values.dtype:
            raise RuntimeError(f"{name}: {values.dtype} results, {column.dtype} expected")
        column[target] = values
        column.flush()
        del column
    if excluded is not None:
        where = np.arange(rows.start, rows.stop)[prepared.order] if isinstance(rows, slice) else np.asarray(rows)[prepared.order]
        excluded = pd.DataFrame({"row": where[excluded["row"].to_numpy()].astype(np.int64), "reason": excluded["reason"].to_numpy()})
    return [], prepared.n, excluded


def _sample(rows_of, light, outputs, period, specs, ignore_columns, flagged, sample=400, exclude_refused=False):
    """The first households (about `sample` persons, `rows_of(start, stop)`), run on the client: which
    `flagged` variables (aggregating over employers) the outputs compute, and the output columns (a small
    DataFrame); without the households the law refuses, with `exclude_refused`."""
    from openfisca_japan.analysis.microsimulation.engine import on_sample
    from openfisca_japan.analysis.microsimulation.systems import baseline_system, build_system

    _, bounds = chunk_bounds(light, sample)
    start, stop = bounds[0]
    prepared = prepare_table(rows_of(start, stop), baseline_system(), period, ignore_columns)

    def run(positions):
        used = set()
        frame = {}
        for suffix, spec in specs.items():
            simulation = build_simulation(build_system(spec), prepared, positions)
            for column, values in compute_outputs(simulation, outputs, period).items():
                frame[f"{column}_{suffix}" if suffix else column] = values
            used |= {name for name in flagged if simulation.get_holder(name).get_known_periods()}
        return sorted(used), pd.DataFrame(frame, copy=False)

    return on_sample(run, prepared, slice(0, prepared.n), outputs, period, specs, exclude_refused)


def _household_codes(values: pd.Series):
    """Household codes in order of first appearance (at once for sorted numbers, as generated ids are)."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not values.hasnans and len(values) > 1:
        array = values.to_numpy()
        change = array[1:] != array[:-1]
        if (array[1:][change] > array[:-1][change]).all():
            return np.concatenate([[0], np.cumsum(change)])
    return _codes_in_order(values.to_numpy())[0]


def _unique(values: pd.Series):
    """True when no value repeats (at once for increasing numbers, as row numbers are)."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not values.hasnans:
        array = values.to_numpy()
        if len(array) < 2 or (array[1:] > array[:-1]).all():
            return True
    return not values.duplicated().any()


class NeedsWholeTable(Exception):
    """A Parquet file whose households are not contiguous, or whose outputs need whole employer groups:
    its rows cannot be read by the tasks as row ranges (the caller reads the file and runs again)."""


def run_partitioned(
    client,
    directory,
    table,
    outputs,
    period,
    specs,
    chunk_size,
    group_employers,
    ignore_columns,
    progress=True,
    parquet_file=None,
    validate_rows=False,
    while_waiting=None,
    exclude_refused=False,
    employer_level=(),
):
    """The partitioned way (see the module's docstring). Returns (results in the input rows' order, chunks, the
    excluded persons: None, or with `exclude_refused` a DataFrame of their input rows `row` and `reason`).

    With `parquet_file`, `table` holds only its household and employer ids: each task reads its own rows
    from the file (the client writes nothing) and, with `validate_rows`, validates them. `while_waiting()`,
    called once the tasks are submitted, returns the table of the identity columns (`person_id`...)."""
    from dask.distributed import as_completed

    from openfisca_japan.analysis.microsimulation.engine import employer_aggregation_in_model
    from openfisca_japan.analysis.microsimulation.systems import baseline_system

    n = len(table)
    if "household_id" not in table.columns:
        raise ValueError("The person table needs a `household_id` column")
    table = table.reset_index(drop=True)
    # Households contiguous, in order of first appearance (as `prepare_table` sorts them)
    household_codes = _household_codes(table["household_id"])
    if n < 2 or (np.diff(household_codes) >= 0).all():
        order = np.arange(n)
        household = household_codes
    else:
        order = np.argsort(household_codes, kind="stable")
        household = household_codes[order]
    light = types.SimpleNamespace(n=n, household=household.astype(np.int64), employer=None, has_employer=None)
    if parquet_file is not None:
        import pyarrow.parquet as pq

        if not np.array_equal(order, np.arange(n)):
            raise NeedsWholeTable("households are not contiguous in the file")
        file_columns = pq.ParquetFile(parquet_file).schema_arrow.names
        wanted = tuple(c for c in file_columns if c in ID_COLUMNS or not (c in ignore_columns or str(c).startswith("_")))

    def employer_rows_of(positions):
        # The ids and employer-variable columns of rows of the Parquet file (each row group read once)
        if getattr(light, "employer_groups", None) is None:
            variables = baseline_system().variables
            names = ["household_id", "employer_id"] + [
                c for c in wanted if str(c).split("@")[0] in variables and variables[str(c).split("@")[0]].entity.key == "employer"
            ]
            light.employer_groups = RowGroups(parquet_file, names)
        return light.employer_groups.take(positions)

    def find_employers():
        # Employer codes (in sorted order), found once, after the first chunk's task is submitted unless
        # the chunks are cut at employer groups' boundaries.
        if light.employer is None:
            if "employer_id" in table.columns:
                employer_raw = table["employer_id"] if np.array_equal(order, np.arange(n)) else table["employer_id"].iloc[order]
                light.employer, light.has_employer = employer_codes(employer_raw.reset_index(drop=True))
            else:
                light.employer, light.has_employer = np.arange(n, dtype=np.int64), np.zeros(n, dtype=bool)
            # Employers whose first member (in the whole table) is before a chunk: codes are numbered in order
            # of first appearance, so they are the chunk's employers with a code below the count seen before.
            light.seen_before = np.maximum.accumulate(np.where(light.has_employer, light.employer, -1)) + 1
            light.first_position = np.flatnonzero(np.diff(light.seen_before, prepend=0) > 0)  # of each code
        return light

    try:
        flagged = employer_aggregation_in_model(baseline_system()) if group_employers is None else []
        rows_of = (lambda a, b: _read_rows(ParquetSlice(parquet_file, a, b, wanted))) if parquet_file else (lambda a, b: table.iloc[order[a:b]])
        used, sample = _sample(rows_of, light, outputs, period, specs, ignore_columns, flagged, exclude_refused=exclude_refused)
    except ValueError:
        if parquet_file is not None:
            raise NeedsWholeTable("the first households have problems") from None
        prepare_table(table, baseline_system(), period, ignore_columns)  # raises the error of the whole table
        raise
    if group_employers is None:
        group_employers = bool(used)
    if parquet_file is not None and group_employers:
        raise NeedsWholeTable("the outputs need whole employer groups")
    permutation, bounds = chunk_bounds(find_employers() if group_employers else light, chunk_size, group_employers)

    # Output columns, pre-sized for the whole table, written by the tasks
    columns = {}
    categories = {}
    for i, name in enumerate(sample.columns):
        values = sample[name]
        if isinstance(values.dtype, pd.CategoricalDtype):
            categories[name] = values.cat.categories
            dtype = values.cat.codes.dtype
        else:
            dtype = values.to_numpy().dtype
        columns[name] = os.path.join(directory, f"output_{i}.npy")
        np.lib.format.open_memmap(columns[name], mode="w+", dtype=dtype, shape=(n,)).flush()

    paths = []
    if parquet_file is None:
        wanted = [c for c in table.columns if c in ID_COLUMNS or not (c in ignore_columns or str(c).startswith("_"))]
        source = table[wanted]
    starts = np.array([start for start, _ in bounds], dtype=np.int64)
    futures = []
    sizes = {}
    readers = {}  # file -> tasks that still have to read it (removed once read: tmpfs memory)
    reads = {}  # task -> files it reads
    for k, (start, stop) in enumerate(bounds):
        positions = slice(start, stop) if permutation is None else permutation[start:stop]
        rows = slice(start, stop) if parquet_file is not None else order[positions]
        if not isinstance(rows, slice) and permutation is None and rows.size and rows[-1] - rows[0] == rows.size - 1 and (np.diff(rows) == 1).all():
            rows = slice(int(rows[0]), int(rows[-1]) + 1)
        employer_rows = []
        if permutation is None and start > 0:
            found = find_employers()
            codes = found.employer[start:stop][found.has_employer[start:stop]]
            earlier = np.zeros(int(found.seen_before[start - 1]), dtype=bool)
            earlier[codes[codes < found.seen_before[start - 1]]] = True
            before = np.flatnonzero(earlier)
            if before.size and parquet_file is not None:
                # those rows' employer columns, sent with the task (a task reading them from the file would
                # decode the row groups of every earlier chunk)
                employer_rows = employer_rows_of(found.first_position[before])
            elif before.size:
                # read by the task from the files of the earlier chunks (positions are in chunk order)
                wanted_positions = found.first_position[before]
                chunk_of = np.searchsorted(starts, wanted_positions, side="right") - 1
                for j in np.unique(chunk_of):
                    employer_rows.append((paths[j], wanted_positions[chunk_of == j] - starts[j]))
        if parquet_file is None:
            path = _write_rows(source.iloc[rows], os.path.join(directory, f"chunk_{k}"))
        else:
            path = ParquetSlice(parquet_file, rows.start, rows.stop, wanted)
        paths.append(path)
        future = client.submit(
            _partition_task, path, employer_rows, rows, outputs, period, specs, tuple(ignore_columns), columns, validate_rows,
            exclude_refused, bool(group_employers) or bool(employer_level), pure=False,
        )  # fmt: skip
        futures.append(future)
        sizes[future.key] = stop - start
        sources = [] if isinstance(employer_rows, pd.DataFrame) else [source_path for source_path, _ in employer_rows]
        reads[future.key] = [read for read in [path, *sources] if not isinstance(read, ParquetSlice)]
        for read in reads[future.key]:
            readers[read] = readers.get(read, 0) + 1

    # What only the whole table can tell, checked while the workers compute
    if while_waiting is not None:
        table = while_waiting()
    whole_table = [Problem("person_id is not unique")] if "person_id" in table.columns and not _unique(table["person_id"]) else []
    problems = {}
    excluded = {}
    incomplete = False
    with _progress(n, progress) as bar:
        for future, (task_problems, computed, task_excluded) in as_completed(futures, with_results=True):
            problems[future.key] = task_problems
            excluded[future.key] = task_excluded
            incomplete |= computed is None
            bar.update(sizes[future.key])
            for read in reads[future.key]:
                readers[read] -= 1
                if not readers[read]:
                    os.remove(read)
    if any(INVALID_ROWS in found for found in problems.values()):
        raise NeedsWholeTable("rows break the input rules")
    raise_problems(merge_problems([whole_table] + [problems[future.key] for future in futures]))  # in chunk order
    if incomplete:  # pragma: no cover (a chunk's employer rows had problems that their own chunk did not report)
        raise RuntimeError("a chunk could not be computed")
    results = {}
    for name, path in columns.items():
        values = np.asarray(np.load(path, mmap_mode="c"))
        results[name] = pd.Categorical.from_codes(values, categories=categories[name]) if name in categories else values
    found = None
    if exclude_refused:
        found = [excluded[future.key] for future in futures if excluded[future.key] is not None]
        found = pd.concat(found, ignore_index=True) if found else pd.DataFrame({"row": np.zeros(0, np.int64), "reason": []})
    return pd.DataFrame(results, copy=False), len(bounds), found
