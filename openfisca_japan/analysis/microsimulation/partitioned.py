"""Partitioned runs of a Parquet person table: all of Japan on one machine, and partitions that scale on a cluster.

    >>> from openfisca_japan.analysis.microsimulation.partitioned import run_parquet, read_results
    >>> run = run_parquet("japan.parquet", outputs, "2025-06", "output/japan", executor="dask", n_workers=2)
    >>> read_results("output/japan")          # one DataFrame (small runs), or read the part files one by one

The client only plans: it reads the file's metadata (row groups, and the min/max statistics of `household_id`
and `employer_id`), runs the outputs on the first ~400 persons (which outputs need a whole employer, which
intermediates can be released), and submits tasks. Each task reads its own row groups and writes its own output
file (`part-00012.parquet`, same rows in the same order); nothing but file names and timings comes back.

1. **Reduction pass** (only when an output needs a variable that sums over an employer's members, e.g.
   `workers_compensation_wage_base`): map tasks read, for their row groups, `employer_id` and the input columns
   that variable reads, and write them in buckets of employer-id ranges; one reduce task per bucket computes the
   variable with the model's own formula on whole employers (each person in a household of their own: allowed
   because the variable's traced dependencies use no household variable, checked on the sample) and writes
   one value per employer.
2. **Partitions by household only**: consecutive row groups, about `rows_per_task` persons each (households must
   not straddle two row groups: checked on the statistics; `synthetic_population.generate_parquet` writes such
   files). Each task adds the reduced employer values as inputs, so no task needs a whole employer: no giant
   "employer component" chunk. The largest partition's persons over the mean are reported (`balance`).

Employer input columns (`health_insurer`, `employee_count`, ...) are read, as in the other engines, from an
employer's first row — here its first row in the task's partition: they must be the same on every row of an
employer (they are in the synthetic population). The results are identical, bit for bit, to the local engine's
(tests/python/test_partitioned.py), whatever the task size, executor and number of workers.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path

import numpy as np
import pandas as pd

from openfisca_japan.analysis.microsimulation import engine, systems
from openfisca_japan.analysis.microsimulation.bulk import release_plan
from openfisca_japan.analysis.microsimulation.table import prepare_table, split_column, validate

IDENTITY = ("person_id", "household_id", "employer_id", "household_role", "weight")


# --- Planning (client) -------------------------------------------------------------------------------------


def _row_group_stats(metadata, column_index, group):
    statistics = metadata.row_group(group).column(column_index).statistics
    if statistics is None or not statistics.has_min_max:
        return None
    return statistics.min, statistics.max


def plan_partitions(path, rows_per_task):
    """[(first row group, row groups, first row, rows)] of consecutive row groups with about `rows_per_task`
    rows each, from the file's metadata only. Raises when households may straddle two row groups."""
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(path).metadata
    names = [metadata.schema.column(i).name for i in range(metadata.num_columns)]
    if "household_id" not in names:
        raise ValueError("The person table needs a `household_id` column")
    household = names.index("household_id")
    previous = None
    for group in range(metadata.num_row_groups):
        stats = _row_group_stats(metadata, household, group)
        if stats is None or (previous is not None and not stats[0] > previous):
            raise ValueError(
                f"{path}: households must be contiguous with increasing `household_id` and never straddle two row "
                "groups (row group statistics); sort the table by household and write row groups that end at a "
                "household boundary (`synthetic_population.generate_parquet` does), or use `run_microsimulation`"
            )
        previous = stats[1]
    # a partition takes the next row group while it stays within 1.25 x rows_per_task (row groups that end at a
    # household boundary are a little short of their nominal size; a batch's small last group joins the others)
    partitions, start, rows, first_row = [], 0, 0, 0
    for group in range(metadata.num_row_groups):
        size = metadata.row_group(group).num_rows
        if rows and rows + size > 1.25 * rows_per_task:
            partitions.append((start, group - start, first_row, rows))
            first_row += rows
            start, rows = group, 0
        rows += size
    if rows or not partitions:
        partitions.append((start, metadata.num_row_groups - start, first_row, rows))
    return partitions


