"""Households left out of a bulk run because the law refuses them (`exclude_refused=True`, `--exclude-refused`).

By default a microsimulation stops at the first refusal (`NotCoveredError`, `RefusedInputError`): one refused
household anywhere fails the run. With the option, the households the law refuses — a refusal that marks the
groups it refuses (`openfisca_japan.law.coverage.refusing`), e.g. a Yokohama NHI household with a child and an
income-based amount, or a household whose NHI reduction tier depends on the disputed 65+ pension-earner threshold —
are left out (`engine.compute_excluding`): their persons' rows are DROPPED from the results (every output and kept
column), and the run says which: `results.attrs["excluded"]` (`summary`), printed by the command line and written in
the report. A refusal that marks no group (a period not covered...) still stops the run.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

RECORD_COLUMNS = ("household_id", "persons", "weighted_persons", "reason")


def records(source: pd.DataFrame, rows, reasons) -> pd.DataFrame:
    """One row per excluded household (in input order): `household_id`, `persons`, `weighted_persons` (the sum of
    the persons' weights; the persons' count without a weight column) and `reason` (the first refusal that named
    it). `rows`: the excluded persons' rows in `source` (the input table, positional), `reasons`: theirs."""
    rows = np.asarray(rows, dtype=np.int64)
    if not len(rows):
        return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in zip(RECORD_COLUMNS, (object, np.int64, np.float64, object), strict=True)})
    order = np.argsort(rows, kind="stable")
    rows, reasons = rows[order], np.asarray(reasons, dtype=object)[order]
    household = source["household_id"].to_numpy()[rows] if "household_id" in source else rows
    weight = source["weight"].to_numpy(dtype=np.float64)[rows] if "weight" in source else np.ones(len(rows))
    frame = pd.DataFrame({"household_id": household, "weight": weight, "reason": reasons})
    grouped = frame.groupby("household_id", sort=False)
    result = pd.DataFrame({
        "household_id": list(grouped.groups),
        "persons": grouped.size().to_numpy(dtype=np.int64),
        "weighted_persons": grouped["weight"].sum().to_numpy(),
        "reason": grouped["reason"].first().to_numpy(),
    })  # fmt: skip
    return result


def summary(table: pd.DataFrame, weighted=True) -> dict:
    """What `results.attrs["excluded"]` holds (plain Python values): the counts of households and persons left
    out, their weighted persons (None when the table has no weight column), each distinct reason with its counts,
    and the excluded households (`records`) as a list of dicts."""
    reasons = []
    for reason, part in table.groupby("reason", sort=False):
        reasons.append({"reason": str(reason), "households": int(len(part)), "persons": int(part["persons"].sum()),
                        "weighted_persons": float(part["weighted_persons"].sum()) if weighted else None})
    return {
        "households": int(len(table)),
        "persons": int(table["persons"].sum()),
        "weighted_persons": float(table["weighted_persons"].sum()) if weighted else None,
        "reasons": reasons,
        "records": [{"household_id": _plain(r.household_id), "persons": int(r.persons), "weighted_persons": float(r.weighted_persons),
                     "reason": str(r.reason)} for r in table.itertuples(index=False)],
    }


def _plain(value):
    return value.item() if isinstance(value, np.generic) else value


def table_of(results) -> pd.DataFrame | None:
    """The excluded households of a run's results (`records`), or None when the run did not exclude (option off)."""
    found = results.attrs.get("excluded") if hasattr(results, "attrs") else results
    if found is None:
        return None
    return pd.DataFrame(found["records"], columns=list(RECORD_COLUMNS))


def describe(found, limit=10) -> list[str]:
    """Lines saying what was left out (for the command line and the reports); [] when the option was off."""
    if not found:
        return []
    if not found["households"]:
        return ["excluded (--exclude-refused): none: the law refused no household of this run"]
    weighted = "" if found["weighted_persons"] is None else f", {found['weighted_persons']:,.0f} weighted persons"
    lines = [f"EXCLUDED (--exclude-refused): {found['households']:,} household(s), {found['persons']:,} person(s){weighted} "
             "that the law refuses are NOT in these results; totals do not cover them"]
    for reason in found["reasons"]:
        weighted = "" if reason["weighted_persons"] is None else f", {reason['weighted_persons']:,.0f} weighted"
        lines.append(f"  - {reason['households']:,} household(s), {reason['persons']:,} person(s){weighted}: {reason['reason']}")
    ids = [str(r["household_id"]) for r in found["records"][:limit]]
    more = f" and {found['households'] - limit:,} more" if found["households"] > limit else ""
    lines.append(f"  households: {', '.join(ids)}{more}")
    return lines


def drop(results: pd.DataFrame, source: pd.DataFrame, rows, reasons, weighted) -> pd.DataFrame:
    """`results` (one row per row of `source`, in order) without the excluded persons' rows, with
    `attrs["excluded"]` (`summary`)."""
    rows = np.asarray(rows, dtype=np.int64)
    found = summary(records(source, rows, reasons), weighted)
    if len(rows):
        keep = np.ones(len(results), dtype=bool)
        keep[rows] = False
        attrs = dict(results.attrs)
        results = results[keep].reset_index(drop=True)
        results.attrs = attrs
    results.attrs["excluded"] = found
    return results
