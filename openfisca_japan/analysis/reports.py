"""Reports of a microsimulation: budgetary impact by scheme and payer, distribution by decile, the walls.

`summarize(results)` takes the output of `run_microsimulation` (or `Microsimulation.results`): with a
reform, columns `<var>_baseline` and `<var>_reform` (a variable computed for another period than the run's,
such as the taxes of a calendar year, is `<var>@<period>_baseline`); without a reform, `<var>`. It needs
`weight`, `household_id` and the gross income column (`annual_income`, kept by `microsim` by default).
It returns:

- `totals`: for each scheme, what households and employers pay, baseline, reform and change (yen over the
  run period, weighted); then the net cost of the reform to the public purse (benefits paid − premiums
  and taxes received), to employers and to households;
- `deciles`: households by decile of baseline equivalised disposable income (disposable income over the
  square root of the household size; deciles of persons): mean disposable income, mean change in yen and
  in %, and the shares of winners and losers (a change of more than `threshold` yen either way);
- `walls`: each income wall (`walls.py`) under the baseline and the reform, the persons just below it
  (within 10 %), the persons between its baseline and reform amounts (whom the reform puts on the other
  side), and the persons whose dependant status changes.

Disposable income = gross annual income − what the household pays (employee shares of social insurance,
NHI, national pension, category-1 care and late-stage premiums when computed, income tax and resident
tax) + the cash benefits computed. Printed with `rich`, written as CSV, as a self-contained HTML page with
interactive charts (plotly) and as a PNG (matplotlib).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from html import escape as html_escape
from pathlib import Path

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Scheme:
    key: str
    label: str
    household: str | None  # variable paid by households
    employer: str | None  # variable paid by employers
    tax: bool = False  # a tax of the calendar year (computed as `<var>@<year>`)


SCHEMES = (
    Scheme("health", "Health insurance (健康保険)", "health_insurance_premium_employee", "health_insurance_premium_employer"),
    Scheme("nursing_care_2", "Nursing care, category 2 (介護保険 第2号)", "nursing_care_premium_employee", "nursing_care_premium_employer"),
    Scheme("child_levy", "Child-rearing support levy (子ども・子育て支援金)", "child_rearing_support_levy_employee", "child_rearing_support_levy_employer"),
    Scheme("employees_pension", "Employees' pension (厚生年金)", "employees_pension_premium_employee", "employees_pension_premium_employer"),
    Scheme("employment_insurance", "Employment insurance (雇用保険)", "employment_insurance_premium_employee", "employment_insurance_premium_employer"),
    Scheme("nhi", "National Health Insurance (国民健康保険)", "national_health_insurance_premium", None),
    Scheme("national_pension", "National pension (国民年金)", "national_pension_premium", None),
    Scheme("nursing_care_1", "Nursing care, category 1 (介護保険 第1号)", "nursing_care_premium_category_1", None),
    Scheme("late_stage", "Late-stage elderly medical care (後期高齢者医療)", "late_stage_elderly_premium", None),
    Scheme("income_tax", "Income tax (所得税・復興特別所得税)", "income_tax", None, tax=True),
    Scheme("resident_tax", "Resident tax (個人住民税・森林環境税)", "resident_tax", None, tax=True),
)
BENEFITS = {"older_worker_employment_benefit": "Older-worker continued-employment benefit (高年齢雇用継続給付)"}
# compatibility: what households pay, by variable (older callers and the income-walls chart)
HOUSEHOLD_PAYMENTS = {s.household: s.label for s in SCHEMES if s.household}
DEPENDANT_STATUS = "is_health_insurance_dependant"
BILLION = 1e9


def analysis_outputs(tax_benefit_system, year=None, include_memo=True, walls=True):
    """The report's output variables that exist in the model (taxes as `<var>@<year>` when `year`)."""
    names = []
    for scheme in SCHEMES:
        for name in (scheme.household, scheme.employer):
            if name and name in tax_benefit_system.variables:
                names.append(f"{name}@{year}" if scheme.tax and year else name)
    names += [b for b in BENEFITS if b in tax_benefit_system.variables]
    if walls and year and DEPENDANT_STATUS in tax_benefit_system.variables:
        names.append(f"{DEPENDANT_STATUS}@{year}-04")
    return names


