"""Bounded load test of the web API on loopback: concurrent POST /calculate, latency percentiles.

Starts its own server on 127.0.0.1 (a free port), sends a fixed number of requests with a fixed
concurrency, stops the server, and fails if any request errs (status other than 200, or a wrong body).

    .venv/bin/python bench/load_test.py                      # openfisca serve (gunicorn), 400 requests
    .venv/bin/python bench/load_test.py --server werkzeug --requests 100 --concurrency 4
    .venv/bin/python bench/load_test.py --write bench/LOAD.md   # record the percentiles

`tests/python/test_web_api_load.py` runs a small bounded variant in `make test`.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import datetime
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = [
    "health_insurance_premium_employee",
    "employees_pension_premium_employee",
    "employment_insurance_premium_employee",
    "social_insurance_premiums_employee",
]
PREFECTURES = ["tokyo", "osaka", "mie", "hokkaido", "okinawa", "fukuoka"]


def situation(index: int) -> dict:
    """A pay-slip request: one to three employees of one employer, wages varying with `index`."""
    month = f"2025-{4 + index % 9:02d}"
    count = 1 + index % 3
    persons = {}
    for p in range(count):
        persons[f"p{p}"] = {
            "birth_date": {"ETERNITY": f"{1960 + (index * 7 + p * 11) % 45}-0{1 + p}-15"},
            "monthly_wage": {month: 150_000 + (index * 37_000 + p * 91_000) % 1_200_000},
            "bonus": {month: 0 if index % 4 else 500_000},
            **{name: {month: None} for name in OUTPUTS},
        }
    employers = {
        "e": {
            "employees": list(persons),
            "health_insurer": {month: "kyokai_kenpo"},
            "employer_prefecture": {month: PREFECTURES[index % len(PREFECTURES)]},
            "employee_count": {month: 100},
        }
    }
    households = {f"h{p}": {"head": [p]} for p in persons}
    return {"persons": persons, "employers": employers, "households": households}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(base_url: str, timeout: float, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(base_url + "/entities", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"server at {base_url} not up after {timeout} s")


@contextlib.contextmanager
def gunicorn_server(workers: int, timeout: float = 120):
    """`openfisca serve` (gunicorn) on a free loopback port; stopped (by its pid) on exit."""
    port = free_port()
    command = [
        str(Path(sys.executable).with_name("openfisca")),
        "serve",
        "--country-package",
        "openfisca_japan",
        "--bind",
        f"127.0.0.1:{port}",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base_url = f"http://127.0.0.1:{port}"
        wait_until_up(base_url, timeout, process)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


@contextlib.contextmanager
def werkzeug_server(tax_benefit_system=None):
    """The same WSGI app in a threaded werkzeug server in this process (fast start, for tests)."""
    from openfisca_web_api.app import create_app
    from werkzeug.serving import make_server

    if tax_benefit_system is None:
        from openfisca_japan import CountryTaxBenefitSystem

        tax_benefit_system = CountryTaxBenefitSystem()
    server = make_server("127.0.0.1", 0, create_app(tax_benefit_system), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base_url = f"http://127.0.0.1:{server.server_port}"
        wait_until_up(base_url, 30)
        yield base_url
    finally:
        server.shutdown()
        thread.join(timeout=10)


def post(base_url: str, index: int, timeout: float):
    body = json.dumps(situation(index)).encode()
    request = urllib.request.Request(base_url + "/calculate", data=body, headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = json.loads(response.read())
            status = response.status
    except urllib.error.HTTPError as error:
        return time.perf_counter() - started, f"HTTP {error.code}: {error.read()[:300]!r}"
    except (urllib.error.URLError, OSError, ValueError) as error:
        return time.perf_counter() - started, f"{type(error).__name__}: {error}"
    elapsed = time.perf_counter() - started
    if status != 200:
        return elapsed, f"HTTP {status}"
    for person in payload.get("persons", {}).values():
        for name in OUTPUTS:
            value = next(iter(person[name].values()))
            if not isinstance(value, (int, float)) or value < 0:
                return elapsed, f"bad value {name}={value!r}"
    return elapsed, None


def percentile(sorted_values, q):
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(q / 100 * (len(sorted_values) - 1))))
    return sorted_values[index]


def run_load(base_url: str, requests: int, concurrency: int, timeout: float = 60) -> dict:
    """Send `requests` POST /calculate with `concurrency` clients; latency stats in milliseconds."""
    post(base_url, 0, timeout)  # warm-up (not counted): loads parameters in the worker
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(lambda i: post(base_url, i, timeout), range(requests)))
    wall = time.perf_counter() - started
    latencies = sorted(elapsed * 1000 for elapsed, _ in results)
    errors = [error for _, error in results if error]
    return {
        "requests": requests,
        "concurrency": concurrency,
        "errors": len(errors),
        "first_errors": errors[:5],
        "wall_seconds": round(wall, 3),
        "throughput_per_second": round(requests / wall, 1) if wall else None,
        "latency_ms": {
            "min": round(latencies[0], 1),
            "p50": round(percentile(latencies, 50), 1),
            "p90": round(percentile(latencies, 90), 1),
            "p95": round(percentile(latencies, 95), 1),
            "p99": round(percentile(latencies, 99), 1),
            "max": round(latencies[-1], 1),
            "mean": round(statistics.fmean(latencies), 1),
        },
    }


def markdown(result: dict, server: str) -> str:
    lat = result["latency_ms"]
    return "\n".join(
        [
            "# Web API load test (loopback)",
            "",
            "Recorded by `bench/load_test.py` (engineer G). Re-run: "
            f"`.venv/bin/python bench/load_test.py --server {server} --requests {result['requests']} "
            f"--concurrency {result['concurrency']} --write bench/LOAD.md`.",
            "",
            f"- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
            f"- server: {server} on 127.0.0.1 ({result.get('workers', 1)} worker(s)); machine: "
            f"{platform.machine()}, {os.cpu_count()} CPU(s) shared with other jobs, Python {platform.python_version()}",
            f"- requests: {result['requests']} POST /calculate (1-3 employees, 4 pay-slip outputs each), "
            f"concurrency {result['concurrency']}, after one warm-up request",
            f"- errors: {result['errors']}",
            f"- wall time: {result['wall_seconds']} s, throughput {result['throughput_per_second']} requests/s",
            "",
            "| latency (ms) | min | p50 | p90 | p95 | p99 | max | mean |",
            "|---|---|---|---|---|---|---|---|",
            f"| /calculate | {lat['min']} | {lat['p50']} | {lat['p90']} | {lat['p95']} | {lat['p99']} | {lat['max']} | {lat['mean']} |",
            "",
        ]
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", choices=["gunicorn", "werkzeug"], default="gunicorn")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--write", help="write the results as Markdown to this file (and JSON beside it)")
    args = parser.parse_args(argv)
    context = gunicorn_server(args.workers) if args.server == "gunicorn" else werkzeug_server()
    with context as base_url:
        result = run_load(base_url, args.requests, args.concurrency)
    result["workers"] = args.workers if args.server == "gunicorn" else 1
    print(json.dumps(result, indent=2))
    if args.write:
        Path(args.write).write_text(markdown(result, args.server), encoding="utf-8")
        Path(args.write).with_suffix(".json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
