"""The person table of a bulk run, turned into arrays that openfisca simulations are built from.

One row a person. Reserved columns (all optional but `household_id`):

- `person_id`: any unique ids (default: the row number);
- `household_id`: the household (世帯) of the person;
- `household_role`: `head`, `spouse`, `child` or `other` (default: the first member of each household is
  the head, the others `other`);
- `employer_id`: the employer establishment; empty / NaN / negative means no employer (the person then
  gets an employer group of their own, whose variables keep their defaults);
- `weight`: the survey weight of the person (default 1); a household weighs its head's weight.

Every other column is an input variable of the model, named after it, optionally with a period:
`monthly_wage`, `bonus@2025-06`, `expected_annual_income@year:2025-04`. A column of a household or
employer variable is read from the first row of each group. Enum columns hold the member names
(`tokyo`) or their integer index; dates are ISO strings or datetimes.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
from openfisca_core import periods
from openfisca_core.periods import DateUnit

from openfisca_japan.edge.tables import validate_input_table

ID_COLUMNS = ("person_id", "household_id", "household_role", "employer_id", "weight")
HOUSEHOLD_ROLES = ("head", "spouse", "child", "other")
ROLE_MAX = {"head": 1, "spouse": 1}
PARQUET_ROW_GROUP = 100_000


def read_table(path) -> pd.DataFrame:
    """A person table from a CSV or Parquet file."""
    path = str(path)
    if path.endswith((".parquet", ".pq")):
        return pd.read_parquet(path)
    return pd.read_csv(path, low_memory=False)


def write_table(frame: pd.DataFrame, path):
    path = str(path)
    if path.endswith((".parquet", ".pq")):
        # Row groups of 100,000 rows: a Dask task reads only the groups that hold its rows.
        frame.to_parquet(path, index=False, row_group_size=PARQUET_ROW_GROUP)
    else:
        frame.to_csv(path, index=False)


def split_column(column: str):
    """`name@period` -> (name, period string or None)."""
    name, _, period = column.partition("@")
    return name, (period or None)


def input_span(run_period):
    """The months an input table describes: the calendar and fiscal years (April–March) that contain the
    run period, e.g. January 2025 – March 2026 for April 2025 or for fiscal year 2025."""
    run_period = periods.period(run_period)
    first, last = run_period.start, run_period.stop
    fiscal_first = first.year if first.month >= 4 else first.year - 1
    fiscal_last = last.year if last.month >= 4 else last.year - 1
    start = min(periods.instant(f"{first.year}-01-01"), periods.instant(f"{fiscal_first}-04-01"))
    stop = max(periods.instant(f"{last.year}-12-01"), periods.instant(f"{fiscal_last + 1}-03-01"))
    months = []
    month = start
    while month <= stop:
        months.append(periods.period(f"month:{month.year}-{month.month:02d}"))
        month = month.offset(1, DateUnit.MONTH)
    return months


def input_periods(variable, run_period, explicit=None):
    """The periods for which an input column is set. The table is a cross-section:

    - an explicit `@period` wins (a longer period is split into months for a MONTH variable);
    - ETERNITY variables: eternity;
    - MONTH variables: every month of `input_span(run_period)` (the same array is shared, no copy);
    - YEAR variables: the calendar years and fiscal years (April–March) that overlap that span, the 12
      months starting with the run period, and the calendar year before (on whose income municipal
      premiums of the fiscal year are assessed).
    """
    unit = variable.definition_period
    if explicit:
        period = periods.period(explicit)
        if unit == DateUnit.MONTH and period.unit != DateUnit.MONTH:
            return list(period.get_subperiods(DateUnit.MONTH))
        return [period]
    if unit == DateUnit.ETERNITY:
        return [periods.period("eternity")]
    months = input_span(run_period)
    if unit == DateUnit.MONTH:
        return months
    if unit == DateUnit.YEAR:
        run_start = periods.period(run_period).start
        candidates = [periods.period(f"year:{run_start.year}-{run_start.month:02d}"), periods.period(str(months[0].start.year - 1))]
        for month in months:
            start = month.start
            candidates.append(periods.period(str(start.year)))
            candidates.append(periods.period(f"year:{start.year if start.month >= 4 else start.year - 1}-04"))
        return list(dict.fromkeys(candidates))
    return [periods.period(run_period)]


def _by_uniques(values, convert):
    """Apply `convert` (array of distinct values -> array) to the distinct values only, then spread."""
    series = values if isinstance(values, pd.Series) else pd.Series(values, copy=False)
    codes, uniques = pd.factorize(series, sort=False, use_na_sentinel=False)
    return np.asarray(convert(np.asarray(uniques)))[codes]


class UnknownMembers(ValueError):
    """Values of an enum column that are not members of the enum (`prefix` + the sorted values)."""

    def __init__(self, prefix, values):
        self.prefix = prefix
        self.values = tuple(values)
        super().__init__(f"{prefix} {sorted(self.values)[:10]}")


@dataclasses.dataclass(frozen=True)
class Problem:
    """One problem of a person table: `template` with `{count}` and `{values}` filled in when shown, so
    that the problems found in the partitions of a table merge into the whole table's (counts added,
    values united)."""

    template: str
    count: int = 0
    values: tuple = ()

    def text(self):
        return self.template.replace("{count}", str(self.count)).replace("{values}", str(sorted(set(self.values))[:10]))


def merge_problems(problem_lists):
    """The problems of several partitions of one table, as the whole table's."""
    merged = {}
    for problems in problem_lists:
        for problem in problems:
            known = merged.get(problem.template)
            if known is None:
                merged[problem.template] = problem
            else:
                merged[problem.template] = Problem(problem.template, known.count + problem.count, tuple(set(known.values) | set(problem.values)))
    return list(merged.values())


