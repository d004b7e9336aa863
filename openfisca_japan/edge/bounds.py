"""Bounds of input values, and the checks of one value or one input array against them.

Bounds are metadata of variables kept in ONE registry here (`BOUNDS`, keyed by variable name), so that
variable files stay owned by their scheme. Every numeric variable is finite and, unless listed in
`SIGNED_VARIABLES`, non-negative.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
import numbers

import numpy as np
from openfisca_core.indexed_enums import Enum, EnumArray


@dataclasses.dataclass(frozen=True)
class Bound:
    """Closed interval of allowed values (None: unbounded on that side); NaN and infinities never pass."""

    minimum: float | datetime.date | None = 0
    maximum: float | datetime.date | None = None
    unit: str = ""

    def describe(self):
        unit = f" {self.unit}" if self.unit else ""
        low, high = _fmt(self.minimum), _fmt(self.maximum)
        if self.minimum is not None and self.maximum is not None:
            return f"{low} to {high}{unit}"
        if self.minimum is not None:
            return f"a finite number >= {low}{unit}"
        if self.maximum is not None:
            return f"a finite number <= {high}{unit}"
        return f"a finite number{unit}"


def _fmt(value):
    """1000000000000.0 -> '1,000,000,000,000'; dates and other values as str."""
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


#: Largest amount accepted for any numeric input: far above any real yen amount (and far below float32's
#: overflow), it catches unit mistakes and garbage such as 1e300.
MAX_AMOUNT = 1e12

#: Birth dates accepted: persons aged up to about 150 in the earliest periods any law of the model covers, and
#: births up to the end of the century (a person must also be born by the end of every period computed,
#: which the situation, table and simulation checks verify against the periods requested).
EARLIEST_BIRTH_DATE = datetime.date(1850, 1, 1)
LATEST_BIRTH_DATE = datetime.date(2099, 12, 31)

#: Per-variable bounds (variable name -> Bound). Variables not listed get `DEFAULT_NUMERIC_BOUND`.
BOUNDS: dict[str, Bound] = {
    "age": Bound(0, 150, "years"),
    "birth_date": Bound(
        EARLIEST_BIRTH_DATE,
        LATEST_BIRTH_DATE,
        "(and on or before the end of every period computed: a person is born by the period)",
    ),
    "weekly_working_hours": Bound(0, 168, "hours a week"),
    "full_time_weekly_hours": Bound(0, 168, "hours a week"),
    "expected_employment_months": Bound(0, 1200, "months"),
    "sick_leave_days": Bound(0, 31, "days in the month"),
    "maternity_leave_days": Bound(0, 31, "days in the month"),
    "health_insurance_society_rate": Bound(0, 1, "(a fraction: 0.092 for 9.2%)"),
    "employee_count": Bound(0, 10_000_000, "persons"),
}

#: Bounds by name prefix (e.g. every `contribution_months_*` count).
PREFIX_BOUNDS: dict[str, Bound] = {
    "contribution_months_": Bound(0, 1200, "months"),
}

#: Numeric variables that may legitimately be negative (e.g. an income after a business loss).
SIGNED_VARIABLES: set[str] = {"total_income", "business_income", "real_estate_income", "miscellaneous_income"}

DEFAULT_NUMERIC_BOUND = Bound(0, MAX_AMOUNT)
SIGNED_NUMERIC_BOUND = Bound(-MAX_AMOUNT, MAX_AMOUNT)
DEFAULT_DATE_BOUND = Bound(datetime.date(1850, 1, 1), datetime.date(2999, 12, 31))  # 2999-12-31: "never" sentinels


def bound_for(variable):
    """The Bound of a variable's values, or None when its type is not bounded (bool, str, enum)."""
    if variable.name in BOUNDS:
        return BOUNDS[variable.name]
    for prefix, bound in PREFIX_BOUNDS.items():
        if variable.name.startswith(prefix):
            return bound
    if variable.value_type in (float, int):
        return SIGNED_NUMERIC_BOUND if variable.name in SIGNED_VARIABLES else DEFAULT_NUMERIC_BOUND
    if variable.value_type is datetime.date:
        return DEFAULT_DATE_BOUND
    return None


# Checking values


def _enum_names(enum):
    return [member.name for member in enum]


def _allowed_enum(enum):
    return f"one of {_enum_names(enum)}"


def _as_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, np.datetime64):
        return value.astype("datetime64[D]").astype(datetime.date)
    return datetime.date.fromisoformat(str(value).strip()[:10])