def _employer_range(path, groups):
    """(min, max) `employer_id` of row groups `groups` from the statistics, or None."""
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(path).metadata
    names = [metadata.schema.column(i).name for i in range(metadata.num_columns)]
    if "employer_id" not in names:
        return None
    index = names.index("employer_id")
    low, high = None, None
    for group in groups:
        stats = _row_group_stats(metadata, index, group)
        if stats is None:
            return None
        low = stats[0] if low is None else min(low, stats[0])
        high = stats[1] if high is None else max(high, stats[1])
    return low, high


def _read_groups(path, first, count, columns=None):
    import pyarrow.parquet as pq

    file = pq.ParquetFile(path)
    present = set(file.schema_arrow.names)
    if columns is not None:
        columns = [c for c in dict.fromkeys(columns) if c in present]
    return file.read_row_groups(range(first, first + count), columns=columns).to_pandas(split_blocks=True)


def _dependencies(simulation, name):
    """Names of the variables in the traced calculation trees of `name`, wherever it was computed (as an output
    or inside another output's tree: later reads of the cache have no children)."""
    roots, stack = [], list(simulation.tracer.trees)
    while stack:
        node = stack.pop()
        if node.name == name:
            roots.append(node)
        else:
            stack.extend(node.children)
    found, stack = set(), roots
    while stack:
        node = stack.pop()
        found.add(node.name)
        stack.extend(node.children)
    return found


@dataclasses.dataclass
class Plan:
    """What the client decided (sent to every task)."""

    path: str
    outputs: list
    period: str
    specs: dict
    partitions: list
    reduced: dict  # employer variable -> (periods, input columns it reads)
    plans: dict | None  # release plans
    employer_outputs: list  # output columns of numeric employer variables (on the employer's first person)
    validate_input: bool
    bucket_width: int = 0
    buckets: int = 0
    exclude_refused: bool = False  # leave out the households the law refuses (docs/analysis.md)


