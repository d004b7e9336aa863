"""`openfisca-japan run` (`make run`): the main job.

1. the pay-slip examples (`openfisca_japan.cli.payslip`);
2. the calibrated population shipped with the package (30,000 persons whose household weights reproduce the
   verified official counts; `--persons N` generates and calibrates a new one);
3. fiscal year 2025 (April 2025 – March 2026), baseline vs the reform raising the dependant income cap to
   1.6 million yen, with the income tax and resident tax of 2025, in chunks;
4. the calibration table (count targets and money totals with their official values and our errors);
5. the report (totals by scheme and payer, net cost, deciles, walls) on the terminal, as CSV, as a
   self-contained HTML page with interactive charts and as PNG; the per-person results as Parquet; the
   income-walls chart; all in `output/`.

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

    parser.add_argument("--persons", type=int, help="generate and calibrate a population of this many persons (default: the calibrated 30,000 shipped)")
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


def _population(args, period, reform):
    """(table, municipalities, description): the shipped calibrated population, or a new one."""
    from openfisca_japan.analysis.calibration import calibrate_population, load_default_population
    from openfisca_japan.analysis.scope import working_municipalities
    from openfisca_japan.analysis.synthetic_population import generate

    if args.persons is None and args.year == 2025:
        table = load_default_population()
        return table, sorted(set(table["municipality"])), f"the calibrated population shipped with the package ({len(table):,} persons)"
    municipalities = working_municipalities(period, reform, taxes=True)
    if municipalities is not None and not municipalities:
        print("warning: no modelled municipality has NHI rates and tax facts for the year; households spread over all prefectures")
    persons = args.persons or 30_000
    table = generate(persons, args.seed, args.year, scope="modelled" if municipalities else "national", municipalities=municipalities or None)
    return calibrate_population(table, args.year, strict=False), municipalities, f"a new calibrated synthetic population ({persons:,} persons, seed {args.seed})"


def usable_outputs(table, candidates, period, reform, sample=400, exclude_refused=False):
    """The candidates that compute on a sample of the population; (usable, {dropped: reason}).

    As `openfisca_japan.analysis.scope.usable_outputs`, but one simulation of the sample per scenario (baseline,
    reform) computes every candidate in turn, sharing what they have in common, instead of a microsimulation
    per candidate (about 25 of them: that probing was half the CPU time of `make run`). A candidate that fails
    leaves the others' results intact (openfisca ends the failed calculation and keeps only valid values).
    Falls back to the per-candidate probing if the sample's simulations cannot be built. With `exclude_refused`, a
    candidate that fails only by refusing some households of the sample is usable (the run leaves them out)."""
    from openfisca_japan.analysis import scope
    from openfisca_japan.analysis.microsimulation import ReformSpec, simulation_from_table
    from openfisca_japan.analysis.microsimulation.engine import OutputSpec, compute_outputs

    households = table["household_id"].drop_duplicates().iloc[:sample]
    part = table[table["household_id"].isin(households)]
    try:
        simulations = [simulation_from_table(part, period, spec) for spec in ([ReformSpec(), reform] if reform else [ReformSpec()])]
    except Exception:  # noqa: BLE001 (the slower probing reports the problem per output)
        return scope.usable_outputs(table, candidates, period, reform, sample)
    usable, dropped = [], {}
    for name in candidates:
        try:
            for simulation in simulations:
                compute_outputs(simulation, [OutputSpec.parse(name)], period)
            usable.append(name)
        except Exception as error:  # noqa: BLE001 (reported to the user)
            from openfisca_japan.law.coverage import refusal_of

            if exclude_refused and refusal_of(error) is not None:
                usable.append(name)
                continue
            dropped[name] = f"{type(error).__name__}: {str(error).splitlines()[0][:200]}"
    return usable, dropped


def run(args):
    from rich.console import Console

    from openfisca_japan.analysis import calibration, charts, reports
    from openfisca_japan.analysis.microsimulation import (
        ReformSpec,
        exclusions,
        run_microsimulation,
        systems,
        write_table,
    )
    from openfisca_japan.analysis.scope import prefecture_of
    from openfisca_japan.cli.microsim import reform_from_args

    started = time.perf_counter()
    console = Console(width=170)
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
    table, municipalities, described = _population(args, period, reform)
    print("=" * 100)
    print(f"Fiscal year {args.year}, baseline vs {reform.describe()}, over {described}")
    print("=" * 100)
    if municipalities:
        print(f"municipalities: {', '.join(municipalities)} (their premium rates stand for the whole country)")
    if "nhi_pension_earner_reading" in table.columns:
        readings = ", ".join(sorted(map(str, table["nhi_pension_earner_reading"].dropna().unique())))
        # A stated assumption of the population, not of the law: official pages disagree (docs/analysis.md).
        print(f"assumption of the population: nhi_pension_earner_reading = {readings} (whether a person 65+ with "
              "pension receipts of 1.1-1.25 million yen is a pension earner in the 7/5/2-tenths test; official pages "
              "disagree: docs/analysis.md)")
    if "employment_insurance_applicable" in table.columns and "health_insurer" in table.columns:
        public = table["health_insurer"].astype(str) == "mutual_aid_association"
        if public.any():
            print("assumption of the population: public (共済組合) employers are government bodies, "
                  f"employment_insurance_applicable = {sorted(set(table.loc[public, 'employment_insurance_applicable'].astype(bool)))} "
                  "for their employees (雇用保険法 第6条第6号: docs/analysis.md)")
    unknown = [c for c in table.columns if c not in RESERVED and not c.startswith("_") and c.split("@")[0] not in system.variables]
    if unknown:
        print(f"note: input columns not in the model, left out: {unknown}")
    table = table.drop(columns=unknown)
    candidates = list(dict.fromkeys(reports.analysis_outputs(system, args.year) + calibration.run_outputs(args.year)))
    outputs, dropped = usable_outputs(table, candidates, period, reform, exclude_refused=args.exclude_refused)
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
        keep_columns=tuple(c for c in calibration.KEEP_COLUMNS if c in table),
        exclude_refused=args.exclude_refused,
    )
    print(f"microsimulation: {len(results):,} persons, {results.attrs['chunks']} chunks, {results.attrs['seconds']:.1f} s")
    for line in exclusions.describe(results.attrs.get("excluded")):
        print(line)
    write_table(results, output / "main_job_results.parquet")
    paths = [output / "main_job_results.parquet"]

    # How close the population comes to the official totals (baseline)
    counts = calibration.count_table(results, args.year, suffix="_baseline")
    money = calibration.money_table(results, args.year, suffix="_baseline")
    calibration.print_tables(counts, money, console)
    counts.to_csv(output / "calibration_counts.csv", index=False)
    money.to_csv(output / "calibration_money.csv", index=False)
    paths += [output / "calibration_counts.csv", output / "calibration_money.csv"]

    walls = charts.wall_pairs(reform, args.year)
    summary = reports.summarize(results, walls=walls)
    reports.print_summary(summary, f"Fiscal year {args.year}: baseline vs {reform.describe()}", console)
    if dropped:
        print(f"\nNot in this summary (could not be computed): {', '.join(dropped)}")
    paths += reports.write_summary(summary, output, "main_job_summary")
    paths.append(reports.plot_deciles_png(summary, output / "main_job_deciles.png"))
    walls_figure = None
    if not args.skip_chart:
        try:
            place = {"municipality": municipalities[0], "prefecture": prefecture_of(municipalities[0])} if municipalities else {}
            frame = charts.walls_data(reform, args.year, outputs, **place)
            paths.append(charts.plot_walls(frame, output / "income_walls.png", reform.describe()))
            frame.to_csv(output / "income_walls.csv", index=False)
            paths.append(output / "income_walls.csv")
            walls_figure = charts.plotly_walls(frame, reform.describe())
        except Exception:  # noqa: BLE001 (the summary is already written)
            print("warning: the income-walls chart failed:")
            traceback.print_exc()
    paths.append(
        reports.write_html(summary, output / "main_job_report.html", f"Fiscal year {args.year}: baseline vs {reform.describe()}", (counts, money), walls_figure)
    )
    print()
    for path in paths:
        print(f"wrote {path}")
    print(f"main job done in {time.perf_counter() - started:.0f} s")
    return 0