def has_reform(results):
    return any(str(c).endswith("_reform") for c in results.columns)


def column(results, name, scenario):
    """The column of `name` for `scenario` ('baseline'/'reform'; no reform: the plain column), or None."""
    suffix = f"_{scenario}" if has_reform(results) else ""
    if f"{name}{suffix}" in results:
        return results[f"{name}{suffix}"]
    for candidate in results.columns:
        if str(candidate).startswith(f"{name}@") and str(candidate).endswith(suffix) and (suffix or "_" not in str(candidate).split("@")[1]):
            return results[candidate]
    return None


def _values(results, name, scenario):
    found = column(results, name, scenario)
    return None if found is None else found.to_numpy(dtype=np.float64)


def _weight(results):
    return results["weight"].to_numpy(dtype=np.float64) if "weight" in results else np.ones(len(results))


def summarize(results: pd.DataFrame, income_column="annual_income", threshold=1_000.0, walls=None):
    """The report of `results` (see the module's docstring). `walls`: [(baseline Wall, reform Wall)]."""
    weight = _weight(results)
    reform = has_reform(results)
    scenarios = ("baseline", "reform") if reform else ("baseline",)
    rows = []
    for scheme in SCHEMES:
        row = {"scheme": scheme.key, "label": scheme.label}
        present = False
        for payer, name in (("households", scheme.household), ("employers", scheme.employer)):
            for scenario in ("baseline", "reform"):
                values = _values(results, name, scenario) if name else None
                present |= values is not None
                row[f"{payer}_{scenario}"] = float(values @ weight) if values is not None and scenario in scenarios else np.nan
        if present:
            rows.append(row)
    for name, label in BENEFITS.items():
        values = {s: _values(results, name, s) for s in ("baseline", "reform")}
        if values["baseline"] is not None:
            rows.append({"scheme": name, "label": label, "benefits_baseline": float(values["baseline"] @ weight), "benefits_reform": float(values["reform"] @ weight) if reform else np.nan})
    totals = pd.DataFrame(rows)
    for payer in ("households", "employers", "benefits"):
        for scenario in ("baseline", "reform"):
            if f"{payer}_{scenario}" not in totals:
                totals[f"{payer}_{scenario}"] = np.nan
        totals[f"{payer}_change"] = totals[f"{payer}_reform"] - totals[f"{payer}_baseline"]
    net = pd.DataFrame()
    if reform:
        households, employers, benefits = (float(totals[f"{p}_change"].fillna(0).sum()) for p in ("households", "employers", "benefits"))
        net = pd.DataFrame(
            [
                {"payer": "public_purse", "label": "Net cost to the public purse (benefits paid − premiums and taxes received)", "change": benefits - households - employers},
                {"payer": "employers", "label": "Net cost to employers (premiums paid)", "change": employers},
                {"payer": "households", "label": "Net cost to households (premiums and taxes paid − benefits received)", "change": households - benefits},
            ]
        )
    return {
        "totals": totals,
        "net": net,
        "deciles": decile_table(results, weight, income_column, threshold),
        "walls": walls_table(results, weight, walls or [], income_column),
        "persons": float(weight.sum()),
        "weighted": "weight" in results,  # without a weight column every row counts as one person: said, never silent
        "has_reform": reform,
        "threshold": threshold,
        # households left out because the law refuses them (run with exclude_refused): said, never silent
        "excluded": results.attrs.get("excluded"),
    }


def _household_sums(results, scenario):
    pays = np.zeros(len(results))
    for name in HOUSEHOLD_PAYMENTS:
        values = _values(results, name, scenario)
        if values is not None:
            pays += values
    gets = np.zeros(len(results))
    for name in BENEFITS:
        values = _values(results, name, scenario)
        if values is not None:
            gets += values
    return pays, gets


