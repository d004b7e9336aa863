"""`openfisca-japan report`: the report of microsimulation results (terminal, CSV, HTML, PNG).

Totals by scheme and payer, net cost of the reform by payer, distribution by decile of equivalised
disposable income, the income walls. A file without a reform (no `_baseline`/`_reform` columns) is
reported as such: baseline totals only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from openfisca_japan.analysis.reports import plot_deciles_png, print_summary, summarize, write_html, write_summary


def add_arguments(parser: argparse.ArgumentParser):
    from openfisca_japan.cli.microsim import add_reform_arguments

    parser.add_argument("results", help="microsimulation results (CSV or Parquet), with `annual_income` (kept by `microsim` by default)")
    parser.add_argument("--output-dir", default="output", help="where to write the CSV, HTML and PNG files (default output/)")
    parser.add_argument("--income-column", default="annual_income", help="gross income column for deciles and walls")
    parser.add_argument("--threshold", type=float, default=1_000.0, help="winners/losers: a change of more than this many yen a year (default 1,000)")
    parser.add_argument("--year", type=int, default=2025, help="fiscal year whose walls are shown (default 2025)")
    parser.add_argument("--prefix", default="report", help="prefix of the files written (default report)")
    add_reform_arguments(parser)  # the reform of the results, so that the walls table shows where it moves them


def run(args):
    from openfisca_japan.analysis.charts import wall_pairs
    from openfisca_japan.cli.microsim import read_input_table, reform_from_args

    results = read_input_table(args.results)
    sidecar = Path(f"{args.results}.excluded.json")  # what `microsim --exclude-refused` left out of a CSV output
    if "excluded" not in results.attrs and sidecar.is_file():
        import json

        results.attrs["excluded"] = json.loads(sidecar.read_text(encoding="utf-8"))
    walls = wall_pairs(reform_from_args(args) or None, args.year)
    summary = summarize(results, args.income_column, args.threshold, walls)
    if args.income_column not in results:
        print(f"note: no `{args.income_column}` column in {args.results}: no deciles and no walls (keep it with `microsim --keep-columns {args.income_column}`)")
    print_summary(summary, f"Report of {args.results}")
    output = Path(args.output_dir)
    paths = write_summary(summary, output, args.prefix)
    paths.append(write_html(summary, output / f"{args.prefix}.html", f"Report of {Path(args.results).name}"))
    if summary["has_reform"] and len(summary["deciles"]):
        paths.append(plot_deciles_png(summary, output / f"{args.prefix}_deciles.png"))
    for path in paths:
        print(f"wrote {path}")
    return 0
