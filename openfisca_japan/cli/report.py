"""`openfisca-japan report`: summarise microsimulation results (totals, net cost, deciles)."""

from __future__ import annotations

import argparse

from openfisca_japan.analysis.reports import format_summary, summarize, write_summary


def add_arguments(parser: argparse.ArgumentParser):
    parser.add_argument("results", help="microsimulation results with a reform (CSV or Parquet), with `annual_income` kept")
    parser.add_argument("--output-dir", default="output", help="where to write the CSV files (default output/)")
    parser.add_argument("--income-column", default="annual_income", help="gross income column for deciles")


def run(args):
    from openfisca_japan.analysis.microsimulation import read_table

    summary = summarize(read_table(args.results), args.income_column)
    print(format_summary(summary))
    for path in write_summary(summary, args.output_dir):
        print(f"wrote {path}")
    return 0
