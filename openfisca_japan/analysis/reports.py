"""Baseline-vs-reform summaries of a microsimulation: totals, net cost by payer, deciles.

`summarize(results)` takes the output of `run_microsimulation` with a reform (columns `<var>_baseline`
and `<var>_reform`, `weight`, `household_id`, and the kept input column `annual_income`) and returns:

- `totals`: the weighted total of each premium and benefit, baseline, reform and change (yen over the
  run period), and the net cost of the reform to the public purse, to employers and to households;
- `deciles`: households by decile of baseline equivalised disposable income (disposable income over the
  square root of the household size, deciles of persons), with the mean change of disposable income per
  household, the shares of winners and losers (a change of more than 1 yen either way).

Disposable income here = gross annual income (`annual_income`, input) − what the household pays
(employee shares of social insurance, NHI, national pension, and the municipal premiums if modelled)
+ the cash benefits computed. It is a social-insurance view: income taxes are not modelled.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

# What households pay (aggregates only: no component is counted twice)
HOUSEHOLD_PAYMENTS = {
    "social_insurance_premiums_employee": "Employee shares of social insurance (社会保険料 本人負担)",
    "national_health_insurance_premium": "National Health Insurance (国民健康保険料)",
    "national_pension_premium": "National pension (国民年金保険料)",
    "nursing_care_premium_category_1": "Nursing care, category 1 (介護保険料 第1号)",
    "late_stage_elderly_premium": "Late-stage elderly medical care (後期高齢者医療保険料)",
}
EMPLOYER_PAYMENTS = {
    "social_insurance_premiums_employer": "Employer shares of social insurance (社会保険料 事業主負担)",
}
BENEFITS = {
    "older_worker_employment_benefit": "Older-worker continued-employment benefit (高年齢雇用継続給付)",
}
# Shown for information; already inside the aggregates above
MEMO = {
    "health_insurance_premium": "memo: health insurance, total (健康保険料)",
    "nursing_care_premium": "memo: nursing care category 2, total (介護保険料 第2号)",
    "child_rearing_support_levy": "memo: child-rearing support levy, total (子ども・子育て支援金)",
    "employees_pension_premium": "memo: employees' pension, total (厚生年金保険料)",
    "employment_insurance_premium": "memo: employment insurance, total (雇用保険料)",
}
GROUPS = {**HOUSEHOLD_PAYMENTS, **EMPLOYER_PAYMENTS, **BENEFITS, **MEMO}
BILLION = 1e9


def analysis_outputs(tax_benefit_system, include_memo=True):
    """The report's variables that exist in the model."""
    names = list(HOUSEHOLD_PAYMENTS) + list(EMPLOYER_PAYMENTS) + list(BENEFITS) + (list(MEMO) if include_memo else [])
    return [name for name in names if name in tax_benefit_system.variables]


def _sum(results, columns, suffix, weight):
    present = [f"{c}_{suffix}" for c in columns if f"{c}_{suffix}" in results]
    if not present:
        return np.zeros(len(results))
    return results[present].to_numpy(dtype=np.float64).sum(axis=1)


def summarize(results: pd.DataFrame, income_column="annual_income"):
    """The summary (see the module docstring). Without a `weight` column every row counts as one person,
    and the summary says so (`weighted` False): never a silent choice."""
    weighted = "weight" in results
    weight = results["weight"].to_numpy(dtype=np.float64) if weighted else np.ones(len(results))
    rows = []
    for name, label in GROUPS.items():
        if f"{name}_baseline" not in results:
            continue
        baseline = float(np.dot(results[f"{name}_baseline"].to_numpy(dtype=np.float64), weight))
        reform = float(np.dot(results[f"{name}_reform"].to_numpy(dtype=np.float64), weight))
        group = (
            "households pay" if name in HOUSEHOLD_PAYMENTS else "employers pay" if name in EMPLOYER_PAYMENTS else "benefit" if name in BENEFITS else "memo"
        )
        rows.append({"variable": name, "label": label, "group": group, "baseline": baseline, "reform": reform, "change": reform - baseline})
    totals = pd.DataFrame(rows)

    def change(group):
        return float(totals.loc[totals["group"] == group, "change"].sum()) if len(totals) else 0.0

    households, employers, benefits = change("households pay"), change("employers pay"), change("benefit")
    net = pd.DataFrame(
        [
            {"variable": "net_cost_public_purse", "label": "Net cost to the public purse (benefits paid − premiums received)", "group": "net cost", "change": benefits - households - employers},
            {"variable": "net_cost_employers", "label": "Net cost to employers (premiums paid)", "group": "net cost", "change": employers},
            {"variable": "net_cost_households", "label": "Net cost to households (premiums paid − benefits received)", "group": "net cost", "change": households - benefits},
        ]
    )
    totals = pd.concat([totals, net], ignore_index=True)
    deciles = decile_table(results, weight, income_column)
    return {"totals": totals, "deciles": deciles, "persons": float(weight.sum()), "weighted": weighted}


