"""Person tables of bulk runs (microsimulation): every bad row at once, with its row number and person id."""

from __future__ import annotations

import datetime

import numpy as np
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum

from openfisca_japan.edge.bounds import _allowed_enum, _allowed_type, _fmt, bound_for
from openfisca_japan.edge.errors import InputValidationError, Problem, did_you_mean
from openfisca_japan.edge.periods import validate_period
from openfisca_japan.edge.requirements import (
    EMPLOYER_INSURER,
    KYOKAI_PREFECTURE,
    REQUIRED_EMPLOYER_RATES,
    REQUIRED_PERSON_INPUTS,
)

TABLE_ID_COLUMNS = ("person_id", "household_id", "household_role", "employer_id", "weight")
HOUSEHOLD_ROLES = ("head", "spouse", "child", "other")
_TRUE = {"true", "1", "yes", "1.0"}
_FALSE = {"false", "0", "no", "0.0", ""}


class _LazyValues:
    """`series.to_numpy()`, made only when a problem is reported (a text column of a million rows as Python
    objects: 40 ms a column, for nothing when the column is good)."""

    def __init__(self, series):
        self.series, self._array = series, None

    @property
    def array(self):
        if self._array is None:
            self._array = self.series.to_numpy()
        return self._array

    def __getitem__(self, key):
        return self.array[key]

    def __eq__(self, other):
        return self.array == other

    __hash__ = None


def _per_value(series, test, missing=False):
    """`test(str(value))` for each cell, computed once per distinct value (a 1-million-row column has a few dozen):
    a boolean array, `missing` on empty cells. Same answers as testing `series.astype("string")` cell by cell,
    without converting a million cells to text (0.7 s a column: most of the checks' time, bench/README.md)."""
    import pandas as pd

    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    answers = np.array([bool(test(str(value))) for value in uniques] + [missing], dtype=bool)
    return answers[codes]