def raise_problems(problems):
    """One ValueError listing every problem (nothing when there is none)."""
    if problems:
        raise ValueError("Invalid person table:\n  - " + "\n  - ".join(problem.text() for problem in problems))


def employer_codes(employer_raw: pd.Series):
    """(code per person, has employer): codes in order of first appearance; persons without employer
    (empty, NaN, negative) get codes of their own after the others."""
    n = len(employer_raw)
    if pd.api.types.is_integer_dtype(employer_raw.dtype):  # also nullable Int64: no masked-array indexing
        values = employer_raw.to_numpy(dtype=np.int64, na_value=-1)
        missing = values < 0
    elif pd.api.types.is_numeric_dtype(employer_raw.dtype) and not pd.api.types.is_bool_dtype(employer_raw.dtype):
        values = employer_raw.to_numpy(dtype=np.float64, na_value=np.nan)
        missing = ~(values >= 0)  # NaN or negative
    else:
        values = employer_raw.to_numpy()
        missing = employer_raw.isna().to_numpy() | employer_raw.astype("string").fillna("").str.strip().eq("").to_numpy()
    employer = np.full(n, -1, dtype=np.int64)
    codes, count = _codes_in_order(values[~missing])
    employer[~missing] = codes
    employer[missing] = count + np.arange(int(missing.sum()))
    return employer, ~missing