def decile_table(results, weight, income_column="annual_income"):
    if "household_id" not in results or income_column not in results:
        return pd.DataFrame()
    pays_b = _sum(results, HOUSEHOLD_PAYMENTS, "baseline", weight)
    pays_r = _sum(results, HOUSEHOLD_PAYMENTS, "reform", weight)
    gets_b = _sum(results, BENEFITS, "baseline", weight)
    gets_r = _sum(results, BENEFITS, "reform", weight)
    frame = pd.DataFrame(
        {
            "household_id": results["household_id"].to_numpy(),
            "income": results[income_column].to_numpy(dtype=np.float64),
            "disposable_baseline": results[income_column].to_numpy(dtype=np.float64) - pays_b + gets_b,
            "change": (pays_b - pays_r) + (gets_r - gets_b),
            "weight": weight,
            "size": 1,
        }
    )
    households = frame.groupby("household_id", sort=False).agg(
        income=("income", "sum"), disposable=("disposable_baseline", "sum"), change=("change", "sum"), weight=("weight", "first"), size=("size", "sum")
    )
    equivalised = households["disposable"] / np.sqrt(households["size"])
    order = np.argsort(equivalised.to_numpy(), kind="stable")
    person_weight = (households["weight"] * households["size"]).to_numpy()[order]
    cumulative = np.cumsum(person_weight) / person_weight.sum()
    decile = np.empty(len(households), dtype=np.int64)
    decile[order] = np.minimum((cumulative * 10 - 1e-12).astype(np.int64), 9) + 1
    households["decile"] = decile
    w = households["weight"]
    table = households.assign(
        w=w,
        wchange=households["change"] * w,
        wdisp=households["disposable"] * w,
        winner=(households["change"] > 1) * w,
        loser=(households["change"] < -1) * w,
    ).groupby("decile").agg(households=("w", "sum"), wchange=("wchange", "sum"), wdisp=("wdisp", "sum"), winners=("winner", "sum"), losers=("loser", "sum"))
    return pd.DataFrame(
        {
            "decile": table.index,
            "households": table["households"],
            "mean_disposable_income_baseline": table["wdisp"] / table["households"],
            "mean_change": table["wchange"] / table["households"],
            "winners_share": table["winners"] / table["households"],
            "losers_share": table["losers"] / table["households"],
        }
    ).reset_index(drop=True)


def format_summary(summary, title="Baseline vs reform"):
    if summary.get("weighted", True):
        population = f"Population represented: {summary['persons']:,.0f} persons (weighted)."
    else:
        population = f"UNWEIGHTED: no weight column, each of the {summary['persons']:,.0f} rows counts as one person."
    lines = [title, f"{population} Amounts in ¥ billion over the period.", ""]
    totals = summary["totals"]
    lines.append(f"{'':62} {'baseline':>12} {'reform':>12} {'change':>12}")
    for _, row in totals.iterrows():
        if row["group"] == "net cost":
            continue
        lines.append(f"{row['label'][:62]:62} {row['baseline'] / BILLION:12,.2f} {row['reform'] / BILLION:12,.2f} {row['change'] / BILLION:+12,.3f}")
    lines.append("")
    for _, row in totals[totals["group"] == "net cost"].iterrows():
        lines.append(f"{row['label'][:88]:88} {row['change'] / BILLION:+12,.3f}")
    deciles = summary["deciles"]
    if len(deciles):
        lines += ["", "By decile of equivalised disposable income (baseline):", f"{'decile':>6} {'households':>14} {'mean disposable':>16} {'mean change ¥':>14} {'winners':>8} {'losers':>8}"]
        for _, row in deciles.iterrows():
            lines.append(
                f"{int(row['decile']):>6} {row['households']:14,.0f} {row['mean_disposable_income_baseline']:16,.0f} {row['mean_change']:+14,.0f} "
                f"{row['winners_share']:8.1%} {row['losers_share']:8.1%}"
            )
    return "\n".join(lines)


def write_summary(summary, directory, prefix="summary"):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / f"{prefix}_totals.csv", directory / f"{prefix}_deciles.csv"]
    summary["totals"].to_csv(paths[0], index=False)
    summary["deciles"].to_csv(paths[1], index=False)
    return paths
