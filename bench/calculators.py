"""Latency of the web calculators: one calculation (a form's answer) as a person's browser asks for it.

    python -m bench.calculators                 # 30 answers per calculator, results in bench/results/calculators.json
    python -m bench.calculators --requests 100

Starts `openfisca-japan serve` (gunicorn, 1 worker: one calculation at a time, as one person sees it) on a
free loopback port, warms each calculator up with one request, then times sequential POSTs of each
calculator's default form to `/calculators/<id>/answer` and of its headline figure to `/explain`, end to
end over HTTP (the client's wall time). Target: one calculation under 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CALCULATORS = ["payslip", "leaving", "dependant", "quit", "medical", "unemployment"]
TARGET_MS = 300


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url, payload):
    data = json.dumps(payload).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"}, method="POST")
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        body = response.read()
    return (time.perf_counter() - started) * 1000, json.loads(body)


def wait_until_up(base, process, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server stopped")
        try:
            with urllib.request.urlopen(base + "/entities", timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("the server did not start")


def headline_source(answer):
    for block in answer["answer"]:
        figure = block.get("figure")
        if figure and figure.get("source"):
            return figure["source"]
        for item in block.get("items", []):
            if item.get("source"):
                return item["source"]
    return None


def summary(samples):
    ordered = sorted(samples)
    return {
        "n": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[max(0, int(round(0.95 * len(ordered))) - 1)], 1),
        "max_ms": round(ordered[-1], 1),
        "mean_ms": round(statistics.fmean(ordered), 1),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30, help="timed answers per calculator (default 30)")
    parser.add_argument("--output", type=Path, default=HERE / "results" / "calculators.json")
    args = parser.parse_args(argv)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    executable = Path(sys.executable).with_name("openfisca-japan")
    command = [str(executable), "serve", "--port", str(port), "--workers", "1"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = {}
    try:
        wait_until_up(base, process)
        for calculator in CALCULATORS:
            url = f"{base}/calculators/{calculator}/answer"
            _, answer = post(url, {"values": {}})  # warm-up
            source = headline_source(answer)
            answers = [post(url, {"values": {}})[0] for _ in range(args.requests)]
            explain_payload = {"situation": answer["situations"][source["situation"]], **{k: source[k] for k in ("variable", "period", "id")}}
            post(base + "/explain", explain_payload)
            explanations = [post(base + "/explain", explain_payload)[0] for _ in range(max(5, args.requests // 3))]
            results[calculator] = {"answer": summary(answers), "explain": summary(explanations), "explained": source["variable"]}
            print(f"{calculator:13s} answer p50 {results[calculator]['answer']['p50_ms']:6.1f} ms  p95 {results[calculator]['answer']['p95_ms']:6.1f} ms  "
                  f"max {results[calculator]['answer']['max_ms']:6.1f} ms   explain p50 {results[calculator]['explain']['p50_ms']:6.1f} ms")
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
    worst = max(r["answer"]["p95_ms"] for r in results.values())
    record = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "command": "python -m bench.calculators" + (f" --requests {args.requests}" if args.requests != 30 else ""),
        "server": "openfisca-japan serve --workers 1 (gunicorn, loopback)",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load_average": os.getloadavg()},
        "target_ms": TARGET_MS,
        "worst_p95_ms": worst,
        "met": worst < TARGET_MS,
        "calculators": results,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"worst p95 {worst:.1f} ms (target < {TARGET_MS} ms): {'met' if record['met'] else 'NOT met'}; written to {args.output}")
    return 0 if record["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
