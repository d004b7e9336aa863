"""A Microsimulation interface like the one analysts know from PolicyEngine.

    >>> from openfisca_japan.analysis import Microsimulation
    >>> sim = Microsimulation(reform="dependant_income_cap")          # the calibrated default population
    >>> sim.calc("national_pension_premium", "year:2025-04").sum()     # weighted: yen for the population
    >>> sim.calc("income_tax", 2025, map_to="household").mean()        # per household, weighted
    >>> sim.compare("national_health_insurance_premium", "year:2025-04")  # baseline, reform, change

`dataset`: None or "default" (the calibrated population shipped with the package), a person table
(pandas DataFrame) or the path of a CSV/Parquet file (columns: docs/analysis.md). `reform`: None, the
name of a reform module (`dependant_income_cap`), a list of them, a dict of parameter changes
(`{"health_insurance.dependants.income_limit.general": 1_500_000}` from 2000-01-01 on, or
`{path: {"2025-04-01": value}}` from a date), a list of `--set` strings (`"path=value@2025-04-01"`), or a
`ReformSpec`. Every form becomes a `ReformSpec` and goes through the same checks as the command line.

`calc` returns a `microdf.MicroSeries`: values with the weights attached, so `.sum()`, `.mean()`,
`.median()`, `.decile_rank()` and `.gini()` are weighted. `map_to="household"` sums person values over each
household (a household variable is taken once) and weighs the household by its weight. With a reform,
`calc` gives the reform's values; `calc(..., scenario="baseline")` the baseline's; both are computed in
one run (`run_microsimulation`, chunked) and kept.

`exclude_refused=True`: the households the law refuses (a run would otherwise stop with that error) are left out
of every result: `sim.table` (and the weights) keep only the others, `sim.excluded` lists those left out
(household_id, persons, weighted_persons, reason; it grows when a later run refuses more), `sim.exclusion_summary()`
counts them, and `results()` carries it in `attrs["excluded"]` for the reports.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from openfisca_japan.analysis.microsimulation import ReformSpec, run_microsimulation, systems
from openfisca_japan.analysis.microsimulation.systems import ParameterAssignment


def reform_spec(reform) -> ReformSpec | None:
    """Any accepted form of reform as a `ReformSpec` (None for no reform)."""
    if reform is None or isinstance(reform, ReformSpec):
        return reform or None
    if isinstance(reform, str):
        return ReformSpec.from_cli([reform]) if "=" not in reform else ReformSpec.from_cli([], [reform])
    if isinstance(reform, dict):
        assignments = []
        for path, value in reform.items():
            if isinstance(value, dict):  # {start_date: value}
                assignments += [ParameterAssignment.parse(f"{path}={v}@{start}") for start, v in value.items()]
            else:
                assignments.append(ParameterAssignment.parse(f"{path}={value}"))
        return ReformSpec(assignments=tuple(assignments)) or None
    if isinstance(reform, (list, tuple)):
        modules = [r for r in reform if isinstance(r, str) and "=" not in r]
        sets = [r for r in reform if not (isinstance(r, str) and "=" not in r)]
        return ReformSpec.from_cli(modules, sets) or None
    raise TypeError(f"reform: a module name, a list, a dict of parameter changes or a ReformSpec, not {type(reform).__name__}")


def load_dataset(dataset):
    if dataset is None or (isinstance(dataset, str) and dataset == "default"):
        from openfisca_japan.analysis.calibration import load_default_population

        return load_default_population()
    if isinstance(dataset, pd.DataFrame):
        return dataset
    from openfisca_japan.analysis.microsimulation import read_table

    return read_table(dataset)


class Microsimulation:
    """A person table, a reform (optional), and weighted results computed on demand."""

    def __init__(self, dataset=None, reform=None, chunk_size=50_000, engine="local", exclude_refused=False, **run_options):
        self.table = load_dataset(dataset)
        self.reform = reform_spec(reform)
        if self.reform:
            systems.build_system(self.reform)  # fail early on a bad reform (unknown module or parameter)
        self.exclude_refused = bool(exclude_refused)
        self.run_options = {"chunk_size": chunk_size, "engine": engine, "progress": False, "exclude_refused": self.exclude_refused, **run_options}
        self._excluded = []  # records of the households left out (exclude_refused)
        self._results = {}  # (variable, period) -> {"baseline": array, "reform": array}
        weights = self.table["weight"] if "weight" in self.table else pd.Series(np.ones(len(self.table)))
        self.weights = weights.to_numpy(dtype=np.float64)
        self.household_id = self.table["household_id"].to_numpy()

    # -- computing -------------------------------------------------------------------------------
    def compute(self, variables, period):
        """Compute several variables over `period` in one run (baseline and reform), and keep them."""
        period = str(period)
        missing = [v for v in dict.fromkeys(variables) if (v, period) not in self._results]
        if missing:
            results = run_microsimulation(self.table, [f"{v}@{period}" for v in missing], period, reform=self.reform, **self.run_options)
            self._leave_out(results.attrs.get("excluded"))
            for variable in missing:
                column = f"{variable}@{period}"
                if self.reform:
                    self._results[(variable, period)] = {s: results[f"{column}_{s}"].to_numpy() for s in ("baseline", "reform")}
                else:
                    values = results[column].to_numpy()
                    self._results[(variable, period)] = {"baseline": values, "reform": values}
        return self

    def _leave_out(self, found):
        """Drop the households a run left out from the table, the weights and the results kept so far."""
        if not found or not found["households"]:
            return
        self._excluded += found["records"]
        keep = ~pd.Series(self.household_id).isin([r["household_id"] for r in found["records"]]).to_numpy()
        self.table = self.table[keep].reset_index(drop=True)
        self.weights = self.weights[keep]
        self.household_id = self.household_id[keep]
        for stored in self._results.values():
            for scenario in list(stored):
                stored[scenario] = stored[scenario][keep]

    @property
    def excluded(self):
        """The households left out because the law refuses them (exclude_refused): a DataFrame, empty if none."""
        from openfisca_japan.analysis.microsimulation import exclusions

        return pd.DataFrame(self._excluded, columns=list(exclusions.RECORD_COLUMNS))

    def exclusion_summary(self):
        """`exclusions.summary` of the households left out so far; None without exclude_refused."""
        from openfisca_japan.analysis.microsimulation import exclusions

        return exclusions.summary(self.excluded, "weight" in self.table) if self.exclude_refused else None

    def calc(self, variable, period, map_to=None, scenario=None):
        """The weighted values of `variable` over `period` (a `microdf.MicroSeries`).

        `map_to`: None/"person" (one value a person) or "household" (one a household, summed over its
        members). `scenario`: "reform" (default when there is a reform) or "baseline"."""
        import microdf

        scenario = scenario or ("reform" if self.reform else "baseline")
        if scenario not in ("baseline", "reform"):
            raise ValueError("scenario: 'baseline' or 'reform'")
        self.compute([variable], period)
        values = self._results[(variable, str(period))][scenario]
        if map_to in (None, "person"):
            return microdf.MicroSeries(values, weights=self.weights, name=variable)
        if map_to == "household":
            frame = self._household_frame(values)
            return microdf.MicroSeries(frame["value"].to_numpy(), weights=frame["weight"].to_numpy(), index=frame.index, name=variable)
        raise ValueError("map_to: 'person' or 'household'")

    def _household_frame(self, values):
        frame = pd.DataFrame({"household_id": self.household_id, "value": values, "weight": self.weights})
        if values.dtype == bool or not np.issubdtype(values.dtype, np.number):
            return frame.groupby("household_id", sort=False).agg(value=("value", "first"), weight=("weight", "first"))
        return frame.groupby("household_id", sort=False).agg(value=("value", "sum"), weight=("weight", "first"))

    def compare(self, variable, period, map_to=None):
        """Baseline, reform and change side by side (a DataFrame), with their weighted totals in `.attrs`."""
        baseline = self.calc(variable, period, map_to, "baseline")
        reform = self.calc(variable, period, map_to, "reform")
        frame = pd.DataFrame({"baseline": np.asarray(baseline), "reform": np.asarray(reform)}, index=baseline.index)
        frame["change"] = frame["reform"] - frame["baseline"]
        frame["weight"] = baseline.weights.to_numpy()
        frame.attrs = {name: float((frame[name] * frame["weight"]).sum()) for name in ("baseline", "reform", "change")}
        return frame

    def results(self, variables, period):
        """The person table of results (ids, weight, `<var>_baseline` / `<var>_reform` or `<var>`), as
        `run_microsimulation` returns it, for the reports."""
        self.compute(variables, period)
        frame = self.table[[c for c in ("person_id", "household_id", "household_role", "weight") if c in self.table]].copy()
        for variable in variables:
            stored = self._results[(variable, str(period))]
            if self.reform:
                frame[f"{variable}_baseline"] = stored["baseline"]
                frame[f"{variable}_reform"] = stored["reform"]
            else:
                frame[variable] = stored["baseline"]
        if self.exclude_refused:
            frame.attrs["excluded"] = self.exclusion_summary()
        return frame
