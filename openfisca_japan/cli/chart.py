"""`openfisca-japan chart`: the income-walls chart of a married household (PNG and CSV)."""

from __future__ import annotations

import argparse
from pathlib import Path

from openfisca_japan.analysis.charts import plot_walls, walls_data


def add_arguments(parser: argparse.ArgumentParser):
    from openfisca_japan.cli.microsim import add_reform_arguments

    add_reform_arguments(parser)
    parser.add_argument("--year", type=int, default=2025, help="fiscal year (default 2025)")
    parser.add_argument("--municipality", default="yokohama", help="municipality of the household (default yokohama)")
    parser.add_argument("--prefecture", default="kanagawa", help="its prefecture (default kanagawa)")
    parser.add_argument("--head-earnings", type=float, default=5_000_000, help="head's annual earnings (default 5,000,000)")
    parser.add_argument("--output", "-o", default="output/income_walls.png", help="PNG file (a CSV of the data is written beside it)")


def run(args):
    import matplotlib  # noqa: F401 (a missing optional dependency is reported before the computation)

    from openfisca_japan.analysis.microsimulation import check_run_period
    from openfisca_japan.cli.microsim import print_reform_changes, reform_from_args

    check_run_period(f"year:{args.year}-04")
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    spec = reform_from_args(args)
    if not spec:
        spec = reform_from_args(argparse.Namespace(reform=["dependant_income_cap"], assignments=[]))
    print_reform_changes(spec)
    frame = walls_data(spec, args.year, head_earnings=args.head_earnings, municipality=args.municipality, prefecture=args.prefecture)
    plot_walls(frame, args.output, spec.describe())
    frame.to_csv(Path(args.output).with_suffix(".csv"), index=False)
    print(f"wrote {args.output} and {Path(args.output).with_suffix('.csv')}")
    return 0
