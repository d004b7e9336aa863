"""The Dask engine: the chunks of a microsimulation run as tasks on a Dask cluster.

Each task gets the arrays of its own chunk only (a `PreparedTable` restricted to whole households, with
its employers' inputs), builds the tax-benefit systems from the picklable `ReformSpec` (cached per worker
process) and returns a DataFrame; the results are concatenated in chunk order, so they are identical to
the local engine. Without `scheduler`, a `LocalCluster` of `n_workers` single-threaded worker processes is
started and closed.
"""

from __future__ import annotations

import dataclasses
import logging

import numpy as np

from openfisca_japan.microsimulation.engine import run_chunk
from openfisca_japan.microsimulation.table import PreparedTable


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


def run_on_dask(prepared, chunks, outputs, period, specs, scheduler=None, n_workers=2, progress=True, client=None):
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    own_client = client is None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(
                n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
            )
            client = Client(cluster)
    try:
        futures = [client.submit(_task, restrict(prepared, chunk), outputs, period, specs, pure=False) for chunk in chunks]
        if progress:
            from tqdm import tqdm

            sizes = {future.key: (len(range(prepared.n)[c]) if isinstance(c, slice) else len(c)) for future, c in zip(futures, chunks, strict=True)}
            with tqdm(total=prepared.n, unit="person", unit_scale=True, desc="microsimulation (dask)") as bar:
                for future in as_completed(futures):
                    bar.update(sizes[future.key])
        return client.gather(futures)
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()
