"""The "income walls" chart: a married household's net income as the spouse's earnings rise.

A head earning `head_earnings` a year as a full-time employee (Kyokai Kenpo, large firm) and a spouse whose
annual earnings go from 0 to 3 million yen, in three cases: an employee working part time (`spouse_hours` a
week) at a firm of 51+ insured persons, the same at a small firm, and a self-employed spouse (business
income). For each point the model computes every premium the household pays over the fiscal year
(employee shares, National Health Insurance, national pension), the income tax of the calendar year
(with the reconstruction surtax) and the resident tax assessed on it, for both members, and the benefits:
net household income = earnings − premiums − taxes + benefits, under the baseline and a reform. The walls
are read from the parameters of each system (`walls.py`), so a reform moves them. The households are one
person table run through the microsimulation, so the chart is vectorised like any bulk run.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from openfisca_japan.analysis.plotting import pyplot
from openfisca_japan.analysis.reports import BENEFITS, HOUSEHOLD_PAYMENTS, SCHEMES

SPOUSES = {
    "large": ("Spouse employed by a firm of 51+ insured", "配偶者: 従業員51人以上の企業で勤務", 500),
    "small": ("Spouse employed by a small firm (50 or fewer)", "配偶者: 50人以下の企業で勤務", 10),
    "self_employed": ("Self-employed spouse (business income)", "配偶者: 自営業 (事業所得)", 0),
}
FIRMS = {key: (label, size) for key, (label, _, size) in SPOUSES.items()}  # compatibility
TAXES = [s.household for s in SCHEMES if s.tax]


def walls_table(year=2025, step=20_000, maximum=3_000_000, head_earnings=5_000_000, spouse_hours=24.0, municipality="yokohama", prefecture="kanagawa"):
    """The person table of the chart: one household per (spouse case, spouse earnings)."""
    earnings = np.arange(0, maximum + step, step, dtype=np.float64)
    points = len(earnings)
    kinds = list(SPOUSES)
    household = np.arange(points * len(kinds))
    kind = np.repeat(kinds, points)
    spouse_earnings = np.tile(earnings, len(kinds))
    rows = len(household) * 2
    is_spouse = np.tile([False, True], len(household))
    hh = np.repeat(household, 2)
    annual = np.where(is_spouse, spouse_earnings[hh], head_earnings)
    self_employed = is_spouse & (kind[hh] == "self_employed")
    employed_spouse = is_spouse & ~self_employed & (annual > 0)
    employee = ~is_spouse | employed_spouse
    employee_count = np.where(is_spouse, np.array([SPOUSES[k][2] for k in kind])[hh], 1000)
    salary = np.where(employee, annual, 0.0)
    business = np.where(self_employed, annual, 0.0)
    table = pd.DataFrame(
        {
            "person_id": np.arange(rows),
            "household_id": hh,
            "household_role": np.where(is_spouse, "spouse", "head"),
            # head's employer: one per household; an employed spouse's: its own; others: none
            "employer_id": pd.array(np.where(is_spouse, np.where(employed_spouse, 2 * hh + 1, -1), 2 * hh), dtype="Int64"),
            "birth_date": np.where(is_spouse, f"{year - 41}-06-15", f"{year - 43}-06-15"),
            "employment_status": np.select([employee, self_employed & (annual > 0)], ["employee", "self_employed"], "homemaker"),
            "monthly_wage": np.round(salary / 12),
            "weekly_working_hours": np.where(is_spouse, np.where(employed_spouse, spouse_hours, 0.0), 40.0),
            "annual_income": annual,
            "relationship_to_insured_person": "spouse",
            **{f"annual_employment_income@{y}": salary for y in (year - 1, year)},
            **{f"business_and_other_income@{y}": business for y in (year - 1, year)},
            "municipality": municipality,
            "prefecture": prefecture,
            "employer_prefecture": prefecture,
            "health_insurer": np.where(employee, "kyokai_kenpo", "none"),
            "employee_count": np.where(employee, employee_count, 0),
            "_kind": kind[hh],
            "_spouse_earnings": spouse_earnings[hh],
        }
    )
    table.loc[table["employer_id"] < 0, "employer_id"] = pd.NA
    return table


def walls_data(reform, year=2025, outputs=None, **options):
    """Per household: spouse case, spouse earnings, premiums, taxes, benefits and net income, baseline and
    reform. `outputs` restricts the premiums and benefits to those (e.g. the ones that compute)."""
    from openfisca_japan.analysis.microsimulation import ReformSpec, run_microsimulation, systems

    table = walls_table(year, **options)
    variables = systems.baseline_system().variables
    table = table[[c for c in table.columns if c.startswith("_") or c in ("person_id", "household_id", "household_role", "employer_id") or c.split("@")[0] in variables]]
    wanted = [v for v in list(HOUSEHOLD_PAYMENTS) + list(BENEFITS) if v in variables and v not in TAXES]
    premiums = [v for v in wanted if outputs is None or v in [str(o).split("@")[0] for o in outputs]]
    taxes = [f"{v}@{year}" for v in TAXES if v in variables]
    reform = reform if isinstance(reform, ReformSpec) else ReformSpec.from_cli([reform] if reform else [])
    results = run_microsimulation(
        table, premiums + taxes, f"year:{year}-04", reform=reform, progress=False, keep_columns=("_kind", "_spouse_earnings"), chunk_size=10**9
    )
    data = pd.DataFrame({"household_id": table["household_id"], "earnings": table["annual_income"]})
    for scenario in ("baseline", "reform"):
        data[f"premiums_{scenario}"] = sum((results[f"{v}_{scenario}"] for v in premiums if v in HOUSEHOLD_PAYMENTS), start=0.0)
        data[f"taxes_{scenario}"] = sum((results[f"{v}_{scenario}"] for v in taxes), start=0.0)
        data[f"benefits_{scenario}"] = sum((results[f"{v}_{scenario}"] for v in premiums if v in BENEFITS), start=0.0)
    grouped = data.groupby("household_id", sort=True).sum()
    meta = results.groupby("household_id", sort=True)[["_kind", "_spouse_earnings"]].first()
    frame = meta.join(grouped)
    for scenario in ("baseline", "reform"):
        frame[f"net_income_{scenario}"] = frame["earnings"] - frame[f"premiums_{scenario}"] - frame[f"taxes_{scenario}"] + frame[f"benefits_{scenario}"]
        frame[f"disposable_{scenario}"] = frame[f"net_income_{scenario}"]  # compatibility
    frame = frame.reset_index().rename(columns={"_kind": "kind", "_spouse_earnings": "spouse_earnings"})
    frame["firm"] = frame["kind"]  # compatibility
    frame.attrs["walls"] = wall_pairs(reform, year)
    return frame


def wall_pairs(reform, year=2025):
    """[(baseline Wall, reform Wall)] in force in October of fiscal year `year`."""
    from openfisca_japan.analysis.microsimulation import systems
    from openfisca_japan.analysis.walls import walls

    instant = f"{year}-10-01"
    baseline = {w.key: w for w in walls(systems.baseline_system(), instant)}
    reformed = {w.key: w for w in walls(systems.build_system(reform) if reform else systems.baseline_system(), instant)}
    return [(baseline[key], reformed.get(key, baseline[key])) for key in baseline]


def plot_walls(frame, path, reform_label="reform", walls=None):
    """The chart (PNG): net household income (left) and premiums plus taxes (right) against the spouse's
    earnings, baseline (solid) and reform (dashed), the walls as labelled vertical lines."""
    plt = pyplot()
    walls = walls if walls is not None else frame.attrs.get("walls", [])
    fig, axes = plt.subplots(1, 2, figsize=(15, 6.4), sharex=True)
    colors = {"large": "tab:blue", "small": "tab:orange", "self_employed": "tab:green"}
    for kind, (label, label_ja, _) in SPOUSES.items():
        part = frame[frame["kind"] == kind]
        if not len(part):
            continue
        x = part["spouse_earnings"] / 1e4
        for scenario, style, name in (("baseline", "-", "baseline 現行"), ("reform", "--", f"{reform_label} 改革案")):
            axes[0].plot(x, part[f"net_income_{scenario}"] / 1e4, color=colors[kind], linestyle=style, label=f"{label_ja} / {label} — {name}")
            axes[1].plot(x, (part[f"premiums_{scenario}"] + part[f"taxes_{scenario}"]) / 1e4, color=colors[kind], linestyle=style)
    drawn = 0  # labels drawn so far: each one a line lower, so that they never overlap
    for baseline, reform in walls:
        for scenario, wall, style in (("baseline", baseline, ":"), ("reform", reform, "-.")):
            if scenario == "reform" and reform.amount == baseline.amount:
                continue
            for axis in axes:
                axis.axvline(wall.amount / 1e4, color="grey" if scenario == "baseline" else "purple", linewidth=0.8, linestyle=style)
            text = f"{wall.label_ja}\n{wall.amount / 1e4:,.1f}万円" + (" (reform)" if scenario == "reform" else "")
            axes[0].annotate(
                text, xy=(wall.amount / 1e4, 1.0), xycoords=("data", "axes fraction"), xytext=(2, -4 - 24 * drawn),
                textcoords="offset points", fontsize=7, va="top", color="dimgrey" if scenario == "baseline" else "purple",
            )  # fmt: skip
            drawn += 1
    axes[0].set_title("世帯の手取り収入 / Household net income (earnings − premiums − taxes + benefits)", fontsize=10)
    axes[1].set_title("社会保険料と税 / Household premiums and taxes", fontsize=10)
    for axis in axes:
        axis.set_xlabel("配偶者の年収 (万円) / Spouse's annual earnings (10,000 yen)")
        axis.set_ylabel("万円 / 10,000 yen a year")
        axis.grid(alpha=0.3)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=2, fontsize=8, frameon=False, bbox_to_anchor=(0.5, 0.0))
    fig.suptitle(f"年収の壁 / Income walls of a married household: baseline vs {reform_label}", fontsize=12)
    fig.tight_layout(rect=(0, 0.14, 1, 0.96))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def plotly_walls(frame, reform_label="reform", walls=None):
    """The same chart as an interactive plotly figure (for the HTML report)."""
    import plotly.graph_objects as go

    walls = walls if walls is not None else frame.attrs.get("walls", [])
    figure = go.Figure()
    colors = {"large": "#1f77b4", "small": "#ff7f0e", "self_employed": "#2ca02c"}
    for kind, (label, label_ja, _) in SPOUSES.items():
        part = frame[frame["kind"] == kind]
        for scenario, dash in (("baseline", "solid"), ("reform", "dash")):
            figure.add_scatter(
                x=part["spouse_earnings"], y=part[f"net_income_{scenario}"], mode="lines", line={"color": colors[kind], "dash": dash},
                name=f"{label} ({label_ja}), {scenario if scenario == 'baseline' else reform_label}",
            )  # fmt: skip
    for baseline, reform in walls:
        figure.add_vline(x=baseline.amount, line_dash="dot", line_color="grey", annotation_text=f"{baseline.label_ja} {baseline.amount / 1e4:,.1f}万円", annotation_textangle=-90)
        if reform.amount != baseline.amount:
            figure.add_vline(x=reform.amount, line_dash="dashdot", line_color="purple", annotation_text=f"{reform.label_ja} (reform) {reform.amount / 1e4:,.1f}万円", annotation_textangle=-90)
    figure.update_layout(
        title="Income walls: household net income as the spouse's earnings rise (年収の壁)", xaxis_title="spouse's annual earnings (yen)",
        yaxis_title="household net income (yen a year)", height=560, legend={"orientation": "h", "y": -0.2},
    )  # fmt: skip
    return figure