def validate_input_table(table, tax_benefit_system, period=None, allow_missing=False, ignore_columns=()):
    """Check a person table (pandas DataFrame, one row a person); raise ONE InputValidationError listing all
    bad rows (row number and `person_id`), the column and the allowed values or range.

    Columns: the reserved `person_id`, `household_id`, `household_role`, `employer_id`, `weight`, and input
    variables named `name` or `name@period`. `period`, when given, is the period of the run. Empty cells
    (NaN) are refused unless `allow_missing` (then the variable's default applies); cells of employer
    variables on rows without employer are ignored.
    """
    import pandas as pd

    problems: list[Problem] = []
    n = len(table)
    rows = np.arange(n)
    ids = table["person_id"].to_numpy() if "person_id" in table.columns else rows

    def report(mask, column, message, allowed, values=None, variable=None, period_text=None):
        mask = np.asarray(mask, dtype=bool)
        for i in np.flatnonzero(mask):
            value = None if values is None else values[i]
            if isinstance(value, np.generic):
                value = value.item()
            problems.append(
                Problem(
                    message if value is None else f"{message}: {value!r}",
                    variable=variable or column,
                    entity="persons",
                    id=ids[i].item() if isinstance(ids[i], np.generic) else ids[i],
                    row=int(rows[i]),
                    period=period_text,
                    value=value,
                    allowed=allowed,
                )
            )

    if period is not None:
        problems += validate_period(period, where={"entity": "table"})

    # Persons: unique ids, one household each
    if "person_id" in table.columns:
        person_ids = table["person_id"]
        missing = person_ids.isna().to_numpy()
        report(missing, "person_id", "missing person_id", "a unique id per row")
        duplicated = person_ids.duplicated(keep=False).to_numpy() & ~missing
        if duplicated.any():
            households = table["household_id"] if "household_id" in table.columns else None
            for i in np.flatnonzero(duplicated):
                others = [int(j) for j in np.flatnonzero(person_ids.to_numpy() == person_ids.iloc[i]) if j != i]
                if households is not None:
                    groups = sorted({str(households.iloc[j]) for j in [i, *others]})
                    message = (
                        f"person appears in {len(others) + 1} rows ({[int(i), *others]}), in households {groups}"
                        if len(groups) > 1
                        else f"person appears in {len(others) + 1} rows ({[int(i), *others]})"
                    )
                else:
                    message = f"person appears in {len(others) + 1} rows ({[int(i), *others]})"
                report(np.eye(1, n, i, dtype=bool)[0], "person_id", message, "one row per person, in one household")
    if "household_id" not in table.columns:
        problems.append(Problem("the table has no household_id column", variable="household_id", entity="table"))
    else:
        report(table["household_id"].isna().to_numpy(), "household_id", "missing household_id", "the id of the person's household")
    if "household_role" in table.columns:
        role_column = table["household_role"]
        bad = ~_per_value(role_column, lambda text: text.lower() in HOUSEHOLD_ROLES) & role_column.notna().to_numpy()
        report(bad, "household_role", "unknown household role", f"one of {list(HOUSEHOLD_ROLES)}", table["household_role"].to_numpy())
        if "household_id" in table.columns:
            for role, maximum in (("head", 1), ("spouse", 1)):
                is_role = _per_value(role_column, lambda text, role=role: text.lower() == role)
                counts = table.loc[is_role, "household_id"].value_counts()
                for household in counts[counts > maximum].index:
                    mask = is_role & (table["household_id"] == household).to_numpy()
                    report(mask, "household_role", f"{int(counts[household])} {role}s in household {household!r}", f"at most {maximum} {role} per household")
    if "weight" in table.columns:
        weights = pd.to_numeric(table["weight"], errors="coerce").to_numpy(dtype=np.float64)
        report(~np.isfinite(weights) | (weights < 0), "weight", "bad weight", "a finite number >= 0", table["weight"].to_numpy())

    # Rows without employer: employer variables are not read there
    if "employer_id" in table.columns:
        employer_raw = table["employer_id"]
        no_employer = employer_raw.isna().to_numpy().copy()
        if pd.api.types.is_numeric_dtype(employer_raw.dtype):
            no_employer |= employer_raw.fillna(-1).to_numpy() < 0
        else:
            no_employer |= _per_value(employer_raw, lambda text: text.strip() == "", missing=True)
    else:
        no_employer = np.ones(n, dtype=bool)

    variables = tax_benefit_system.variables
    for column in table.columns:
        if column in TABLE_ID_COLUMNS or column in ignore_columns or str(column).startswith("_"):
            continue
        name, _, period_text = str(column).partition("@")
        variable = variables.get(name)
        if variable is None:
            problems.append(
                Problem(
                    f"column {column!r} is not a variable of the model{did_you_mean(name, variables)}",
                    variable=str(column),
                    entity="table",
                    allowed="input variable names (GET /variables), optionally name@period",
                )
            )
            continue
        if period_text:
            try:
                periods.period(period_text)
            except (ValueError, TypeError) as error:
                problems.append(Problem(f"invalid period in column {column!r}: {error}", variable=name, entity="table"))
                continue
        series = table[column]
        raw = _LazyValues(series)
        relevant = ~no_employer if variable.entity.key == "employer" else np.ones(n, dtype=bool)
        missing = series.isna().to_numpy() & relevant
        if not allow_missing:
            report(missing, column, "missing value (NaN)", _allowed_type(variable), variable=name, period_text=period_text or None)
        present = ~series.isna().to_numpy() & relevant
        if variable.value_type is Enum:
            enum = variable.possible_values
            if pd.api.types.is_numeric_dtype(series.dtype):
                codes = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64)
                bad = present & ((codes < 0) | (codes >= len(enum)) | (codes != np.floor(codes)))
            else:
                accepted = set(enum.__members__) | {member.value for member in enum}
                bad = present & ~_per_value(series, lambda text, accepted=accepted: text in accepted)
            for value in pd.unique(raw[bad]) if bad.any() else ():
                hint = did_you_mean(value, enum.__members__) if isinstance(value, str) else ""
                report(bad & (raw == value), column, f"unknown {enum.__name__} value{hint}", _allowed_enum(enum), raw, variable=name, period_text=period_text or None)
        elif variable.value_type is bool:
            if not (pd.api.types.is_bool_dtype(series.dtype) or pd.api.types.is_numeric_dtype(series.dtype)):
                bad = present & ~_per_value(series, lambda text: text.strip().lower() in _TRUE | _FALSE)
                report(bad, column, "not a boolean", "true/false, 1/0, yes/no", raw, variable=name, period_text=period_text or None)
            elif pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
                bad = present & ~series.isin([0, 1]).to_numpy(dtype=bool)
                report(bad, column, "not a boolean", "true/false, 1/0", raw, variable=name, period_text=period_text or None)
        elif variable.value_type is datetime.date:
            days = pd.to_datetime(series, errors="coerce")
            unreadable = present & days.isna().to_numpy()
            report(unreadable, column, "not a date", "an ISO date such as 1985-04-01", raw, variable=name, period_text=period_text or None)
            bound = bound_for(variable)
            readable = present & ~unreadable
            day_values = days.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
            out = readable & ((day_values < np.datetime64(bound.minimum)) | (day_values > np.datetime64(bound.maximum)))
            report(out, column, "date out of range", bound.describe(), raw, variable=name, period_text=period_text or None)
            if name == "birth_date" and period is not None:
                try:
                    stop = np.datetime64(periods.period(period).stop.date)
                except (ValueError, TypeError, AttributeError):
                    stop = None
                if stop is not None:
                    after = readable & ~out & (day_values > stop)
                    report(after, column, f"born after the period {period} (age would be negative)", f"a birth date on or before {stop}", raw, variable=name)
        elif variable.value_type in (float, int):
            numeric = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64)
            unreadable = present & np.isnan(numeric)
            if unreadable.any():  # only cells that did not read as numbers are looked at as text
                unreadable &= ~_per_value(series, lambda text: text.strip().lower() in ("nan", "+nan", "-nan"))
            report(unreadable, column, "not a number", bound_for(variable).describe(), raw, variable=name, period_text=period_text or None)
            readable = present & ~unreadable
            bound = bound_for(variable)
            for mask, message in (
                (readable & np.isnan(numeric), "not a number (NaN)"),
                (readable & np.isinf(numeric), "infinite value"),
                (readable & np.isfinite(numeric) & (numeric < bound.minimum), "negative amount" if bound.minimum == 0 else f"below the minimum {_fmt(bound.minimum)}"),
                (readable & np.isfinite(numeric) & (numeric > bound.maximum), f"above the maximum {_fmt(bound.maximum)}"),
            ):
                report(mask, column, message, bound.describe(), numeric, variable=name, period_text=period_text or None)
            if variable.value_type is int:
                fractional = readable & np.isfinite(numeric) & (numeric != np.floor(numeric))
                report(fractional, column, "not a whole number", bound.describe(), numeric, variable=name, period_text=period_text or None)
        # Household and employer variables are read from the first row of the group: they must agree.
        group_column = {"household": "household_id", "employer": "employer_id"}.get(variable.entity.key)
        if group_column and group_column in table.columns:
            subset = table.loc[relevant & present, [group_column, column]]
            if len(subset):
                counts = subset.groupby(group_column, sort=False)[column].nunique(dropna=True)
                for group in counts[counts > 1].index:
                    mask = relevant & present & (table[group_column] == group).to_numpy()
                    report(
                        mask,
                        column,
                        f"{variable.entity.key} variable differs within {group_column} {group!r}",
                        f"one value per {variable.entity.key}",
                        raw,
                        variable=name,
                        period_text=period_text or None,
                    )
    problems += required_columns(table, no_employer, rows, ids)
    if problems:
        problems.sort(key=lambda problem: -1 if problem.row is None else problem.row)  # stable: columns in order
        raise InputValidationError(problems, f"Invalid person table ({n} rows)")


