"""`openfisca-japan report`: summarise microsimulation results (totals, net cost, deciles)."""

from __future__ import annotations

import argparse

from openfisca_japan.analysis.reports import format_summary, summarize, write_summary


def add_arguments(parser: argparse.ArgumentParser):
    parser.add_argument("results", help="microsimulation results with a reform (CSV or Parquet), with `annual_income` kept")
    parser.add_argument("--output-dir", default="output", help="where to write the CSV files (default output/)")
    parser.add_argument("--income-column", default="annual_income", help="gross income column for deciles")


def run(args):
    from openfisca_japan.cli import UsageError
    from openfisca_japan.cli.microsim import read_input_table

    results = read_input_table(args.results)
    if not any(str(c).endswith("_baseline") for c in results.columns):
        raise UsageError(f"{args.results}: not microsimulation results with a reform (no `<variable>_baseline` column)")
    if args.income_column not in results.columns:
        print(f"note: no {args.income_column!r} column in {args.results}: no deciles (keep it with --keep-columns)")
    summary = summarize(results, args.income_column)
    print(format_summary(summary))
    for path in write_summary(summary, args.output_dir):
        print(f"wrote {path}")
    return 0