def encode_values(variable, values):
    """Column values -> the array openfisca stores for `variable` (vectorised; text is converted once per
    distinct value)."""
    value_type = variable.value_type
    if getattr(variable, "possible_values", None) is not None:
        enum = variable.possible_values
        if isinstance(values, np.ndarray) and np.issubdtype(values.dtype, np.integer):
            codes = values.astype(np.int16)
        else:
            lookup = {member.name: index for index, member in enumerate(enum)}
            lookup.update({member.value: index for index, member in enumerate(enum)})
            unknown = []

            def convert(uniques):
                found = np.array([lookup.get(str(u), -1) for u in uniques], dtype=np.int16)  # distinct values only
                unknown.extend(str(u) for u, f in zip(uniques, found, strict=True) if f < 0)
                return found

            codes = _by_uniques(values, convert)
            if unknown:
                raise UnknownMembers(f"{variable.name}: unknown {enum.__name__} member(s)", unknown)
        if codes.size and (codes.min() < 0 or codes.max() >= len(enum)):
            raise ValueError(f"{variable.name}: enum index out of range")
        return codes  # plain int16 codes (picklable); wrapped in an EnumArray when set
    if value_type is bool:
        if isinstance(values, pd.Series) or values.dtype == object:
            return _by_uniques(values, lambda u: pd.Series(u).astype("string").str.lower().isin(["true", "1", "yes"]).to_numpy())
        return values.astype(bool)
    if value_type.__name__ == "date":
        if isinstance(values, np.ndarray) and np.issubdtype(values.dtype, np.datetime64):
            return values.astype("datetime64[D]")
        return _by_uniques(values, lambda u: pd.to_datetime(pd.Series(u)).to_numpy().astype("datetime64[D]"))
    if value_type is str:
        return np.asarray(values).astype(str)
    if isinstance(values, pd.Series):
        try:
            return values.to_numpy(dtype=variable.dtype)
        except (ValueError, TypeError) as error:
            raise ValueError(f"{variable.name}: not {variable.value_type.__name__} values") from error
    return values.astype(variable.dtype)


@dataclasses.dataclass
class PreparedTable:
    """A person table as arrays, persons sorted so that every household is contiguous.

    `order` maps sorted positions to the rows of the original table. Group codes are 0-based integers
    in order of first appearance (in sorted order).
    """

    n: int
    order: np.ndarray  # sorted position -> original row
    person_ids: np.ndarray
    household: np.ndarray  # code per person
    household_role: np.ndarray  # index in HOUSEHOLD_ROLES per person
    employer: np.ndarray  # code per person; persons without employer have their own code
    has_employer: np.ndarray  # bool per person
    weight: np.ndarray
    # list of (variable name, periods, values per person in sorted order)
    inputs: list
    employer_first_row: np.ndarray  # per employer code: sorted position of the first member

    def slice(self, start, stop):
        """Positions [start, stop) (a union of whole households)."""
        return slice(start, stop)


def _codes_in_order(values):
    """0-based codes in order of first appearance."""
    codes, uniques = pd.factorize(pd.Series(values, copy=False), sort=False, use_na_sentinel=True)
    return codes, len(uniques)


def prepare_table(table: pd.DataFrame, tax_benefit_system, period, ignore_columns=()) -> PreparedTable:
    """Check and encode a person table (vectorised; raises one error listing the problems)."""
    prepared, problems = check_and_encode(table, tax_benefit_system, period, ignore_columns)
    raise_problems(problems)
    return prepared