def decile_table(results, weight, income_column="annual_income", threshold=1_000.0):
    if "household_id" not in results or income_column not in results:
        return pd.DataFrame()
    reform = has_reform(results)
    pays_b, gets_b = _household_sums(results, "baseline")
    pays_r, gets_r = _household_sums(results, "reform") if reform else (pays_b, gets_b)
    income = results[income_column].to_numpy(dtype=np.float64)
    frame = pd.DataFrame(
        {
            "household_id": results["household_id"].to_numpy(),
            "disposable": income - pays_b + gets_b,
            "change": (pays_b - pays_r) + (gets_r - gets_b),
            "weight": weight,
            "size": 1,
        }
    )
    households = frame.groupby("household_id", sort=False).agg(disposable=("disposable", "sum"), change=("change", "sum"), weight=("weight", "first"), size=("size", "sum"))
    import microdf

    equivalised = microdf.MicroSeries((households["disposable"] / np.sqrt(households["size"])).to_numpy(), weights=(households["weight"] * households["size"]).to_numpy())
    with warnings.catch_warnings():  # the ranks are wanted as a plain array (microdf warns that it drops the weights)
        warnings.simplefilter("ignore", UserWarning)
        households["decile"] = np.clip(equivalised.decile_rank().to_numpy().astype(np.int64), 1, 10)
    w = households["weight"]
    grouped = households.assign(
        wchange=households["change"] * w,
        wdisp=households["disposable"] * w,
        winner=(households["change"] > threshold) * w,
        loser=(households["change"] < -threshold) * w,
    ).groupby("decile")
    table = grouped.agg(households=("weight", "sum"), wchange=("wchange", "sum"), wdisp=("wdisp", "sum"), winners=("winner", "sum"), losers=("loser", "sum"))
    return pd.DataFrame(
        {
            "decile": table.index,
            "households": table["households"],
            "mean_disposable_income_baseline": table["wdisp"] / table["households"],
            "mean_change": table["wchange"] / table["households"],
            "mean_change_pct": table["wchange"] / table["wdisp"],
            "winners_share": table["winners"] / table["households"],
            "losers_share": table["losers"] / table["households"],
        }
    ).reset_index(drop=True)


def walls_table(results, weight, walls, income_column="annual_income"):
    """Persons near and across each wall (weighted); `walls`: [(baseline Wall, reform Wall)]."""
    if not walls or income_column not in results:
        return pd.DataFrame()
    income = results[income_column].to_numpy(dtype=np.float64)
    status_b = column(results, DEPENDANT_STATUS, "baseline")
    status_r = column(results, DEPENDANT_STATUS, "reform") if has_reform(results) else status_b
    rows = []
    for baseline, reform in walls:
        low, high = sorted((baseline.amount, reform.amount))
        row = {
            "wall": baseline.key, "label": baseline.label, "label_ja": baseline.label_ja,
            "baseline": baseline.amount, "reform": reform.amount,
            "persons_within_10pct_below": float(weight @ ((income >= 0.9 * baseline.amount) & (income < baseline.amount))),
            "persons_between_baseline_and_reform": float(weight @ ((income >= low) & (income < high))) if high > low else 0.0,
            "persons_changing_status": np.nan,
        }  # fmt: skip
        if baseline.key == "dependant_cap" and status_b is not None and status_r is not None:
            changed = status_b.to_numpy(dtype=bool) != status_r.to_numpy(dtype=bool)
            row["persons_changing_status"] = float(weight @ changed)
        rows.append(row)
    return pd.DataFrame(rows)


# -- rendering --------------------------------------------------------------------------------------------
def population_text(summary):
    """'N persons (weighted)', or UNWEIGHTED when the results had no weight column."""
    if summary.get("weighted", True):
        return f"{summary['persons']:,.0f} persons (weighted)"
    return f"UNWEIGHTED: no weight column, each of the {summary['persons']:,.0f} rows counts as one person"


def exclusion_lines(summary):
    """What the run left out (`exclude_refused`), as lines; [] when the run did not exclude."""
    from openfisca_japan.analysis.microsimulation.exclusions import describe

    return describe(summary.get("excluded"))


def _yen_billion(value):
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) else f"{value / BILLION:,.1f}"


def _signed_billion(value):
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) else f"{value / BILLION:+,.2f}"


