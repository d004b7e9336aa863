"""All of Japan: the whole model over a synthetic population streamed to Parquet, partitioned, on Dask.

    python -m bench.japan --persons 10000000                     # generate (once) and run one month on 2 workers
    python -m bench.japan --persons 125000000 --period year:2025-04
    python -m bench.japan --persons 10000000 --scheduler tcp://HOST:8786   # a real cluster (files on a shared disk)

1. The population is generated in batches of 1 M persons (2 processes) and streamed to
   bench/results/big/japan_<persons>.parquet in row groups of ~100,000 persons that end at household boundaries
   (never more than a few batches in memory), once; later runs reuse the file.
2. `partitioned.run_parquet` computes every variable of the whole model (`bench.__main__.whole_model_outputs`)
   into bench/results/big/out_<persons>/part-*.parquet: the client plans, Dask tasks read their own row groups
   and write their own files. Progress bar: persons/s and ETA.
3. Memory: the peak of the resident memory of the client and all its child processes (the LocalCluster's
   workers), summed, sampled every 0.5 s.
4. Amdahl: the client's serial CPU (planning; and the client's CPU while the tasks run, which includes the
   LocalCluster's scheduler) over the total work, and the speed-up it allows on 8, 64 and 512 workers. These are
   projections from fractions measured on this 2-core machine, not measurements on a cluster.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

from bench import append_result

HERE = Path(__file__).resolve().parent
BIG = HERE / "results" / "big"
MUNICIPALITIES = ["tokyo_special_wards", "yokkaichi"]


def population_file(persons, seed=1):
    from openfisca_japan.analysis.microsimulation import systems
    from openfisca_japan.analysis.synthetic_population import generate_parquet

    path = BIG / f"japan_{persons}.parquet"
    if not path.exists():
        BIG.mkdir(parents=True, exist_ok=True)
        system = systems.baseline_system()
        columns = [c for c in _columns() if c.split("@")[0] in system.variables]
        started = time.perf_counter()
        generate_parquet(str(path) + ".tmp", persons, seed=seed, municipalities=MUNICIPALITIES, columns=columns, workers=2)
        os.replace(str(path) + ".tmp", path)
        print(json.dumps({"generated": persons, "seconds": round(time.perf_counter() - started, 1)}), file=sys.stderr, flush=True)
    return path


def _columns():
    from openfisca_japan.analysis.synthetic_population import generate

    return list(generate(1000, seed=1, municipalities=MUNICIPALITIES).columns)


class MemorySampler:
    """Peak of the summed resident memory of this process and its children (every `interval` s)."""

    def __init__(self, interval=0.5):
        import psutil

        self.process, self.interval, self.peak, self._stop = psutil.Process(), interval, 0, threading.Event()
        self.baseline = self._sample()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self):
        total = 0
        for process in [self.process, *self.process.children(recursive=True)]:
            try:
                total += process.memory_info().rss
            except Exception:  # noqa: BLE001, S112 (a child that just ended)
                continue
        return total

    def _run(self):
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, self._sample())

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *_):
        self._stop.set()
        self.thread.join()


def amdahl(serial_seconds, parallel_seconds, workers=(8, 64, 512)):
    """Speed-up on N workers of a job with `serial_seconds` that do not parallelise and `parallel_seconds` that do."""
    total = serial_seconds + parallel_seconds
    fraction = serial_seconds / total
    return fraction, {n: round(1 / (fraction + (1 - fraction) / n), 1) for n in workers}


def task_overhead(outputs, period):
    """Seconds of one task's fixed cost (read, prepare, build the simulations, write), from a task of ~400
    persons minus its share of the per-person cost (measured in-process, after a warm-up)."""
    import tempfile

    from openfisca_japan.analysis.microsimulation import partitioned
    from openfisca_japan.analysis.synthetic_population import generate_parquet

    work = Path(tempfile.mkdtemp(prefix="overhead-"))
    path = generate_parquet(str(work / "small.parquet"), 400, seed=2, municipalities=MUNICIPALITIES, progress=False)
    plan = partitioned.make_plan(path, outputs, period, 1_000_000)
    times = []
    for _ in range(3):
        reduced = {}
        if plan.reduced or plan.employer_outputs:
            maps = partitioned.map_task(plan, 0, str(work))
            reduced = {b: partitioned.reduce_task(plan, b, [f for f in maps if f.endswith(f"-{b:04d}.parquet")], str(work)) for b in range(plan.buckets)}
        times.append(partitioned.partition_task(plan, 0, str(work), reduced)["cpu_seconds"])
    return min(times)


def run(persons, period, workers, scheduler, rows_per_task, executor):
    from bench.__main__ import whole_model_outputs
    from openfisca_japan.analysis.microsimulation.partitioned import run_parquet

    path = population_file(persons)
    outputs, excluded = whole_model_outputs(period=period)
    output_dir = BIG / f"out_{persons}_{period.replace(':', '_')}"
    load = os.getloadavg()[0]
    with MemorySampler() as memory:
        summary = run_parquet(
            str(path), outputs, period, output_dir, executor=executor, n_workers=workers, scheduler=scheduler, rows_per_task=rows_per_task,
        )  # fmt: skip
    tasks = summary.pop("tasks")
    task_cpu = [t["cpu_seconds"] for t in tasks]
    overhead = task_overhead(outputs, period)
    # serial: the client's own CPU (its main thread: planning, then submitting and collecting); the reduction
    # pass's tasks run in parallel and are counted with the others. (`client_cpu_seconds` also counts the
    # LocalCluster's scheduler and nannies, threads of the client process here, another machine in a cluster.)
    serial = summary["client_main_thread_cpu_seconds"]
    per_task = max(serial - summary["planning_cpu_seconds"], 0) / len(tasks)
    fraction, projected = amdahl(serial, sum(task_cpu))
    # the same fractions at 125 million persons (tasks of the same size): planning once, per-task costs x tasks
    scale = 125_000_000 / persons
    serial_125m = summary["planning_cpu_seconds"] + per_task * len(tasks) * scale
    fraction_125m, projected_125m = amdahl(serial_125m, sum(task_cpu) * scale)
    record = {
        "benchmark": "japan",
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "period": period,
        "outputs": len(outputs),
        "excluded_outputs": excluded,
        **summary,
        "persons_per_second": round(persons / summary["seconds"]),
        "task_cpu_min_median_max": [round(min(task_cpu), 2), round(sorted(task_cpu)[len(task_cpu) // 2], 2), round(max(task_cpu), 2)],
        "task_fixed_cpu_seconds": round(overhead, 3),
        "task_fixed_share": round(overhead * len(tasks) / sum(task_cpu), 3),
        "serial_seconds": round(serial, 2),
        "serial_fraction": round(fraction, 4),
        "amdahl_speedup": projected,
        "client_cpu_per_task": round(per_task, 4),
        "projection_125m": {"serial_seconds": round(serial_125m, 1), "serial_fraction": round(fraction_125m, 5), "amdahl_speedup": projected_125m},
        "peak_memory_mb": round(memory.peak / 2**20),
        "memory_before_mb": round(memory.baseline / 2**20),
        "load_average": [round(load, 2), round(os.getloadavg()[0], 2)],
        "scheduler": scheduler or f"LocalCluster({workers})",
    }
    print(json.dumps(record), flush=True)
    append_result(record)
    return record


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.japan", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=10_000_000)
    parser.add_argument("--period", default="2025-06", help="a month (2025-06) or a fiscal year (year:2025-04)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the LocalCluster (default 2)")
    parser.add_argument("--scheduler", help="address of a Dask scheduler (a real cluster; the Parquet file and the output directory must be on a disk every worker sees)")
    parser.add_argument("--rows-per-task", type=int, default=100_000)
    parser.add_argument("--executor", choices=["dask", "processes", "local"], default="dask")
    parser.add_argument("--generate-only", action="store_true")
    args = parser.parse_args(argv)
    if args.generate_only:
        population_file(args.persons)
        return 0
    run(args.persons, args.period, args.workers, args.scheduler, args.rows_per_task, args.executor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
