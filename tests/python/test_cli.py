"""The `openfisca-japan` command line: synth → microsim → report, chart, main job."""

import pandas as pd

from openfisca_japan.cli import build_parser, main


def test_subcommands_are_registered():
    text = build_parser().format_help()
    for name in ("payslip", "run", "microsim", "synth", "report", "chart", "calibration"):
        assert name in text


def test_synth_microsim_report(tmp_path, capsys):
    persons = tmp_path / "persons.parquet"
    assert main(["synth", "--persons", "600", "--seed", "4", "--municipalities", "tokyo_special_wards", "-o", str(persons)]) == 0
    results = tmp_path / "results.csv"
    code = main(
        [
            "microsim", str(persons), "--period", "2025-06", "-v", "social_insurance_premiums_employee", "national_health_insurance_premium",
            "--reform", "dependant_income_cap", "--set", "health_insurance.dependants.income_limit.general=1500000@2025-04",
            "--ignore-unknown-columns", "--chunk-size", "200", "--no-progress", "-o", str(results),
        ]
    )
    assert code == 0
    frame = pd.read_csv(results)
    assert len(frame) == 600
    assert {"social_insurance_premiums_employee_baseline", "national_health_insurance_premium_reform", "annual_income"} <= set(frame.columns)
    # no hidden flag: `microsim` keeps `annual_income` by default, so the report has its deciles
    assert main(["report", str(results), "--output-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Net cost to the public purse" in out and "decile" in out
    for name in ("report_totals.csv", "report_deciles.csv", "report.html", "report_deciles.png"):
        assert (tmp_path / name).exists()
    # the calibration table of any population written by synth
    assert main(["calibration", str(persons), "--output-dir", str(tmp_path)]) == 0
    assert "Calibration: count targets" in capsys.readouterr().out


def test_microsim_on_dask_from_parquet_equals_local(tmp_path):
    """`--engine dask` on a Parquet file (the tasks read their own rows) writes the local engine's results."""
    persons = tmp_path / "persons.parquet"
    assert main(["synth", "--persons", "500", "--seed", "6", "--municipalities", "tokyo_special_wards", "-o", str(persons)]) == 0
    common = ["--period", "2025-06", "-v", "social_insurance_premiums_employee", "national_health_insurance_premium"]
    common += ["--reform", "dependant_income_cap", "--ignore-unknown-columns", "--chunk-size", "150", "--no-progress"]
    assert main(["microsim", str(persons), *common, "-o", str(tmp_path / "local.parquet")]) == 0
    assert main(["microsim", str(persons), *common, "--engine", "dask", "--workers", "2", "-o", str(tmp_path / "dask.parquet")]) == 0
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "local.parquet"), pd.read_parquet(tmp_path / "dask.parquet"))


def test_uncovered_value_is_a_message_not_a_traceback(tmp_path, capsys):
    """A value the model leaves uncovered (Tsu's FY2025 NHI rates were not found) stops the CLI with exit
    code 3 and the formula's message naming the parameter, not a traceback."""
    persons = tmp_path / "persons.parquet"
    assert main(["synth", "--persons", "300", "--seed", "2", "--municipalities", "tsu", "-o", str(persons)]) == 0
    capsys.readouterr()
    code = main(["microsim", str(persons), "--period", "2025-06", "-v", "national_health_insurance_premium", "--no-progress",
                 "-o", str(tmp_path / "out.parquet")])
    error = capsys.readouterr().err
    assert code == 3
    assert "not covered" in error and "tsu" in error and "national_health_insurance" in error
    assert "Traceback" not in error


def test_chart_command(tmp_path):
    assert main(["chart", "--reform", "dependant_income_cap", "-o", str(tmp_path / "walls.png")]) == 0
    assert (tmp_path / "walls.png").stat().st_size > 10_000
    assert (tmp_path / "walls.csv").exists()


def test_main_job_small(tmp_path, capsys):
    assert main(["run", "--persons", "800", "--output-dir", str(tmp_path), "--no-progress", "--skip-payslip"]) == 0
    out = capsys.readouterr().out
    assert "baseline vs dependant_income_cap" in out
    assert "Calibration: count targets" in out and "Income walls" in out
    for name in ("main_job_summary_totals.csv", "main_job_summary_deciles.csv", "income_walls.png", "main_job_results.parquet", "main_job_report.html", "calibration_counts.csv"):
        assert (tmp_path / name).exists()