def rich_tables(summary, title="Baseline vs reform"):
    """The report as `rich` tables (printed by `print_summary`)."""
    from rich.table import Table

    tables = []
    reform = summary["has_reform"]
    totals = Table(title=f"{title} — ¥ billion over the period, {population_text(summary)}", title_justify="left")
    totals.add_column("Scheme")
    for payer in ("Households", "Employers", "Benefits") if len(summary["totals"]) else ():
        totals.add_column(f"{payer}\nbaseline", justify="right")
        if reform:
            totals.add_column(f"{payer}\nreform", justify="right")
            totals.add_column(f"{payer}\nchange", justify="right")
    for _, row in summary["totals"].iterrows():
        cells = [row["label"]]
        for payer in ("households", "employers", "benefits"):
            cells.append(_yen_billion(row[f"{payer}_baseline"]))
            if reform:
                cells += [_yen_billion(row[f"{payer}_reform"]), _signed_billion(row[f"{payer}_change"])]
        totals.add_row(*cells)
    tables.append(totals)
    if reform:
        net = Table(title="Net cost of the reform (¥ billion)", title_justify="left")
        net.add_column("Payer")
        net.add_column("change", justify="right")
        for _, row in summary["net"].iterrows():
            net.add_row(row["label"], _signed_billion(row["change"]))
        tables.append(net)
    deciles = summary["deciles"]
    if len(deciles):
        table = Table(title="By decile of equivalised disposable income (baseline; yen a year per household)", title_justify="left")
        for name in ("decile", "households", "mean disposable"):
            table.add_column(name, justify="right")
        if reform:
            for name in ("mean change ¥", "change %", f"winners (>¥{summary['threshold']:,.0f})", "losers"):
                table.add_column(name, justify="right")
        for _, row in deciles.iterrows():
            cells = [f"{int(row['decile'])}", f"{row['households']:,.0f}", f"{row['mean_disposable_income_baseline']:,.0f}"]
            if reform:
                cells += [f"{row['mean_change']:+,.0f}", f"{row['mean_change_pct']:+.3%}", f"{row['winners_share']:.1%}", f"{row['losers_share']:.1%}"]
            table.add_row(*cells)
        tables.append(table)
    walls = summary["walls"]
    if len(walls):
        table = Table(title="Income walls (persons, weighted; no change of behaviour is modelled)", title_justify="left")
        for name in ("wall", "baseline ¥", "reform ¥", "within 10% below", "between the walls", "dependant status changes"):
            table.add_column(name, justify="right" if name != "wall" else "left")
        for _, row in walls.iterrows():
            changes = "" if np.isnan(row["persons_changing_status"]) else f"{row['persons_changing_status']:,.0f}"
            table.add_row(
                f"{row['label_ja']}\n{row['label']}", f"{row['baseline']:,.0f}", f"{row['reform']:,.0f}",
                f"{row['persons_within_10pct_below']:,.0f}", f"{row['persons_between_baseline_and_reform']:,.0f}", changes,
            )  # fmt: skip
        tables.append(table)
    return tables


def print_summary(summary, title="Baseline vs reform", console=None):
    from rich.console import Console

    console = console or Console(width=160)
    if not summary["has_reform"]:
        console.print("[bold]This file has no reform[/bold] (no `_baseline`/`_reform` columns): baseline totals only, no change to report.")
    for line in exclusion_lines(summary):
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    for table in rich_tables(summary, title):
        console.print(table)


def format_summary(summary, title="Baseline vs reform", width=160):
    """The printed report as text."""
    from rich.console import Console

    buffer = io.StringIO()
    print_summary(summary, title, Console(file=buffer, width=width, color_system=None))
    return buffer.getvalue()


