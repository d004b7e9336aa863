"""Benchmarks of openfisca-japan at scale (`make bench` = `python -m bench`; not part of `make test`).

    python -m bench                 # all benchmarks below, results appended to bench/results/latest.json
    python -m bench payslip --persons 1000000
    python -m bench whole --persons 1000000
    python -m bench linear --sizes 10000 100000 1000000 10000000
    python -m bench dask --persons 4000000
    python -m bench dask-whole --persons 4000000 --source parquet   # the whole model on Dask
    python -m bench ceiling         # 2 independent processes vs 1: what 2 cores give at best
    python -m bench payslip --profile   # where the time goes, by formula
    python -m bench peer            # pay slip from Parquet against openfisca-japan 2.2.0 (its own venv, built here)
    python -m bench whole --period year:2025-04 --repeat 3 --against ../main   # interleaved with another checkout
    python -m bench.japan --persons 10000000     # all of Japan: streamed population, partitions on Dask

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

from bench import append_result

HERE = Path(__file__).resolve().parent
#: Where results and cached populations go (the `--against` runs use a copy of bench/ but these results).
RESULTS = Path(os.environ.get("OPENFISCA_JAPAN_BENCH_RESULTS", HERE / "results"))
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
    municipalities = ["tokyo_special_wards", "yokkaichi"] if scope == "modelled" else None
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


def whole_model_outputs(table=None, period=PERIOD):
    """Every computed (formula) variable of the model that runs on the synthetic population for `period`:
    (outputs, excluded). Screened on one simulation of 20,000 persons (`bench.compare._screen`: each
    variable computed in turn, intermediates shared), remembered in bench/results/ for later runs."""
    from bench.compare import _screen
    from openfisca_japan.analysis.microsimulation import systems

    system = systems.baseline_system()
    candidates = sorted(name for name, variable in system.variables.items() if variable.formulas and variable.definition_period in ("month", "year"))
    cache = RESULTS / f"whole_outputs_{str(period).replace(':', '_')}.json"
    if cache.exists():
        known = json.loads(cache.read_text())
        if known["candidates"] == candidates:
            return known["outputs"], known["excluded"]
    usable, refused = _screen(_population(20_000, "modelled"), candidates, period)
    cache.parent.mkdir(exist_ok=True)
    cache.write_text(json.dumps({"candidates": candidates, "outputs": usable, "excluded": sorted(refused)}))
    return usable, sorted(refused)


def numpy_kernel(table, n_outputs, repeat=3):
    """CPU seconds (best of `repeat`) of a numpy reference kernel that moves the bytes the model must move:
    read every numeric input column of `table` as float64, and write `n_outputs` float64 columns of its length,
    each from two input columns with three vectorised operations (a * 0.5 + b, floored). The model's time
    divided by this is a figure that survives a noisy machine (both slow down together)."""
    import numpy as np

    names = [c for c in table.columns if table[c].dtype.kind in "biuf" and c not in ("person_id", "household_id", "employer_id")]
    best = None
    for _ in range(repeat):
        started = time.process_time()
        columns = [table[c].to_numpy(dtype=np.float64, na_value=0.0) for c in names]
        outputs = []
        for k in range(n_outputs):
            a, b = columns[k % len(columns)], columns[(k + 1) % len(columns)]
            outputs.append(np.floor(a * 0.5 + b))
        seconds = time.process_time() - started
        best = seconds if best is None else min(best, seconds)
        del columns, outputs
    return best


def _parquet_population(persons, scope):
    """The population written once to a Parquet file of row groups of 100,000 persons (kept for later runs)."""
    path = RESULTS / f"population_{scope}_{persons}.parquet"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        _population(persons, scope).to_parquet(path, index=False, row_group_size=100_000)
    return str(path)


def _scope(kind):
    """The whole model runs on households of the modelled municipalities; the pay slip on the whole country."""
    return "modelled" if kind in ("whole", "dask_whole") else "national"


#: `--amount-dtype float32`: measure the model with openfisca's float32 amounts instead of float64.
AMOUNT_DTYPE_VARIABLE = "OPENFISCA_JAPAN_BENCH_AMOUNT_DTYPE"


def measure(kind, persons, chunk_size, workers=1, profile=False, source="memory", period=PERIOD):
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
        outputs, excluded = whole_model_outputs(period=period)
    else:
        outputs = [o for o in PAYSLIP_OUTPUTS if o in systems.baseline_system().variables]
    import gc

    gc.collect()
    if os.environ.get(BARRIER_VARIABLE):  # `ceiling`: wait until every process is set up, then time together
        print("READY", flush=True)
        sys.stdin.readline()
    _reset_peak()
    rss_before = _rss_mb()
    load_before = os.getloadavg()[0]
    cpu_started = time.process_time()
    options = dict(chunk_size=chunk_size, progress=False, validate_input=False)
    if kind in ("dask", "dask_whole"):
        from dask.distributed import Client

        from openfisca_japan.analysis.microsimulation.dask_engine import local_cluster

        with local_cluster(workers) as cluster, Client(cluster) as client:
            client.run(lambda: __import__("openfisca_japan.analysis.microsimulation.systems", fromlist=["x"]).baseline_system() and None)
            started = time.perf_counter()
            run_microsimulation(table, outputs, period, engine="dask", dask_client=client, **options)
            seconds = time.perf_counter() - started
    else:
        if profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            started = time.perf_counter()
            profiler.enable()
            run_microsimulation(table, outputs, period, **options)
            profiler.disable()
            seconds = time.perf_counter() - started
            stats = pstats.Stats(profiler)
            rows = [(v[3], f"{Path(k[0]).parent.name}/{Path(k[0]).name}:{k[1]} {k[2]}") for k, v in stats.stats.items() if "/variables/" in k[0] and k[2] == "formula"]
            print("Cumulative seconds by formula (top 15):", file=sys.stderr)
            for cumulative, where in sorted(rows, reverse=True)[:15]:
                print(f"  {cumulative:7.3f}  {where}", file=sys.stderr)
        else:
            started = time.perf_counter()
            run_microsimulation(table, outputs, period, **options)
            seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    peak_mb = _peak_mb()
    kernel = numpy_kernel(table, len(outputs)) if source == "memory" else None
    return {
        "benchmark": kind,
        "amount_dtype": os.environ.get(AMOUNT_DTYPE_VARIABLE) or "float64",
        "source": source,
        "persons": persons,
        "outputs": len(outputs),
        "excluded_outputs": excluded,
        "chunk_size": chunk_size,
        "workers": workers,
        "period": period,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu_seconds, 3),
        "kernel_cpu_seconds": None if kernel is None else round(kernel, 3),
        "ratio_to_kernel": None if not kernel else round(cpu_seconds / kernel, 1),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "persons_per_second": round(persons / seconds),
        "peak_rss_mb": round(peak_mb),
        "rss_before_run_mb": round(rss_before),
        "peak_increase_mb": round(peak_mb - rss_before),
    }


def _command(code=None):
    """The command that runs one measurement: this checkout, or (`code`: another checkout's directory) that
    checkout's package measured by this bench (a copy of bench/ first on the path, then `code`)."""
    if code is None:
        return [sys.executable, "-m", "bench"]
    import shutil
    import tempfile

    copy = Path(tempfile.mkdtemp(prefix="bench-against-"))
    shutil.copytree(HERE, copy / "bench", ignore=shutil.ignore_patterns("results", ".peer-venv", "__pycache__"))
    path = [str(copy), str(Path(code).resolve())]
    return [sys.executable, "-c", f"import sys, runpy; sys.path[:0] = {path!r}; runpy.run_module('bench', run_name='__main__')"]


def run_isolated(kind, persons, chunk_size, workers=1, profile=False, source="memory", period=PERIOD, code=None):
    command = _command(code) + ["_one", kind, str(persons), str(chunk_size), str(workers), source, period] + (["--profile"] if profile else [])
    environment = dict(os.environ, OPENFISCA_JAPAN_BENCH_RESULTS=str(RESULTS))
    completed = subprocess.run(command, capture_output=True, text=True, cwd=HERE.parent, check=False, env=environment)
    if completed.returncode != 0:
        print(completed.stderr[-3000:], file=sys.stderr)
        return {"benchmark": kind, "persons": persons, "error": completed.stderr.strip().splitlines()[-1] if completed.stderr else "failed"}
    if completed.stderr and profile:
        print(completed.stderr, file=sys.stderr)
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    if code is not None:
        result["code"] = str(code)
    print(json.dumps(result), flush=True)
    return result


#: Set in the processes of `run_concurrently`: each says READY once set up and waits for the go.
BARRIER_VARIABLE = "OPENFISCA_JAPAN_BENCH_BARRIER"


def run_concurrently(kind, persons, chunk_size, copies=2, source="parquet"):
    """`copies` identical one-process runs whose timed parts start together (a barrier: each process loads the
    model and its table, says READY and waits; the go is given when all are ready): what the machine gives to
    independent processes."""
    command = [sys.executable, "-m", "bench", "_one", kind, str(persons), str(chunk_size), "1", source, PERIOD]
    environment = dict(os.environ, **{BARRIER_VARIABLE: "1"})
    processes = [
        subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=HERE.parent, env=environment)
        for _ in range(copies)
    ]
    for process in processes:  # wait until every process is set up
        while (line := process.stdout.readline()) and line.strip() != "READY":
            continue
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()
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


