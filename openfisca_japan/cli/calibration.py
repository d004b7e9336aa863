"""`openfisca-japan calibration`: how close a population comes to the official totals (counts and money).

    openfisca-japan calibration                      # the calibrated population shipped with the package
    openfisca-japan calibration persons.parquet      # any person table (with `_age`: `synth` writes it)
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser):
    parser.add_argument("table", nargs="?", help="person table (CSV/Parquet; default: the calibrated population shipped with the package)")
    parser.add_argument("--year", type=int, default=2025, help="fiscal year of the run (default 2025)")
    parser.add_argument("--output-dir", default="output", help="where to write calibration_counts.csv and calibration_money.csv")


def run(args):
    from openfisca_japan.analysis import calibration
    from openfisca_japan.analysis.microsimulation import read_table

    table = read_table(args.table) if args.table else calibration.load_default_population()
    counts, money = calibration.calibration_report(table, args.year, progress=False)
    calibration.print_tables(counts, money)
    output = Path(args.output_dir)
    output.mkdir(parents=True, exist_ok=True)
    counts.to_csv(output / "calibration_counts.csv", index=False)
    money.to_csv(output / "calibration_money.csv", index=False)
    print(f"wrote {output / 'calibration_counts.csv'} and {output / 'calibration_money.csv'}")
    return 0
