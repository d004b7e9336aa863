"""`openfisca-japan run` (`make run`): the main job.

1. the pay-slip examples (`openfisca_japan.cli.payslip`);
2. a synthetic population of 100,000 persons (bundled marginals, no external data), households in the
   municipalities whose rates are known for the fiscal year;
3. fiscal year 2025 (April 2025 – March 2026), baseline vs the reform raising the dependant income cap to
   1.6 million yen, in chunks, with a progress bar;
4. the summary (totals by premium and benefit, net cost by payer, deciles) on the terminal and as CSV,
   the per-person results as Parquet, and the income-walls chart, all in `output/`.

An output variable that cannot be computed on the population (a rule module not finished, a rate not
known for the year) is left out with a warning rather than stopping the job; the summary lists it.
"""

from __future__ import annotations

import argparse
import time
import traceback
from pathlib import Path

RESERVED = ("person_id", "household_id", "household_role", "employer_id", "weight")


def add_arguments(parser: argparse.ArgumentParser):
    from openfisca_japan.cli.microsim import add_engine_arguments, add_reform_arguments

    parser.add_argument("--persons", type=int, default=100_000, help="synthetic persons (default 100,000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the population (default 0)")
    parser.add_argument("--year", type=int, default=2025, help="fiscal year (default 2025)")
    parser.add_argument("--output-dir", default="output", help="where to write results (default output/)")
    parser.add_argument("--skip-payslip", action="store_true", help="do not print the pay-slip examples")
    parser.add_argument("--skip-chart", action="store_true", help="do not draw the income-walls chart")
    add_reform_arguments(parser)
    add_engine_arguments(parser)
    parser.set_defaults(chunk_size=25_000)


def print_payslips():
    try:
        from openfisca_japan.cli import payslip
    except ModuleNotFoundError:
        print("(pay-slip module not available)")
        return
    try:
        payslip.run(argparse.Namespace(situations=[], examples=True, period=None))
    except Exception as error:  # noqa: BLE001 (the main job goes on with the population run)
        print(f"(pay-slip examples failed: {error})")


def run(args):
    from openfisca_japan.analysis import charts, reports
    from openfisca_japan.analysis.microsimulation import ReformSpec, run_microsimulation, systems, write_table
    from openfisca_japan.analysis.scope import prefecture_of, usable_outputs, working_municipalities
    from openfisca_japan.analysis.synthetic_population import generate
    from openfisca_japan.cli.microsim import reform_from_args

    started = time.perf_counter()
    output = Path(args.output_dir)
    output.mkdir(parents=True, exist_ok=True)
    if not args.skip_payslip:
        print("=" * 100)
        print("Pay-slip examples")
        print("=" * 100)
        print_payslips()

    reform = reform_from_args(args) or ReformSpec(modules=("dependant_income_cap",))
    from openfisca_japan.cli.microsim import print_reform_changes

    print_reform_changes(reform)
    period = f"year:{args.year}-04"
    system = systems.baseline_system()
    print("=" * 100)
    print(f"Synthetic population: {args.persons:,} persons, fiscal year {args.year}, baseline vs {reform.describe()}")
    print("=" * 100)
    municipalities = working_municipalities(period, reform)
    if municipalities is not None and not municipalities:
        print("warning: no modelled municipality has NHI rates for the year; households spread over all prefectures")
    table = generate(args.persons, args.seed, args.year, scope="modelled" if municipalities else "national", municipalities=municipalities or None)
    if municipalities:
        print(f"municipalities: {', '.join(municipalities)}")
    unknown = [c for c in table.columns if c not in RESERVED and not c.startswith("_") and c.split("@")[0] not in system.variables]
    if unknown:
        print(f"note: input columns not in the model, left out: {unknown}")
    table = table.drop(columns=unknown)
    candidates = reports.analysis_outputs(system)
    outputs, dropped = usable_outputs(table, candidates, period, reform)
    for name, reason in dropped.items():
        print(f"warning: {name} left out ({reason})")
    results = run_microsimulation(
        table,
        outputs,
        period,
        reform=reform,
        chunk_size=args.chunk_size,
        engine=args.engine,
        scheduler=args.scheduler,
        n_workers=args.workers,
        progress=not args.no_progress,
        keep_columns=("annual_income",),
    )
    print(f"microsimulation: {len(results):,} persons, {results.attrs['chunks']} chunks, {results.attrs['seconds']:.1f} s")
    write_table(results, output / "main_job_results.parquet")
    summary = reports.summarize(results)
    print()
    print(reports.format_summary(summary, f"Fiscal year {args.year}: baseline vs {reform.describe()}"))
    if dropped:
        print(f"\nNot in this summary (could not be computed): {', '.join(dropped)}")
    paths = reports.write_summary(summary, output, "main_job_summary")
    if not args.skip_chart:
        try:
            walls = charts.walls_data(reform, args.year, outputs, **({"municipality": municipalities[0], "prefecture": prefecture_of(municipalities[0])} if municipalities else {}))
            paths.append(charts.plot_walls(walls, output / "income_walls.png", reform.describe()))
            walls.to_csv(output / "income_walls.csv", index=False)
        except Exception:  # noqa: BLE001 (the summary is already written)
            print("warning: the income-walls chart failed:")
            traceback.print_exc()
    print()
    for path in [output / "main_job_results.parquet", *paths]:
        print(f"wrote {path}")
    print(f"main job done in {time.perf_counter() - started:.0f} s")
    return 0