def _summarise(runs):
    """min / median / max of CPU seconds and of the ratio to the numpy kernel, per code (stderr)."""
    import statistics

    for label, results in runs.items():
        done = [r for r in results if "cpu_seconds" in r]
        if not done:
            continue
        for key in ("cpu_seconds", "seconds", "ratio_to_kernel", "peak_increase_mb"):
            values = sorted(r[key] for r in done if r.get(key) is not None)
            if values:
                print(f"{label}: {key} min {values[0]} median {statistics.median(values)} max {values[-1]} ({len(values)} runs)", file=sys.stderr)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_one"]:
        kind, persons, chunk_size, workers, source, period = argv[1], int(argv[2]), int(argv[3]), int(argv[4]), argv[5], argv[6]
        print(json.dumps(measure(kind, persons, chunk_size, workers, profile="--profile" in argv, source=source, period=period)))
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "which",
        nargs="*",
        default=["payslip", "whole", "linear", "dask", "peer"],
        choices=["payslip", "whole", "linear", "dask", "dask-whole", "ceiling", "peer", []],
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
    parser.add_argument("--period", default=PERIOD, help="payslip, whole: the period (default 2025-06; fiscal year: year:2025-04)")
    parser.add_argument("--repeat", type=int, default=1, help="payslip, whole: runs (interleaved with --against's)")
    parser.add_argument("--against", metavar="DIR", help="payslip, whole: also measure the package of another checkout (e.g. a worktree of main)")
    args = parser.parse_args(argv)
    if args.amount_dtype:
        os.environ[AMOUNT_DTYPE_VARIABLE] = args.amount_dtype
    results = []
    for which in args.which:
        if which in ("payslip", "whole"):
            runs = {"this": [], "against": []}
            for _ in range(args.repeat):
                for label, code in (("this", None), ("against", args.against)):
                    if label == "this" or code:
                        result = run_isolated(which, args.persons or 1_000_000, args.chunk_size, profile=args.profile, period=args.period, code=code)
                        results.append(result)
                        runs[label].append(result)
            _summarise(runs)
        elif which == "linear":
            for size in args.sizes:
                results.append(run_isolated("payslip", size, args.chunk_size))
        elif which == "peer":  # builds bench/.peer-venv (openfisca-japan 2.2.0) on first use
            from bench.peer import compare

            results.append(compare(args.persons or 1_000_000, max(args.repeat, 3)))
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
    append_result(record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
