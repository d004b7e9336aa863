"""The Dask engine: the chunks of a microsimulation run as tasks on a Dask cluster.

Each task computes one chunk (whole households, with their employers' inputs taken from the whole
table), builds the tax-benefit systems from the picklable `ReformSpec` (cached per worker process) and
returns a DataFrame; the results are concatenated in chunk order, so they are identical to the local
engine. Without `scheduler`, a `LocalCluster` of `n_workers` single-threaded worker processes is started
and closed.

How the chunks reach the workers: when the workers see the client's file system (a LocalCluster, or
workers on the same machine), the encoded table is written once to .npy files in a temporary directory
and each task maps the files and reads its own chunk from them, as the local engine does (no per-chunk
serialisation by the client, which would otherwise be the bottleneck); otherwise the client cuts each
chunk and sends it straight to a worker (`scatter`, not through the scheduler).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import tempfile
import uuid

import numpy as np

from openfisca_japan.microsimulation.engine import run_chunk
from openfisca_japan.microsimulation.table import PreparedTable

_ARRAY_FIELDS = ("order", "person_ids", "household", "household_role", "employer", "has_employer", "weight", "employer_first_row")


def restrict(prepared: PreparedTable, positions) -> PreparedTable:
    """The part of `prepared` at `positions`, self-contained (employer inputs from the whole table)."""
    index = np.arange(prepared.n)[positions] if isinstance(positions, slice) else np.asarray(positions)
    employer = prepared.employer[index]
    employer_codes, local = np.unique(employer, return_inverse=True)
    first_rows_global = prepared.employer_first_row[employer_codes]
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


def _task(part, outputs, period, specs):
    return run_chunk(part, slice(0, part.n), outputs, period, specs)


def _store(prepared: PreparedTable, directory) -> PreparedTable:
    """A copy of `prepared` whose arrays are written to .npy files of `directory` (fields hold the paths)."""

    def save(name, array):
        path = os.path.join(directory, f"{name}.npy")
        np.save(path, np.ascontiguousarray(array))
        return path

    inputs = [(name, periods, save(f"input_{i}", values)) for i, (name, periods, values) in enumerate(prepared.inputs)]
    return dataclasses.replace(prepared, inputs=inputs, **{field: save(field, getattr(prepared, field)) for field in _ARRAY_FIELDS})


def _load(stored: PreparedTable) -> PreparedTable:
    """The table written by `_store`, its arrays mapped from the files (copy-on-write: never written back)."""

    def load(path):
        return np.asarray(np.load(path, mmap_mode="c"))

    inputs = [(name, periods, load(path)) for name, periods, path in stored.inputs]
    return dataclasses.replace(stored, inputs=inputs, **{field: load(getattr(stored, field)) for field in _ARRAY_FIELDS})


def _task_from_files(stored, positions, outputs, period, specs):
    # As the local engine: the chunk's simulations are built from the positions of the whole (mapped) table.
    return run_chunk(_load(stored), positions, outputs, period, specs)


def _workers_see(client, path):
    """True when every worker of `client` sees the file `path` (same machine or shared file system)."""
    seen = client.run(os.path.isfile, path)
    return bool(seen) and all(seen.values())


# glibc settings of the worker processes: Dask's default (MALLOC_TRIM_THRESHOLD_=65536) hands freed memory
# back to the system at once, so that every chunk's arrays are page-faulted and zeroed again; keeping up to
# 256 MB measured ~30 % faster tasks on 500,000-person chunks.
WORKER_MALLOC = {"MALLOC_TRIM_THRESHOLD_": 268435456, "MALLOC_MMAP_THRESHOLD_": 33554432}


def local_cluster(n_workers, **options):
    """A LocalCluster of `n_workers` single-threaded worker processes, with `WORKER_MALLOC`."""
    import dask
    from dask.distributed import LocalCluster

    environ = {f"distributed.nanny.pre-spawn-environ.{name}": value for name, value in WORKER_MALLOC.items()}
    with dask.config.set(environ):
        return LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR, **options
        )


def run_on_dask(prepared, chunks, outputs, period, specs, scheduler=None, n_workers=2, progress=True, client=None):
    from dask.distributed import Client, as_completed

    cluster = None
    own_client = client is None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = local_cluster(n_workers)
            client = Client(cluster)
    directory = tempfile.mkdtemp(prefix="openfisca-japan-dask-")
    try:
        marker = os.path.join(directory, f"{uuid.uuid4().hex}.marker")
        open(marker, "w").close()
        if _workers_see(client, marker):
            stored = client.scatter(_store(prepared, directory), broadcast=True, hash=False)  # paths only: small
            futures = [client.submit(_task_from_files, stored, chunk, outputs, period, specs, pure=False) for chunk in chunks]
        else:
            # Each chunk's arrays go straight to a worker (not through the scheduler inside the task graph);
            # the workers compute while the next chunks are sent.
            futures = []
            for chunk in chunks:
                part = client.scatter(restrict(prepared, chunk), hash=False)
                futures.append(client.submit(_task, part, outputs, period, specs, pure=False))
        from tqdm import tqdm

        # Each result is fetched as soon as its task ends (while the workers compute the next ones), then
        # put back in chunk order.
        position = {future.key: i for i, future in enumerate(futures)}
        sizes = [len(range(prepared.n)[c]) if isinstance(c, slice) else len(c) for c in chunks]
        frames = [None] * len(futures)
        with tqdm(total=prepared.n, unit="person", unit_scale=True, desc="microsimulation (dask)", disable=not progress) as bar:
            for future, frame in as_completed(futures, with_results=True):
                frames[position[future.key]] = frame
                bar.update(sizes[position[future.key]])
        return frames
    finally:
        shutil.rmtree(directory, ignore_errors=True)
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()