def write_summary(summary, directory, prefix="summary"):
    """CSV files: totals (with the net costs), deciles, walls."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / f"{prefix}_totals.csv"]
    totals = summary["totals"]
    if len(summary["net"]):
        totals = pd.concat([totals, summary["net"].rename(columns={"payer": "scheme", "change": "net_change"})], ignore_index=True)
    totals.to_csv(paths[0], index=False)
    for name in ("deciles", "walls"):
        if len(summary[name]):
            paths.append(directory / f"{prefix}_{name}.csv")
            summary[name].to_csv(paths[-1], index=False)
    if summary.get("excluded") is not None:  # the households left out (exclude_refused), even when none
        from openfisca_japan.analysis.microsimulation.exclusions import table_of

        paths.append(directory / f"{prefix}_excluded.csv")
        table_of(summary["excluded"]).to_csv(paths[-1], index=False)
    return paths


def write_html(summary, path, title="Baseline vs reform", calibration=None, walls_chart=None):
    """A self-contained HTML report (plotly.js inlined once): totals by scheme and payer, deciles, walls,
    and the calibration tables when given (`calibration`: (count table, money table))."""
    import plotly.graph_objects as go

    parts = [f"<h1>{title}</h1>", f"<p>Population represented: {population_text(summary)}. Amounts in ¥ billion over the period.</p>"]
    if not summary["has_reform"]:
        parts.append("<p><b>This file has no reform</b>: baseline totals only.</p>")
    lines = exclusion_lines(summary)
    if lines:
        parts.append("<p class='excluded'><b>" + html_escape(lines[0]) + "</b></p><ul>"
                     + "".join(f"<li>{html_escape(line.strip().removeprefix('- '))}</li>" for line in lines[1:]) + "</ul>")
    figures = []
    totals = summary["totals"]
    if summary["has_reform"] and len(totals):
        figure = go.Figure()
        for payer in ("households", "employers", "benefits"):
            figure.add_bar(name=payer, x=totals["label"], y=totals[f"{payer}_change"] / BILLION)
        figure.update_layout(title="Change by scheme and payer (¥ billion)", barmode="group", height=480)
        figures.append(figure)
    deciles = summary["deciles"]
    if summary["has_reform"] and len(deciles):
        figure = go.Figure()
        figure.add_bar(name="mean change (¥)", x=deciles["decile"], y=deciles["mean_change"])
        figure.add_scatter(name="change (%)", x=deciles["decile"], y=deciles["mean_change_pct"] * 100, yaxis="y2", mode="lines+markers")
        figure.update_layout(
            title="Mean change of disposable income by decile", xaxis_title="decile of equivalised disposable income (baseline)",
            yaxis_title="yen a year per household", yaxis2={"title": "%", "overlaying": "y", "side": "right"}, height=420,
        )  # fmt: skip
        figures.append(figure)
    if walls_chart is not None:
        figures.append(walls_chart)
    for index, figure in enumerate(figures):
        parts.append(figure.to_html(full_html=False, include_plotlyjs=index == 0))
    parts.append("<h2>Totals</h2>" + totals.to_html(index=False, float_format=lambda v: f"{v:,.0f}"))
    for name in ("net", "deciles", "walls"):
        if len(summary[name]):
            parts.append(f"<h2>{name.capitalize()}</h2>" + summary[name].to_html(index=False, float_format=lambda v: f"{v:,.4g}"))
    if calibration is not None:
        counts, money = calibration
        parts.append("<h2>Calibration: count targets</h2>" + counts.to_html(index=False))
        parts.append("<h2>Validation: money totals (not calibrated on)</h2>" + money.to_html(index=False))
    html = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + title + "</title></head><body style='font-family:sans-serif'>"
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(html + "\n".join(parts) + "</body></html>", encoding="utf-8")
    return Path(path)


def plot_deciles_png(summary, path, title="Mean change of disposable income by decile"):
    """The decile chart as a PNG (for papers)."""
    from openfisca_japan.analysis.plotting import pyplot

    plt = pyplot()
    deciles = summary["deciles"]
    fig, axis = plt.subplots(figsize=(8, 4.5))
    if len(deciles) and summary["has_reform"]:
        axis.bar(deciles["decile"], deciles["mean_change"], color="tab:blue")
        axis.set_ylabel("円 / yen a year per household")
        for x, y, pct in zip(deciles["decile"], deciles["mean_change"], deciles["mean_change_pct"], strict=True):
            axis.annotate(f"{pct:+.2%}", (x, y), ha="center", va="bottom", fontsize=8)
    axis.set_xlabel("等価可処分所得の十分位 / decile of equivalised disposable income (baseline)")
    axis.set_xticks(range(1, 11))
    axis.set_title(title)
    axis.grid(alpha=0.3, axis="y")
    fig.tight_layout()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=130)
    plt.close(fig)
    return Path(path)