def make_plan(path, outputs, period, rows_per_task, specs=None, validate_input=True, sample=400, exclude_refused=False):
    path = os.path.abspath(str(path))
    specs = specs or {"": systems.ReformSpec()}
    outputs = [o if isinstance(o, engine.OutputSpec) else engine.OutputSpec.parse(o) for o in outputs]
    partitions = plan_partitions(path, rows_per_task)
    baseline = systems.baseline_system()
    head = _read_groups(path, 0, 1)
    head = head[head["household_id"].isin(head["household_id"].drop_duplicates().iloc[: max(sample // 2, 1)])]
    prepared = prepare_table(head, baseline, period, ignore_columns=_not_variables(head, baseline))

    def trace(positions):
        traced, plans = [], {}
        for suffix, spec in specs.items():
            system = systems.build_system(spec)

            def factory(system=system):
                traced.append(engine.build_simulation(system, prepared, positions))
                return traced[-1]

            plans[suffix] = release_plan(factory, outputs, lambda simulation, output: engine.compute_outputs(simulation, [output], period))
        return traced, plans

    # (without the households the law refuses, with exclude_refused)
    traced, plans = engine.on_sample(trace, prepared, slice(0, prepared.n), outputs, period, specs, exclude_refused)
    simulation = traced[0]  # traced: which employer sums the outputs need, and what they read
    flagged = engine.employer_aggregation_in_model(baseline)
    reduced = {}
    if flagged:
        for name in flagged:
            holder = simulation.get_holder(name)
            known = [str(p) for p in holder.get_known_periods()]
            if not known:
                continue
            if name in {split_column(c)[0] for c in head.columns}:
                continue  # given as an input column: nothing to reduce
            needs = _dependencies(simulation, name)
            entities = {baseline.get_variable(n).entity.key for n in needs}
            if "household" in entities:
                raise ValueError(f"{name} reads household variables: it cannot be reduced over employers alone")
            columns = ["employer_id", *(c for c in head.columns if split_column(c)[0] in needs)]
            reduced[name] = (known, columns)
    employer_outputs = [
        o.column for o in outputs
        if baseline.get_variable(o.name).entity.key == "employer" and getattr(baseline.get_variable(o.name), "possible_values", None) is None
        and baseline.get_variable(o.name).value_type in (float, int)
    ]  # fmt: skip
    result = Plan(
        path, outputs, period, specs, partitions, reduced, plans, employer_outputs=employer_outputs, validate_input=validate_input,
        exclude_refused=exclude_refused,
    )  # fmt: skip
    if reduced or employer_outputs:
        span = _employer_range(path, range(sum(p[1] for p in partitions)))
        buckets = max(1, len(partitions) // 4)
        result.buckets = buckets
        result.bucket_width = 0 if span is None else max(1, -(-(int(span[1]) + 1) // buckets))
    return result


def _not_variables(frame, system):
    return [c for c in frame.columns if c not in IDENTITY and split_column(str(c))[0] not in system.variables]


def _bucket_of(plan, employer_ids):
    if plan.bucket_width:
        return np.minimum(employer_ids // plan.bucket_width, plan.buckets - 1)
    return employer_ids % plan.buckets


# --- Tasks (workers) -----------------------------------------------------------------------------------------


def map_task(plan: Plan, index, work):
    """Reduction pass, map: this partition's employed persons' columns, by bucket of employer ids."""
    first, count, first_row, _ = plan.partitions[index]
    columns = sorted({"employer_id", *(c for _, cols in plan.reduced.values() for c in cols)})
    frame = _read_groups(plan.path, first, count, columns)
    frame["_row"] = np.arange(first_row, first_row + len(frame))
    employer = frame["employer_id"]
    frame = frame[employer.notna().to_numpy() & (employer.fillna(-1).to_numpy() >= 0)]
    ids = frame["employer_id"].to_numpy(dtype=np.int64)
    bucket = _bucket_of(plan, ids)
    files = []
    for b in np.unique(bucket):
        name = Path(work) / f"map-{index:05d}-{int(b):04d}.parquet"
        frame[bucket == b].to_parquet(name, index=False)
        files.append(str(name))
    return files


def reduce_task(plan: Plan, bucket, files, work):
    """Reduction pass, reduce: the reduced variables of the employers of one bucket, on whole employers."""
    frames = [pd.read_parquet(f) for f in sorted(files)]  # partitions in order: rows in table order
    out = Path(work) / f"reduced-{bucket:04d}.parquet"
    if not frames:
        pd.DataFrame({"employer_id": pd.Series([], dtype="int64")}).to_parquet(out, index=False)
        return str(out)
    frame = pd.concat(frames, ignore_index=True)
    frame = frame.iloc[np.argsort(frame["employer_id"].to_numpy(dtype=np.int64), kind="stable")].reset_index(drop=True)
    ids = frame["employer_id"].to_numpy(dtype=np.int64)
    first = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    result = {"employer_id": ids[first], "_first_row": frame["_row"].to_numpy()[first]}
    if not plan.reduced:
        pd.DataFrame(result).to_parquet(out, index=False)
        return str(out)
    frame = frame.drop(columns="_row")
    frame.insert(0, "household_id", np.arange(len(frame)))  # each person alone: the variables read no household
    frame.insert(1, "household_role", "head")
    system = systems.baseline_system()
    prepared = prepare_table(frame, system, plan.period)
    simulation = engine.build_simulation(system, prepared, slice(0, prepared.n))
    for name, (known, _) in plan.reduced.items():
        for period in known:
            result[f"{name}@{period}"] = simulation.calculate(name, period)
    pd.DataFrame(result).to_parquet(out, index=False)
    return str(out)


def partition_task(plan: Plan, index, output_dir, reduced_files=()):
    """Pass 2: read this partition's row groups, compute, write `part-NNNNN.parquet`. Returns timings."""
    started, cpu = time.perf_counter(), time.process_time()
    first, count, _, rows = plan.partitions[index]
    frame = _read_groups(plan.path, first, count)
    read = time.perf_counter() - started
    system = systems.baseline_system()
    ignore = _not_variables(frame, system)
    if plan.validate_input:
        validate(frame, system, plan.period, ignore)
    first_rows = None
    if (plan.reduced or plan.employer_outputs) and len(frame):
        employer_ids = frame["employer_id"].to_numpy(dtype=np.float64, na_value=-1).astype(np.int64)
        employed = employer_ids >= 0
        wanted = np.unique(_bucket_of(plan, employer_ids[employed]))
        values = pd.concat([pd.read_parquet(reduced_files[b]) for b in wanted], ignore_index=True) if len(wanted) else None
        if values is not None and len(values):
            known = values["employer_id"].to_numpy()
            order = np.argsort(known, kind="stable")
            found = order[np.clip(np.searchsorted(known, employer_ids, sorter=order), 0, len(known) - 1)]
            for column in values.columns:
                if column == "_first_row":
                    first_rows = np.where(employed, values[column].to_numpy()[found], -1)
                elif column != "employer_id":
                    frame[column] = np.where(employed, values[column].to_numpy()[found], 0.0)
    prepared = prepare_table(frame, system, plan.period, ignore_columns=ignore)
    computed = engine.run_chunk(
        prepared, slice(0, prepared.n), plan.outputs, plan.period, plan.specs, plan.plans, plan.exclude_refused,
        bool(plan.reduced or plan.employer_outputs),
    )  # fmt: skip
    excluded = None
    if plan.exclude_refused:
        computed, excluded = computed
        excluded = (prepared.order[excluded["row"].to_numpy()], excluded["reason"].to_numpy())  # rows of the partition
    if not np.array_equal(prepared.order, np.arange(prepared.n)):  # back to the partition's row order
        computed = computed.take(np.argsort(prepared.order)).reset_index(drop=True)
    if plan.employer_outputs:
        # an employer's numeric output is put on its first person in the whole table, 0 elsewhere (as the
        # other engines do), not on its first person in each partition
        row_numbers = np.arange(plan.partitions[index][2], plan.partitions[index][2] + len(frame))
        elsewhere = (first_rows != row_numbers) if first_rows is not None else np.ones(len(frame), dtype=bool)
        for column in plan.employer_outputs:
            for name in [f"{column}_{suffix}" if suffix else column for suffix in plan.specs]:
                values = computed[name].to_numpy()
                computed[name] = np.where(elsewhere, values.dtype.type(0), values)
    identity = pd.DataFrame({c: frame[c].array for c in IDENTITY if c in frame.columns})
    result = pd.concat([identity, computed], axis=1)
    found = None
    if excluded is not None:
        from openfisca_japan.analysis.microsimulation import exclusions

        # the excluded persons' rows are not written (as the other engines drop them)
        found = exclusions.records(frame, *excluded).to_dict("records")
        if len(excluded[0]):
            keep = np.ones(len(result), dtype=bool)
            keep[excluded[0]] = False
            result = result[keep].reset_index(drop=True)
    name = Path(output_dir) / f"part-{index:05d}.parquet"
    result.to_parquet(name, index=False)
    return {
        "index": index, "rows": rows, "seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu, "read_seconds": read,
        "file": str(name), "excluded": found,
    }  # fmt: skip


# --- Executors ------------------------------------------------------------------------------------------------


class _Inline:
    """Runs each task at once in this process (a future-like `result()`)."""

    class _Done:
        def __init__(self, value):
            self.value = value

        def result(self):
            return self.value

    def submit(self, function, *args):
        return self._Done(function(*args))

    def close(self):
        pass


class _Dask:
    def __init__(self, scheduler, n_workers, client):
        from openfisca_japan.analysis.microsimulation import dask_engine

        self._context = dask_engine.dask_client(scheduler, n_workers, client)
        self.client = self._context.__enter__()

    def submit(self, function, *args):
        return self.client.submit(function, *args, pure=False)

    def close(self):
        self._context.__exit__(None, None, None)


class _Processes:
    def __init__(self, n_workers):
        from concurrent.futures import ProcessPoolExecutor

        self.pool = ProcessPoolExecutor(n_workers)

    def submit(self, function, *args):
        return self.pool.submit(function, *args)

    def close(self):
        self.pool.shutdown()


def _executor(name, n_workers, scheduler, client):
    if name == "local":
        return _Inline()
    if name == "processes":
        return _Processes(n_workers)
    if name == "dask":
        return _Dask(scheduler, n_workers, client)
    raise ValueError(f"Unknown executor {name!r} (local, processes or dask)")


def _as_completed(futures):
    try:
        from dask.distributed import Future, as_completed

        if futures and isinstance(futures[0], Future):
            return as_completed(futures)
    except ImportError:  # pragma: no cover
        pass
    if futures and hasattr(futures[0], "done"):
        from concurrent.futures import as_completed

        return as_completed(futures)
    return iter(futures)


def run_parquet(
    path, outputs, period, output_dir, *, executor="local", n_workers=2, scheduler=None, dask_client=None,
    rows_per_task=100_000, specs=None, validate_input=True, progress=True, exclude_refused=False,
):  # fmt: skip
    """Compute `outputs` for every person of the Parquet file `path` into `output_dir`/part-NNNNN.parquet.

    `executor`: `local` (this process), `processes` (a pool of `n_workers`), `dask` (a LocalCluster of
    `n_workers`, or the cluster at `scheduler`, or `dask_client`). Returns a summary dict (also written to
    `output_dir`/summary.json): timings of the client's planning (serial), of each task, the partitions' balance.
    With `exclude_refused`, the households the law refuses are left out of the part files and the summary's
    `excluded` says which (`exclusions.summary`; `read_results` puts it in `attrs["excluded"]`)."""
    from tqdm import tqdm

    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    work = output_dir / "_work"
    work.mkdir(exist_ok=True)
    wall = time.perf_counter()
    client_cpu, main_thread_cpu = time.process_time(), time.thread_time()
    plan = make_plan(path, outputs, period, rows_per_task, specs, validate_input, exclude_refused=exclude_refused)
    planning_seconds = time.perf_counter() - wall
    planning_cpu = time.process_time() - client_cpu
    pool = _executor(executor, n_workers, scheduler, dask_client)
    total = sum(p[3] for p in plan.partitions)
    try:
        reduced_files = {}
        reduction_seconds = 0.0
        if plan.reduced:
            started = time.perf_counter()
            maps = [pool.submit(map_task, plan, i, str(work)) for i in range(len(plan.partitions))]
            by_bucket = {b: [] for b in range(plan.buckets)}
            for future in maps:
                for file in future.result():
                    by_bucket[int(Path(file).stem.rsplit("-", 1)[1])].append(file)
            reduces = {b: pool.submit(reduce_task, plan, b, files, str(work)) for b, files in by_bucket.items()}
            reduced_files = {b: future.result() for b, future in reduces.items()}
            reduction_seconds = time.perf_counter() - started
        bar = tqdm(total=total, unit="person", unit_scale=True, disable=not progress, desc="all partitions", smoothing=0.1)
        futures = [pool.submit(partition_task, plan, i, str(output_dir), reduced_files) for i in range(len(plan.partitions))]
        tasks = []
        for future in _as_completed(futures):
            done = future.result()
            if not exclude_refused:
                done.pop("excluded", None)
            tasks.append(done)
            bar.update(done["rows"])
        bar.close()
    finally:
        pool.close()
    rows = [p[3] for p in plan.partitions]
    summary = {
        "persons": total,
        "partitions": len(rows),
        "balance_max_over_mean": round(max(rows) / (sum(rows) / len(rows)), 3) if rows else None,
        "reduced_variables": sorted(plan.reduced),
        "planning_seconds": round(planning_seconds, 3),
        "planning_cpu_seconds": round(planning_cpu, 3),
        "client_cpu_seconds": round(time.process_time() - client_cpu, 3),
        # the client's own work (planning, submitting, collecting), without the threads of a LocalCluster's
        # scheduler and nannies that live in the client process here and on their own machine in a cluster
        "client_main_thread_cpu_seconds": round(time.thread_time() - main_thread_cpu, 3),
        "reduction_seconds": round(reduction_seconds, 3),
        "seconds": round(time.perf_counter() - wall, 3),
        "task_seconds": round(sum(t["seconds"] for t in tasks), 3),
        "task_cpu_seconds": round(sum(t["cpu_seconds"] for t in tasks), 3),
        "executor": executor,
        "workers": n_workers if executor != "local" else 1,
        "tasks": sorted(tasks, key=lambda t: t["index"]),
    }
    if exclude_refused:
        from openfisca_japan.analysis.microsimulation import exclusions

        found = [record for task in summary["tasks"] for record in task.pop("excluded")]
        table = pd.DataFrame(found, columns=list(exclusions.RECORD_COLUMNS))
        summary["excluded"] = exclusions.summary(table, _has_weight(path))
    (output_dir / "summary.json").write_text(json.dumps(summary, indent=1))
    return summary


def _has_weight(path):
    import pyarrow.parquet as pq

    return "weight" in pq.ParquetFile(path).schema_arrow.names


def read_results(output_dir):
    """The part files of a run, in order, as one DataFrame (for runs that fit in memory); `attrs["excluded"]`
    from the run's summary when it left out refused households."""
    files = sorted(Path(output_dir).glob("part-*.parquet"))
    results = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    summary = Path(output_dir) / "summary.json"
    if summary.is_file():
        excluded = json.loads(summary.read_text()).get("excluded")
        if excluded is not None:
            results.attrs["excluded"] = excluded
    return results
