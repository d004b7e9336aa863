"""Benchmarks (python -m bench); see bench/README.md."""

import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def append_result(record):
    """Append one JSON record to bench/results/latest.json (the raw figures behind bench/README.md)."""
    RESULTS.mkdir(exist_ok=True)
    with open(RESULTS / "latest.json", "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
