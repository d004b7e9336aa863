"""Bit-for-bit comparison of the whole model's outputs between two versions of the package.

    python -m bench.compare snapshot --persons 200000 -o /tmp/before     # in the old checkout
    python -m bench.compare snapshot --persons 200000 -o /tmp/after      # in the new checkout
    python -m bench.compare diff /tmp/before /tmp/after [--rename old=new ...]

A snapshot computes every formula variable that runs on the synthetic population (seed 1, the modelled
municipalities), for one month (2025-06) and one fiscal year (year:2025-04: monthly amounts summed over
the 12 months), and writes one Parquet file per period, plus the error message of each variable that
refuses. `diff` compares every column exactly (NaN equal to NaN) and the refusals.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

PERIODS = {"month": "2025-06", "fiscal_year": "year:2025-04"}


def _api():
    try:
        from openfisca_japan.analysis.microsimulation import run_microsimulation, systems
        from openfisca_japan.analysis.synthetic_population import generate
    except ImportError:  # the layout before the wings
        from openfisca_japan.microsimulation import run_microsimulation, systems
        from openfisca_japan.synthetic_population import generate
    return run_microsimulation, systems, generate


def _screen(table, candidates, period):
    """(variables that compute on the whole table, {variable: error of those that refuse}).

    One simulation of the whole table, each candidate computed in turn (intermediate results are shared, so
    this costs about one run of the whole model): a refusal that only some persons trigger (e.g. a municipality's
    級地 missing for 58 persons of 200,000) is found, which a sample of the first households can miss."""
    from openfisca_japan.analysis.microsimulation import OutputSpec, compute_outputs, simulation_from_table

    simulation = simulation_from_table(table, period)
    usable, refused = [], {}
    for name in candidates:
        try:
            compute_outputs(simulation, [OutputSpec(name)], period)
            usable.append(name)
        except Exception as error:  # noqa: BLE001 (recorded: refusals are compared too)
            refused[name] = f"{type(error).__name__}: {error}"
    return usable, refused


def snapshot(persons, output):
    run_microsimulation, systems, generate = _api()
    system = systems.baseline_system()
    table = generate(persons, seed=1, scope="modelled", municipalities=["tokyo_special_wards", "yokkaichi"])
    keep = [c for c in table.columns if c in ("person_id", "household_id", "household_role", "employer_id", "weight") or c.split("@")[0] in system.variables]
    table = table[keep]
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    candidates = sorted(n for n, v in system.variables.items() if v.formulas and v.definition_period in ("month", "year"))
    for label, period in PERIODS.items():
        usable, refused = _screen(table, candidates, period)
        results = run_microsimulation(table, usable, period, progress=False, chunk_size=50_000)
        results.to_parquet(output / f"{label}.parquet", index=False)
        (output / f"{label}_refused.json").write_text(json.dumps(refused, ensure_ascii=False, indent=1, sort_keys=True))
        print(f"{label}: {len(usable)} variables computed, {len(refused)} refused, {len(results):,} persons")


def diff(before, after, renames):
    before, after = Path(before), Path(after)
    problems = 0
    for label in PERIODS:
        a = pd.read_parquet(before / f"{label}.parquet")
        b = pd.read_parquet(after / f"{label}.parquet").rename(columns={new: old for old, new in renames.items()})
        only_a, only_b = sorted(set(a.columns) - set(b.columns)), sorted(set(b.columns) - set(a.columns))
        if only_a or only_b:
            problems += 1
            print(f"{label}: columns only before {only_a}, only after {only_b}")
        same = 0
        for column in sorted(set(a.columns) & set(b.columns)):
            x, y = a[column].to_numpy(), b[column].to_numpy()
            equal = len(x) == len(y) and (
                np.array_equal(x, y, equal_nan=True) if x.dtype.kind == "f" and y.dtype.kind == "f" else bool((x == y).all())
            )
            if not equal or x.dtype != y.dtype:
                problems += 1
                print(f"{label}: {column} differs (dtype {x.dtype} vs {y.dtype})")
            else:
                same += 1
        refused_a = json.loads((before / f"{label}_refused.json").read_text())
        refused_b = {renames.get(k, k): v for k, v in json.loads((after / f"{label}_refused.json").read_text()).items()}
        if set(refused_a) != set(refused_b):
            problems += 1
            print(f"{label}: refused before only {sorted(set(refused_a) - set(refused_b))}, after only {sorted(set(refused_b) - set(refused_a))}")
        print(f"{label}: {same} columns identical bit for bit over {len(a):,} persons; {len(refused_a)} refusals before, {len(refused_b)} after")
    return 1 if problems else 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("--persons", type=int, default=200_000)
    snap.add_argument("-o", "--output", required=True)
    compare = sub.add_parser("diff")
    compare.add_argument("before")
    compare.add_argument("after")
    compare.add_argument("--rename", action="append", default=[], help="old=new variable name")
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        snapshot(args.persons, args.output)
        return 0
    return diff(args.before, args.after, dict(r.split("=", 1) for r in args.rename))


if __name__ == "__main__":
    sys.exit(main())