def check_value(variable, value):
    """Problems (message, allowed) with ONE input value of `variable`, or None when it is fine.

    Values of a type openfisca cannot read are left to openfisca (it raises a clear error itself),
    except those it would turn into a crash (lists, objects).
    """
    if isinstance(value, (list, dict, tuple, set)):
        return f"expected a single value, got {type(value).__name__}", _allowed_type(variable)
    if variable.value_type is Enum:
        if isinstance(value, str):
            if value not in variable.possible_values.__members__:
                from openfisca_japan.edge.errors import did_you_mean

                hint = did_you_mean(value, variable.possible_values.__members__)
                return f"unknown value {value!r} for enum {variable.possible_values.__name__}{hint}", _allowed_enum(
                    variable.possible_values
                )
        elif isinstance(value, numbers.Integral) and not isinstance(value, bool):
            if not 0 <= int(value) < len(variable.possible_values):
                return f"enum index {value} out of range", _allowed_enum(variable.possible_values)
        elif isinstance(value, Enum):
            if value not in variable.possible_values.__members__.values():
                return f"{value!r} is not a member of {variable.possible_values.__name__}", _allowed_enum(
                    variable.possible_values
                )
        else:
            return f"expected the name of a {variable.possible_values.__name__} member", _allowed_enum(
                variable.possible_values
            )
        return None
    bound = bound_for(variable)
    if bound is None:
        return None
    if variable.value_type is datetime.date:
        try:
            day = _as_date(value)
        except (TypeError, ValueError):
            return None  # openfisca: "Can't deal with date"
        return _check_interval(day, bound)
    if isinstance(value, bool):
        number = float(value)
    elif isinstance(value, numbers.Number):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().lower()
        if text in {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}:
            number = float(text)
        else:
            try:
                number = float(text)
            except ValueError:
                return None  # an expression or garbage: openfisca evaluates or rejects it
    else:
        return None
    return _check_interval(number, bound)


def _allowed_type(variable):
    if variable.value_type is Enum:
        return _allowed_enum(variable.possible_values)
    bound = bound_for(variable)
    return bound.describe() if bound else f"a {variable.json_type}"


def _check_interval(value, bound):
    if isinstance(value, float) and math.isnan(value):
        return "not a number (NaN)", bound.describe()
    if isinstance(value, float) and math.isinf(value):
        return "infinite value", bound.describe()
    if bound.minimum is not None and value < bound.minimum:
        return (
            (f"negative amount {_fmt(value)}" if bound.minimum == 0 else f"{_fmt(value)} is below the minimum {_fmt(bound.minimum)}"),
            bound.describe(),
        )
    if bound.maximum is not None and value > bound.maximum:
        return f"{_fmt(value)} is above the maximum {_fmt(bound.maximum)}", bound.describe()
    return None


def bad_entries(variable, array):
    """Indices and messages of the bad entries of an input array (vectorised), for `GuardedHolder`."""
    if variable.value_type is Enum:
        if isinstance(array, EnumArray):
            codes = np.asarray(array)
        else:
            values = np.asarray(array)
            if values.dtype.kind in "US" or values.dtype == object:
                flat = values.ravel()
                if values.dtype == object:  # Enum members are accepted by openfisca's encoder too
                    flat = np.array([v.name if isinstance(v, Enum) else v for v in flat], dtype=object)
                bad = ~np.isin(flat.astype(str), list(variable.possible_values.__members__))
                return [
                    (int(i), str(flat[i]), f"unknown value for enum {variable.possible_values.__name__}")
                    for i in np.flatnonzero(bad)
                ], _allowed_enum(variable.possible_values)
            codes = values
        if codes.dtype.kind not in "iu":
            return [], None
        bad = (codes < 0) | (codes >= len(variable.possible_values))
        return [(int(i), codes.ravel()[i], "enum index out of range") for i in np.flatnonzero(bad.ravel())], _allowed_enum(
            variable.possible_values
        )
    bound = bound_for(variable)
    if bound is None:
        return [], None
    if variable.value_type is datetime.date:
        try:
            days = np.asarray(array, dtype="datetime64[D]").ravel()
        except (TypeError, ValueError):
            return [], None
        low = np.datetime64(bound.minimum) if bound.minimum is not None else None
        high = np.datetime64(bound.maximum) if bound.maximum is not None else None
        bad = np.isnat(days)
        if low is not None:
            bad |= days < low
        if high is not None:
            bad |= days > high
        return [(int(i), str(days[i]), "date out of range") for i in np.flatnonzero(bad)], bound.describe()
    try:
        numbers_ = np.asarray(array, dtype=np.float64).ravel()
    except (TypeError, ValueError):
        return [], None  # openfisca reports values it cannot read
    problems = []
    nan = np.isnan(numbers_)
    inf = np.isinf(numbers_)
    finite = ~(nan | inf)
    below = finite & (numbers_ < bound.minimum) if bound.minimum is not None else np.zeros_like(nan)
    above = finite & (numbers_ > bound.maximum) if bound.maximum is not None else np.zeros_like(nan)
    for mask, message in (
        (nan, "not a number (NaN)"),
        (inf, "infinite value"),
        (below, "negative amount" if bound.minimum == 0 else f"below the minimum {_fmt(bound.minimum)}"),
        (above, f"above the maximum {_fmt(bound.maximum)}"),
    ):
        problems += [(int(i), numbers_[i].item(), message) for i in np.flatnonzero(mask)]
    problems.sort()
    return problems, bound.describe()


