"""Benchmarks of openfisca-japan at scale (`make bench` = `python -m bench`; not part of `make test`).

    python -m bench                 # all benchmarks below, results appended to bench/results/latest.json
    python -m bench payslip --persons 1000000
    python -m bench whole --persons 1000000
    python -m bench linear --sizes 10000 100000 1000000 10000000
    python -m bench dask --persons 4000000
    python -m bench dask-whole --persons 4000000 --source parquet   # the whole model on Dask
    python -m bench ceiling         # 2 independent processes vs 1: what 2 cores give at best
    python -m bench payslip --profile   # where the time goes, by formula

Each measurement runs in a fresh subprocess. Memory: `peak_rss_mb` is the peak resident memory of that
process during the run (VmHWM, reset just before the run), `peak_increase_mb` its increase over the memory
held before the run (interpreter, model, the person table). Timings are
end to end from a person table in memory (a pandas DataFrame of the synthetic population): encoding the
table, building the simulations from arrays, and computing; generating the table is not timed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PERIOD = "2025-06"

PAYSLIP_OUTPUTS = [
    f"{name}{suffix}"
    for name in (
        "health_insurance_premium",
        "nursing_care_premium",
        "child_rearing_support_levy",
        "employees_pension_premium",
        "employment_insurance_premium",
    )
    for suffix in ("", "_employee", "_employer")
] + ["social_insurance_premiums_employee", "social_insurance_premiums_employer"]


def _rss_mb():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb():
    """Peak resident memory since the last `_reset_peak` (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak():
    """Reset the peak resident memory (Linux: `echo 5 > /proc/self/clear_refs`)."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass


def _population(persons, scope):
    import pandas as pd

    from openfisca_japan.analysis.microsimulation import systems
    from openfisca_japan.analysis.synthetic_population import generate

    system = systems.baseline_system()
    municipalities = ["tokyo_special_wards", "yokohama", "yokkaichi"] if scope == "modelled" else None
    if persons > 2_000_000:
        # Above 2 million, copies of a 1-million population with shifted ids (generation memory stays low)
        base = generate(1_000_000, seed=1, scope=scope, municipalities=municipalities)
        copies = []
        for copy in range(-(-persons // 1_000_000)):
            part = base.copy()
            for column, step in (("person_id", 1_000_000), ("household_id", 1_000_000), ("employer_id", 1_000_000)):
                part[column] = part[column] + copy * step
            copies.append(part)
        table = pd.concat(copies, ignore_index=True).iloc[:persons]
    else:
        table = generate(persons, seed=1, scope=scope, municipalities=municipalities)
    keep = [c for c in table.columns if c in ("person_id", "household_id", "household_role", "employer_id", "weight") or c.split("@")[0] in system.variables]
    return table[keep]


def whole_model_outputs(table):
    """Every computed (formula) variable of the model that runs on the synthetic population for a month."""
    from openfisca_japan.analysis.microsimulation import run_microsimulation, systems

    system = systems.baseline_system()
    candidates = sorted(name for name, variable in system.variables.items() if variable.formulas and variable.definition_period in ("month", "year"))
    sample = table[table["household_id"].isin(table["household_id"].drop_duplicates().iloc[:300])]
    usable = []
    for name in candidates:
        try:
            run_microsimulation(sample, [name], PERIOD, progress=False, validate_input=False)
            usable.append(name)
        except Exception:  # noqa: BLE001, S112 (variables needing inputs the population lacks)
            continue
    return usable, sorted(set(candidates) - set(usable))


def _parquet_population(persons, scope):
    """The population written once to a Parquet file of row groups of 100,000 persons (kept for later runs)."""
    path = HERE / "results" / f"population_{scope}_{persons}.parquet"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        _population(persons, scope).to_parquet(path, index=False, row_group_size=100_000)
    return str(path)


def _scope(kind):
    """The whole model runs on households of the modelled municipalities; the pay slip on the whole country."""
    return "modelled" if kind in ("whole", "dask_whole") else "national"


#: `--amount-dtype float32`: measure the model with openfisca's float32 amounts instead of float64.
AMOUNT_DTYPE_VARIABLE = "OPENFISCA_JAPAN_BENCH_AMOUNT_DTYPE"


def measure(kind, persons, chunk_size, workers=1, profile=False, source="memory"):
    """One measurement, in this process. `source="parquet"`: the run starts from a Parquet file (read by the
    local engine, or by the Dask tasks themselves), and reading it is timed."""
    import pandas as pd  # noqa: F401

    from openfisca_japan.analysis.microsimulation import run_microsimulation, systems

    amount_dtype = os.environ.get(AMOUNT_DTYPE_VARIABLE)
    if amount_dtype:  # the cost of exact yen: the same model with openfisca's float32 amounts (bench only)
        import numpy as np

        import openfisca_japan.law.model as model

        model.AMOUNT_DTYPE = np.dtype(amount_dtype).type
    systems.baseline_system()
    scope = _scope(kind)
    table = _parquet_population(persons, scope) if source == "parquet" else _population(persons, scope)
    excluded = []
    if kind in ("whole", "dask_whole"):
        outputs, excluded = whole_model_outputs(table if source == "memory" else _population(min(persons, 100_000), scope))
    else:
        outputs = [o for o in PAYSLIP_OUTPUTS if o in systems.baseline_system().variables]
    import gc

    gc.collect()
    _reset_peak()
    rss_before = _rss_mb()
    options = dict(chunk_size=chunk_size, progress=False, validate_input=False)
    if kind in ("dask", "dask_whole"):
        from dask.distributed import Client

        from openfisca_japan.analysis.microsimulation.dask_engine import local_cluster

        with local_cluster(workers) as cluster, Client(cluster) as client:
            client.run(lambda: __import__("openfisca_japan.analysis.microsimulation.systems", fromlist=["x"]).baseline_system() and None)
            started = time.perf_counter()
            run_microsimulation(table, outputs, PERIOD, engine="dask", dask_client=client, **options)
            seconds = time.perf_counter() - started
    else:
        if profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            started = time.perf_counter()
            profiler.enable()
            run_microsimulation(table, outputs, PERIOD, **options)
            profiler.disable()
            seconds = time.perf_counter() - started
            stats = pstats.Stats(profiler)
            rows = [(v[3], f"{Path(k[0]).parent.name}/{Path(k[0]).name}:{k[1]} {k[2]}") for k, v in stats.stats.items() if "/variables/" in k[0] and k[2] == "formula"]
            print("Cumulative seconds by formula (top 15):", file=sys.stderr)
            for cumulative, where in sorted(rows, reverse=True)[:15]:
                print(f"  {cumulative:7.3f}  {where}", file=sys.stderr)
        else:
            started = time.perf_counter()
            run_microsimulation(table, outputs, PERIOD, **options)
            seconds = time.perf_counter() - started
    return {
        "benchmark": kind,
        "amount_dtype": os.environ.get(AMOUNT_DTYPE_VARIABLE) or "float64",
        "source": source,
        "persons": persons,
        "outputs": len(outputs),
        "excluded_outputs": excluded,
        "chunk_size": chunk_size,
        "workers": workers,
        "seconds": round(seconds, 3),
        "persons_per_second": round(persons / seconds),
        "peak_rss_mb": round(_peak_mb()),
        "rss_before_run_mb": round(rss_before),
        "peak_increase_mb": round(_peak_mb() - rss_before),
    }


def run_isolated(kind, persons, chunk_size, workers=1, profile=False, source="memory"):
    command = [sys.executable, "-m", "bench", "_one", kind, str(persons), str(chunk_size), str(workers), source] + (["--profile"] if profile else [])
    completed = subprocess.run(command, capture_output=True, text=True, cwd=HERE.parent, check=False)
    if completed.returncode != 0:
        print(completed.stderr[-3000:], file=sys.stderr)
        return {"benchmark": kind, "persons": persons, "error": completed.stderr.strip().splitlines()[-1] if completed.stderr else "failed"}
    if completed.stderr and profile:
        print(completed.stderr, file=sys.stderr)
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    print(json.dumps(result), flush=True)
    return result


def run_concurrently(kind, persons, chunk_size, copies=2, source="parquet"):
    """`copies` identical one-process runs started together: what the machine gives to independent processes."""
    command = [sys.executable, "-m", "bench", "_one", kind, str(persons), str(chunk_size), "1", source]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=HERE.parent) for _ in range(copies)]
    results = []
    for process in processes:
        out, err = process.communicate()
        if process.returncode != 0:
            print(err[-3000:], file=sys.stderr)
            return None
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def machine_ceiling(kind, persons, chunk_size):
    """Throughput of 2 independent processes vs 1 (the same job alone, then two copies at once): the speed-up
    that this machine's 2 cores give with no coordination at all, the ceiling of a 2-worker Dask run."""
    _parquet_population(persons, _scope(kind))  # written once, before any timed run
    alone = run_isolated(kind, persons, chunk_size, source="parquet")
    together = run_concurrently(kind, persons, chunk_size)
    if together is None or "seconds" not in alone:
        return {"benchmark": "ceiling", "job": kind, "error": "a run failed"}
    slowest = max(result["seconds"] for result in together)
    record = {
        "benchmark": "ceiling",
        "job": kind,
        "persons": persons,
        "alone_seconds": alone["seconds"],
        "two_at_once_seconds": [result["seconds"] for result in together],
        "throughput_scaling": round(2 * alone["seconds"] / slowest, 2),
    }
    print(json.dumps(record), flush=True)
    return record


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_one"]:
        kind, persons, chunk_size, workers, source = argv[1], int(argv[2]), int(argv[3]), int(argv[4]), argv[5]
        print(json.dumps(measure(kind, persons, chunk_size, workers, profile="--profile" in argv, source=source)))
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "which", nargs="*", default=["payslip", "whole", "linear", "dask"], choices=["payslip", "whole", "linear", "dask", "dask-whole", "ceiling", []]
    )
    parser.add_argument("--persons", type=int, help="persons (default: 1,000,000; dask 4,000,000)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000, 3_000_000], help="sizes of the linearity run")
    parser.add_argument("--chunk-size", type=int, default=1_000_000, help="chunk size (default 1,000,000)")
    parser.add_argument("--profile", action="store_true", help="print the time spent in each formula (payslip, whole)")
    parser.add_argument(
        "--source",
        choices=["memory", "parquet", "both"],
        default="both",
        help="dask: start from the table in memory, from a Parquet file (read by the tasks), or both (default)",
    )
    parser.add_argument("--amount-dtype", choices=["float64", "float32"], help="dtype of the float variables (default float64, the model's)")
    args = parser.parse_args(argv)
    if args.amount_dtype:
        os.environ[AMOUNT_DTYPE_VARIABLE] = args.amount_dtype
    results = []
    for which in args.which:
        if which in ("payslip", "whole"):
            results.append(run_isolated(which, args.persons or 1_000_000, args.chunk_size, profile=args.profile))
        elif which == "linear":
            for size in args.sizes:
                results.append(run_isolated("payslip", size, args.chunk_size))
        elif which == "ceiling":
            for kind in ("payslip", "whole"):
                results.append(machine_ceiling(kind, args.persons or 2_000_000, min(args.chunk_size, 500_000)))
        elif which in ("dask", "dask-whole"):
            # dask: the pay-slip premiums; dask-whole: the whole model (as `whole`), local vs 1 and 2 workers
            persons = args.persons or 4_000_000
            chunk = min(args.chunk_size, persons // 8)
            local, on_dask = ("payslip", "dask") if which == "dask" else ("whole", "dask_whole")
            for source in ("memory", "parquet") if args.source == "both" else (args.source,):
                results.append(run_isolated(local, persons, chunk, source=source))
                for workers in (1, 2):
                    results.append(run_isolated(on_dask, persons, chunk, workers, source=source))
    record = {"when": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": f"{platform.machine()}, {os.cpu_count()} CPU, Python {platform.python_version()}", "results": results}
    (HERE / "results").mkdir(exist_ok=True)
    with open(HERE / "results" / "latest.json", "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