def _column_of(table, name):
    """The column holding input `name` (`name` or `name@period`), or None."""
    for column in table.columns:
        if str(column).split("@")[0] == name:
            return column
    return None


def required_columns(table, no_employer, rows, ids):
    """Problems of inputs whose default would change the answer (`openfisca_japan.edge.requirements`):
    every missing column at once, and the rows that lack a required cell."""
    import pandas as pd

    problems = []
    if len(table) == 0:
        return problems
    for choices in REQUIRED_PERSON_INPUTS:
        if not any(_column_of(table, name) is not None for name in choices):
            problems.append(
                Problem(
                    f"the table has no {' or '.join(choices)} column: every person would be born on 1970-01-01, "
                    "which decides every age rule",
                    variable=choices[0],
                    entity="table",
                    allowed="a birth_date column (ISO dates), or an age column",
                )
            )
    employed = ~no_employer
    if employed.any():
        insurer_column = _column_of(table, EMPLOYER_INSURER[0])
        if insurer_column is None:
            problems.append(Problem(f"the table has no {EMPLOYER_INSURER[0]} column, and {int(employed.sum())} row(s) have an "
                                    "employer: their insurer would default to none (no employee health insurance)",
                                    variable=EMPLOYER_INSURER[0], entity="table", allowed=EMPLOYER_INSURER[1]))  # fmt: skip
            insurers = pd.Series([None] * len(table))
        else:
            insurers = table[insurer_column].astype("string").str.strip()
            missing = employed & table[insurer_column].isna().to_numpy()
            problems += _row_problems(missing, rows, ids, EMPLOYER_INSURER[0], "no health insurer for a row with an employer", EMPLOYER_INSURER[1])
        kyokai = employed & insurers.eq("kyokai_kenpo").fillna(False).to_numpy(dtype=bool)
        if kyokai.any() and _column_of(table, KYOKAI_PREFECTURE[0]) is None:
            problems.append(Problem(f"the table has no {KYOKAI_PREFECTURE[0]} column, and {int(kyokai.sum())} Kyokai Kenpo "
                                    "row(s) would all pay Tokyo's rate", variable=KYOKAI_PREFECTURE[0], entity="table",
                                    allowed=KYOKAI_PREFECTURE[1]))  # fmt: skip
        for insurer, rates in REQUIRED_EMPLOYER_RATES.items():
            concerned = employed & insurers.eq(insurer).fillna(False).to_numpy(dtype=bool)
            if not concerned.any():
                continue
            for rate, (_outputs, what) in rates.items():
                column = _column_of(table, rate)
                if column is None:
                    problems.append(Problem(f"the table has no {rate} column, and {int(concerned.sum())} row(s) have an employer "
                                            f"whose health_insurer is {insurer}: their premiums would be computed at 0",
                                            variable=rate, entity="table", allowed=what))  # fmt: skip
                else:
                    missing = concerned & table[column].isna().to_numpy()
                    problems += _row_problems(missing, rows, ids, rate, f"no {rate} for an employer whose health_insurer is {insurer}", what)
    if "household_role" in table.columns and "household_id" in table.columns:
        heads = _per_value(table["household_role"], lambda text: text.lower() == "head")
        with_head = set(table.loc[heads, "household_id"])
        headless = ~table["household_id"].isin(with_head).to_numpy() & table["household_id"].notna().to_numpy()
        if headless.any():
            first_rows = ~table["household_id"].duplicated().to_numpy() & headless
            problems += _row_problems(first_rows, rows, ids, "household_role", "household without a head (世帯主): the NHI premium is assessed on the head",
                                      "one row with household_role head per household (or no household_role column: the first row is the head)")  # fmt: skip
    return problems


def _row_problems(mask, rows, ids, variable, message, allowed):
    return [
        Problem(message, variable=variable, entity="persons", id=ids[i].item() if isinstance(ids[i], np.generic) else ids[i],
                row=int(rows[i]), allowed=allowed)  # fmt: skip
        for i in np.flatnonzero(np.asarray(mask, dtype=bool))
    ]
