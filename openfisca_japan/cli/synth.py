"""`openfisca-japan synth`: generate a synthetic population (persons, households, employers) to a file."""

from __future__ import annotations

import argparse
from pathlib import Path

from openfisca_japan.analysis.synthetic_population import MARGINALS_FILE, generate


def add_arguments(parser: argparse.ArgumentParser):
    parser.add_argument("--persons", type=int, default=100_000, help="number of persons (default 100,000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--year", type=int, default=2025, help="fiscal year (default 2025: April 2025 – March 2026)")
    parser.add_argument("--scope", choices=["modelled", "national"], default="modelled", help="modelled municipalities only (default) or all 47 prefectures")
    parser.add_argument("--municipalities", nargs="*", help="restrict scope modelled to these municipalities (default: those whose NHI rates are known for the year)")
    parser.add_argument("--marginals", default=str(MARGINALS_FILE), help="YAML of marginal distributions (default: the bundled file)")
    parser.add_argument("--output", "-o", default="output/synthetic_population.parquet", help="CSV or Parquet file to write")
    parser.add_argument(
        "--calibrate",
        action="store_true",
        help="calibrate the household weights to the verified official counts (openfisca_japan/data/calibration_targets.yaml)",
    )


def run(args):
    from openfisca_japan.analysis.microsimulation.table import write_table

    municipalities = args.municipalities or None
    if args.scope == "modelled" and municipalities is None:
        # the modelled municipalities whose National Health Insurance rates are known for the fiscal year
        from openfisca_japan.analysis.scope import working_municipalities

        municipalities = working_municipalities(f"year:{args.year}-04", None, taxes=True) or None
    table = generate(args.persons, args.seed, args.year, args.scope, args.marginals, municipalities)
    if args.calibrate:
        from openfisca_japan.analysis.calibration import calibrate_population

        table = calibrate_population(table, args.year)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    write_table(table, args.output)
    households = table["household_id"].nunique()
    employers = table["employer_id"].nunique()
    print(f"Wrote {len(table):,} persons in {households:,} households and {employers:,} employers to {args.output}")
    return 0