def check_and_encode(table: pd.DataFrame, tax_benefit_system, period, ignore_columns=()):
    """(PreparedTable or None, list of `Problem`): `prepare_table` without raising, e.g. on one
    partition of a table (whole households) whose problems are merged with the other partitions'."""
    problems = []
    n = len(table)
    if "household_id" not in table.columns:
        raise ValueError("The person table needs a `household_id` column")
    household_raw = table["household_id"].to_numpy()
    if pd.isna(household_raw).any():
        problems.append(Problem("{count} row(s) without household_id", int(pd.isna(household_raw).sum())))
    # Sort persons so that each household is contiguous, households in order of first appearance.
    household_codes, _ = _codes_in_order(household_raw)
    order = np.argsort(household_codes, kind="stable")
    sorted_table = table.iloc[order].reset_index(drop=True) if not np.array_equal(order, np.arange(n)) else table.reset_index(drop=True)
    # Sorted stably by first-appearance codes, those codes are already the sorted table's own.
    household, household_count = household_codes[order], int(household_codes.max()) + 1 if n else 0

    person_ids = sorted_table["person_id"].to_numpy() if "person_id" in sorted_table else order.astype(np.int64)
    if "person_id" in sorted_table and pd.Series(person_ids).duplicated().any():
        problems.append(Problem("person_id is not unique"))

    # Roles
    first_of_household = np.ones(n, dtype=bool)
    first_of_household[1:] = household[1:] != household[:-1]
    if "household_role" in sorted_table:
        bad = []

        def role_codes(uniques):
            codes = np.array([HOUSEHOLD_ROLES.index(str(u).lower()) if str(u).lower() in HOUSEHOLD_ROLES else -1 for u in uniques], dtype=np.int16)
            bad.extend(str(u) for u, c in zip(uniques, codes, strict=True) if c < 0)
            return np.where(codes < 0, HOUSEHOLD_ROLES.index("other"), codes)

        role = _by_uniques(sorted_table["household_role"], role_codes).astype(np.int16)
        if bad:
            problems.append(Problem(f"unknown household_role value(s) {{values}} (expected one of {HOUSEHOLD_ROLES})", values=tuple(bad)))
        for role_name, maximum in ROLE_MAX.items():
            counts = np.bincount(household[role == HOUSEHOLD_ROLES.index(role_name)], minlength=household_count)
            if (counts > maximum).any():
                problems.append(Problem(f"{{count}} household(s) with more than {maximum} {role_name}", int((counts > maximum).sum())))
    else:
        role = np.where(first_of_household, HOUSEHOLD_ROLES.index("head"), HOUSEHOLD_ROLES.index("other")).astype(np.int16)

    # Employers: persons without employer get a group of their own.
    if "employer_id" in sorted_table:
        employer, has_employer = employer_codes(sorted_table["employer_id"])
    else:
        employer = np.arange(n, dtype=np.int64)
        has_employer = np.zeros(n, dtype=bool)
    employer_count = int(employer.max()) + 1 if n else 0
    employer_first_row = np.full(employer_count, n, dtype=np.int64)
    np.minimum.at(employer_first_row, employer, np.arange(n))

    weight = sorted_table["weight"].to_numpy(dtype=np.float64) if "weight" in sorted_table else np.ones(n)
    if "weight" in sorted_table and (~np.isfinite(weight) | (weight < 0)).any():
        problems.append(Problem("weight must be finite and non-negative"))

    inputs = []
    unknown = []
    # Columns without period first, so that `name@period` columns override them for their period.
    for column in sorted(sorted_table.columns, key=lambda c: "@" in str(c)):
        if column in ID_COLUMNS or column in ignore_columns or column.startswith("_"):
            continue
        name, explicit_period = split_column(column)
        variable = tax_benefit_system.variables.get(name)
        if variable is None:
            unknown.append(column)
            continue
        series = sorted_table[column]
        if series.hasnans:
            if getattr(variable, "possible_values", None) is None and variable.value_type in (float, int):
                series = series.fillna(variable.default_value)
            else:
                problems.append(Problem(f"column {column} has empty values"))
                continue
        numeric = pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype)
        values = series.to_numpy() if numeric or pd.api.types.is_datetime64_any_dtype(series.dtype) else series
        try:
            encoded = encode_values(variable, values)
            entity_periods = input_periods(variable, period, explicit_period)
        except UnknownMembers as error:
            problems.append(Problem(f"column {column}: {error.prefix} {{values}}", values=error.values))
            continue
        except (ValueError, TypeError) as error:
            problems.append(Problem(f"column {column}: {error}"))
            continue
        inputs.append((variable.name, entity_periods, encoded))  # names: picklable for Dask workers
    if unknown:
        problems.append(Problem(f"column(s) that are not variables of the model: {unknown}"))
    if problems:
        return None, problems
    prepared = PreparedTable(
        n=n,
        order=order,
        person_ids=person_ids,
        household=household.astype(np.int64),
        household_role=role,
        employer=employer,
        has_employer=has_employer,
        weight=weight,
        inputs=inputs,
        employer_first_row=employer_first_row,
    )
    return prepared, []


def validate(table, tax_benefit_system, period=None, ignore_columns=()):
    """Check a person table at the edge (`openfisca_japan.edge.tables`): one error listing every bad row."""
    ignored = tuple(ignore_columns) + tuple(c for c in table.columns if str(c).startswith("_"))
    validate_input_table(table, tax_benefit_system, period=period, ignore_columns=ignored)
