"""`openfisca-japan microsim`: run the model over a table of persons, baseline and reform side by side.

    openfisca-japan microsim persons.parquet --period 2025-04 \
        --output-variables social_insurance_premiums_employee national_health_insurance_premium \
        --reform dependant_income_cap --set health_insurance.dependants.income_limit.general=1500000@2025-04 \
        --chunk-size 200000 --engine dask -o results.parquet
"""

from __future__ import annotations

import sys
from pathlib import Path

from openfisca_japan.analysis.microsimulation import (
    DEFAULT_CHUNK_SIZE,
    ReformSpec,
    available_reforms,
    read_table,
    run_microsimulation,
    write_table,
)

DEFAULT_OUTPUTS = (
    "social_insurance_premiums_employee",
    "social_insurance_premiums_employer",
    "national_health_insurance_premium",
    "national_pension_premium",
)


def add_reform_arguments(parser):
    parser.add_argument(
        "--reform",
        action="append",
        default=[],
        metavar="MODULE",
        help=f"reform module of openfisca_japan.reforms (or a dotted path); repeatable. Available: {', '.join(_reforms())}",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        dest="assignments",
        metavar="PARAMETER=VALUE@DATE",
        help="set a parameter leaf from DATE on (a generic reform), e.g. "
        "health_insurance.dependants.income_limit.general=1600000@2025-04-01; repeatable",
    )


def _reforms():
    try:
        return available_reforms()
    except Exception:  # noqa: BLE001 (help text only)
        return []


def reform_from_args(args):
    return ReformSpec.from_cli(args.reform, args.assignments)


def add_engine_arguments(parser):
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE, help=f"persons per chunk (default {DEFAULT_CHUNK_SIZE:,})")
    parser.add_argument("--engine", choices=["local", "dask"], default="local", help="run chunks in this process or on Dask")
    parser.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the LocalCluster (default 2)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def add_arguments(parser):
    parser.add_argument("table", help="person table: CSV or Parquet (see docs/analysis.md for the columns)")
    parser.add_argument("--period", required=True, help="period: a month (2025-04), a year (2025) or a fiscal year (year:2025-04)")
    parser.add_argument(
        "--output-variables",
        "-v",
        nargs="+",
        default=list(DEFAULT_OUTPUTS),
        metavar="VARIABLE",
        help="variables to compute (name or name@period); default: " + " ".join(DEFAULT_OUTPUTS),
    )
    parser.add_argument("--output", "-o", default="output/microsimulation.parquet", help="CSV or Parquet file to write")
    parser.add_argument(
        "--keep-columns", nargs="*", default=None,
        help="input columns to copy into the output (default: annual_income and _age when the table has them, for `report`)",
    )  # fmt: skip
    parser.add_argument("--ignore-unknown-columns", action="store_true", help="skip input columns that are not variables")
    add_reform_arguments(parser)
    add_engine_arguments(parser)


def run(args):
    # On Dask, a Parquet file is read by the tasks themselves (each its own rows); otherwise read here.
    on_dask_from_parquet = args.engine == "dask" and str(args.table).endswith((".parquet", ".pq"))
    table = args.table if on_dask_from_parquet else read_table(args.table)
    names = _column_names(table)
    keep = list(args.keep_columns) if args.keep_columns is not None else [c for c in ("annual_income", "_age") if c in names]
    if args.ignore_unknown_columns:
        from openfisca_japan.analysis.microsimulation import systems

        variables = systems.baseline_system().variables
        keep += [c for c in names if c.split("@")[0] not in variables and c not in keep]
    results = run_microsimulation(
        table,
        args.output_variables,
        args.period,
        reform=reform_from_args(args) or None,
        chunk_size=args.chunk_size,
        engine=args.engine,
        scheduler=args.scheduler,
        n_workers=args.workers,
        progress=not args.no_progress,
        keep_columns=keep,
    )
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    write_table(results, args.output)
    print(
        f"{len(results):,} persons, {results.attrs['chunks']} chunk(s), {results.attrs['seconds']:.1f} s -> {args.output}",
        file=sys.stderr,
    )
    return 0


def _column_names(table):
    if isinstance(table, str):
        import pyarrow.parquet as pq

        return pq.ParquetFile(table).schema_arrow.names
    return list(table.columns)
