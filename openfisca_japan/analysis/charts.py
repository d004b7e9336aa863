"""The "income walls" chart: a married household as the spouse's earnings rise.

A head earning `head_earnings` a year as a full-time employee and a spouse working part time (`spouse_hours`
a week) whose annual earnings go from 0 to 3 million yen, employed either by a firm of 51 or more insured
persons or by a small firm. For each point the model computes, over a fiscal year, every
premium the household pays (employee shares, National Health Insurance, national pension) and the
disposable income = earnings − premiums, under the baseline and under a reform. The households are one
table run through the microsimulation, so the chart is vectorised like any bulk run.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from openfisca_japan.analysis.reports import BENEFITS, HOUSEHOLD_PAYMENTS

FIRMS = {"large": ("Employer with 51+ insured", 500), "small": ("Small employer (50 or fewer)", 10)}


def walls_table(year=2025, step=20_000, maximum=3_000_000, head_earnings=5_000_000, spouse_hours=24.0, municipality="yokohama", prefecture="kanagawa"):
    """The person table of the chart: one household per (firm size, spouse earnings)."""
    earnings = np.arange(0, maximum + step, step, dtype=np.float64)
    points = len(earnings)
    firms = list(FIRMS)
    household = np.arange(points * len(firms))
    firm = np.repeat(firms, points)
    spouse_earnings = np.tile(earnings, len(firms))
    rows = len(household) * 2
    is_spouse = np.tile([False, True], len(household))
    hh = np.repeat(household, 2)
    annual = np.where(is_spouse, spouse_earnings[hh], head_earnings)
    employee_count = np.where(is_spouse, np.array([FIRMS[f][1] for f in firm])[hh], 1000)
    spouse_working = is_spouse & (annual > 0)
    table = pd.DataFrame(
        {
            "person_id": np.arange(rows),
            "household_id": hh,
            "household_role": np.where(is_spouse, "spouse", "head"),
            # head's employer: one per household; spouse's employer: its own (none at 0 earnings)
            "employer_id": pd.array(np.where(is_spouse, np.where(spouse_working, 2 * hh + 1, -1), 2 * hh), dtype="Int64"),
            "birth_date": np.where(is_spouse, f"{year - 41}-06-15", f"{year - 43}-06-15"),
            "employment_status": np.where(is_spouse & ~spouse_working, "homemaker", "employee"),
            "monthly_wage": np.round(annual / 12),
            "weekly_working_hours": np.where(is_spouse, spouse_hours, 40.0),
            "annual_income": annual,
            f"annual_employment_income@{year - 1}": annual,
            f"annual_employment_income@{year}": annual,
            "municipality": municipality,
            "prefecture": prefecture,
            "employer_prefecture": prefecture,
            "health_insurer": np.where(is_spouse & ~spouse_working, "none", "kyokai_kenpo"),
            "employee_count": employee_count,
            "_firm": firm[hh],
            "_spouse_earnings": spouse_earnings[hh],
        }
    )
    table.loc[table["employer_id"] < 0, "employer_id"] = pd.NA
    return table


def walls_data(reform, year=2025, outputs=None, **options):
    """Per household: firm, spouse earnings, premiums and disposable income, baseline and reform."""
    from openfisca_japan.analysis.microsimulation import ReformSpec, run_microsimulation, systems

    table = walls_table(year, **options)
    variables = systems.baseline_system().variables
    table = table[[c for c in table.columns if c.startswith("_") or c in ("person_id", "household_id", "household_role", "employer_id") or c.split("@")[0] in variables]]
    outputs = [v for v in list(HOUSEHOLD_PAYMENTS) + list(BENEFITS) if v in variables and (outputs is None or v in outputs)]
    reform = reform if isinstance(reform, ReformSpec) else ReformSpec.from_cli([reform] if reform else [])
    results = run_microsimulation(
        table, outputs, f"year:{year}-04", reform=reform, progress=False, keep_columns=("_firm", "_spouse_earnings"), chunk_size=10**9
    )
    data = pd.DataFrame({"household_id": table["household_id"], "earnings": table["annual_income"] if "annual_income" in table else 0.0})
    for scenario in ("baseline", "reform"):
        data[f"premiums_{scenario}"] = sum(results[f"{v}_{scenario}"] for v in outputs if v in HOUSEHOLD_PAYMENTS)
        data[f"benefits_{scenario}"] = sum((results[f"{v}_{scenario}"] for v in outputs if v in BENEFITS), start=0.0)
    grouped = data.groupby("household_id", sort=True).sum()
    meta = results.groupby("household_id", sort=True)[["_firm", "_spouse_earnings"]].first()
    frame = meta.join(grouped)
    for scenario in ("baseline", "reform"):
        frame[f"disposable_{scenario}"] = frame["earnings"] - frame[f"premiums_{scenario}"] + frame[f"benefits_{scenario}"]
    return frame.reset_index().rename(columns={"_firm": "firm", "_spouse_earnings": "spouse_earnings"})


def plot_walls(frame, path, reform_label="reform"):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(13, 5.2), sharex=True)
    colors = {"large": "tab:blue", "small": "tab:orange"}
    for firm, (label, _) in FIRMS.items():
        part = frame[frame["firm"] == firm]
        x = part["spouse_earnings"] / 1e4
        axes[0].plot(x, part["disposable_baseline"] / 1e4, color=colors[firm], label=f"{label}, baseline")
        axes[0].plot(x, part["disposable_reform"] / 1e4, color=colors[firm], linestyle="--", label=f"{label}, {reform_label}")
        axes[1].plot(x, part["premiums_baseline"] / 1e4, color=colors[firm], label=f"{label}, baseline")
        axes[1].plot(x, part["premiums_reform"] / 1e4, color=colors[firm], linestyle="--", label=f"{label}, {reform_label}")
    for wall in (106, 130, 160):
        for axis in axes:
            axis.axvline(wall, color="grey", linewidth=0.6, linestyle=":")
    axes[0].set_title("Household disposable income (earnings − premiums)")
    axes[1].set_title("Household social insurance premiums, fiscal year")
    for axis in axes:
        axis.set_xlabel("Spouse's annual earnings (10,000 yen)")
        axis.set_ylabel("10,000 yen")
        axis.grid(alpha=0.3)
    axes[1].legend(fontsize=7, loc="upper left")
    fig.suptitle("Income walls of a married household: baseline vs " + reform_label)
    fig.tight_layout()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
