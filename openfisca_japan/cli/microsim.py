"""`openfisca-japan microsim`: run the model over a table of persons, baseline and reform side by side.

    openfisca-japan microsim persons.parquet --period 2025-04 \
        --output-variables social_insurance_premiums_employee national_health_insurance_premium \
        --reform dependant_income_cap --set health_insurance.dependants.income_limit.general=1500000@2025-04 \
        --chunk-size 200000 --engine dask -o results.parquet

A household the law refuses (e.g. a Yokohama NHI household with a child and an income-based amount) stops the run
with that error (exit code 3, or 2 for a refused input). `--exclude-refused` leaves such households out instead:
their rows are not in the output, and the run prints how many households and persons (weighted) were left out and
why; the Parquet output carries it in its metadata (`attrs["excluded"]`, read by `report`), a CSV output gets
`<output>.excluded.json` beside it.
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
    parser.add_argument(
        "--exclude-refused", action="store_true",
        help="leave out the households the law refuses (not covered, or an input a formula cannot use) instead of "
        "stopping; the run says which and why, and totals do not cover them (docs/analysis.md)",
    )  # fmt: skip


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


def read_input_table(path):
    """A person table, or a UsageError naming the file."""
    from openfisca_japan.cli import UsageError

    if not Path(path).is_file():
        raise UsageError(f"{path}: no such file" if not Path(path).exists() else f"{path}: not a file")
    if not str(path).endswith((".csv", ".parquet", ".pq", ".txt", ".gz", ".bz2", ".zip", ".xz")):
        raise UsageError(f"{path}: a person table is a CSV (.csv) or Parquet (.parquet) file")
    try:
        return read_table(path)
    except ModuleNotFoundError:
        raise
    except Exception as error:  # noqa: BLE001 (pandas and pyarrow raise many kinds on unreadable files)
        raise UsageError(f"{path}: cannot read the table: {' '.join(str(error).split())[:300]}") from None


def print_reform_changes(reform):
    """The parameters a reform changes, on stderr (the reform summary)."""
    if not reform:
        return
    from openfisca_japan.analysis.microsimulation import systems
    from openfisca_japan.law.reform_checks import describe_changes

    lines = describe_changes(systems.baseline_system().parameters, systems.build_system(reform).parameters)
    print(f"reform {reform.describe()} changes {len(lines)} parameter(s):", file=sys.stderr)
    for line in lines:
        print(f"  {line}", file=sys.stderr)


def run(args):
    from openfisca_japan.analysis.microsimulation import check_run_period

    check_run_period(args.period)
    reform = reform_from_args(args) or None
    print_reform_changes(reform)
    # On Dask, a Parquet file is read by the tasks themselves (each its own rows); otherwise read here.
    on_dask_from_parquet = args.engine == "dask" and str(args.table).endswith((".parquet", ".pq"))
    table = args.table if on_dask_from_parquet else read_input_table(args.table)
    if on_dask_from_parquet and not Path(args.table).is_file():
        read_input_table(args.table)  # the same message as without Dask
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
        reform=reform,
        chunk_size=args.chunk_size,
        engine=args.engine,
        scheduler=args.scheduler,
        n_workers=args.workers,
        progress=not args.no_progress,
        keep_columns=keep,
        exclude_refused=args.exclude_refused,
    )
    if not results.attrs.get("weighted", True):
        print("note: the table has no weight column: results are per row (unweighted)", file=sys.stderr)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    write_table(results, args.output)
    print(
        f"{len(results):,} persons, {results.attrs['chunks']} chunk(s), {results.attrs['seconds']:.1f} s -> {args.output}",
        file=sys.stderr,
    )
    print_exclusions(results, args.output)
    return 0


def print_exclusions(results, output=None):
    """What `--exclude-refused` left out, on stderr; beside a CSV output, as `<output>.excluded.json`."""
    import json

    from openfisca_japan.analysis.microsimulation.exclusions import describe

    found = results.attrs.get("excluded")
    for line in describe(found):
        print(line, file=sys.stderr)
    if found is not None and output is not None and not str(output).endswith((".parquet", ".pq")):
        Path(f"{output}.excluded.json").write_text(json.dumps(found, indent=1, ensure_ascii=False, default=str), encoding="utf-8")


def _column_names(table):
    if isinstance(table, str):
        import pyarrow.parquet as pq

        return pq.ParquetFile(table).schema_arrow.names
    return list(table.columns)
