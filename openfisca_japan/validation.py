"""Input validation at the model's edge: refuse clearly instead of returning a silently wrong number.

Three entry points feed the model, and each is guarded here:

1. **Situations** (web API `/calculate` and `/trace`, `SimulationBuilder.build_from_entities` /
   `build_from_dict`, `openfisca test`, Python users). `CountryTaxBenefitSystem` creates its populations
   with `GuardedHolder`s: every array given to `Holder.set_input` is checked against the bounds of its
   variable (`bound_for`) and one `InputValidationError` lists every bad entry with the entity id, the
   variable, the period and the allowed values. The web API handlers are wrapped (`install_web_api_hook`)
   to check the whole JSON situation first (`validate_situation`: values, requested periods, a person in
   two groups), so that a bad request is answered 400 with every problem at once, never 500.
2. **Person tables** of bulk runs: `validate_input_table(table, tax_benefit_system)` checks a DataFrame
   (one row a person) and raises ONE `InputValidationError` listing all bad rows with their ids.
3. **Periods**: `SUPPORTED_PERIOD_START` / `SUPPORTED_PERIOD_END` (FY2024 to FY2026) are the periods the
   model claims to support. A requested period outside them is refused at the edge (`validate_period`);
   and any formula asking for parameters after `SUPPORTED_PERIOD_END` fails (openfisca would otherwise
   silently extend the last published value into years whose values are not published yet).

`InputValidationError` is a `SituationParsingError` (the web API answers 400 with its `error` JSON, the
`openfisca test` runner prints it) and a `ValueError`.

Bounds are metadata of variables kept in ONE registry here (`BOUNDS`, keyed by variable name), so that
variable files stay owned by their scheme. Every numeric variable is finite and, unless listed in
`SIGNED_VARIABLES`, non-negative.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import math
import numbers
from collections.abc import Iterable

import numpy as np
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError, SituationParsingError
from openfisca_core.holders import Holder
from openfisca_core.indexed_enums import Enum, EnumArray
from openfisca_core.periods import DateUnit
from openfisca_core.populations import GroupPopulation, Population
from openfisca_core.reforms import Reform

from openfisca_japan.populations import FastValueNthPerson

# ---------------------------------------------------------------------------------------------------------
# Supported periods (the one place that defines them)

#: First day of the first period the model supports: fiscal year 2024 (令和6年度).
SUPPORTED_PERIOD_START = datetime.date(2024, 4, 1)
#: Last day of the last period the model supports: end of fiscal year 2026 (令和8年度).
SUPPORTED_PERIOD_END = datetime.date(2027, 3, 31)
SUPPORTED_PERIODS_TEXT = f"FY2024 to FY2026 ({SUPPORTED_PERIOD_START} to {SUPPORTED_PERIOD_END})"

# ---------------------------------------------------------------------------------------------------------
# Bounds of input values


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

#: Per-variable bounds (variable name -> Bound). Variables not listed get `DEFAULT_NUMERIC_BOUND`.
BOUNDS: dict[str, Bound] = {
    "age": Bound(0, 150, "years"),
    "birth_date": Bound(
        datetime.date(SUPPORTED_PERIOD_START.year - 150, SUPPORTED_PERIOD_START.month, 1),
        SUPPORTED_PERIOD_END,
        "(a date that keeps the age within 0-150 over the supported periods)",
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


# ---------------------------------------------------------------------------------------------------------
# The error


@dataclasses.dataclass(frozen=True)
class Problem:
    """One bad input: where it is (entity plural and id, or table row), which variable, why, what is allowed."""

    message: str
    variable: str | None = None
    entity: str | None = None  # plural: persons, households, employers
    id: object = None
    period: str | None = None
    row: int | None = None
    value: object = None
    allowed: str | None = None

    def path(self):
        parts = [self.entity or "situation"]
        if self.id is not None:
            parts.append(str(self.id))
        if self.variable:
            parts.append(self.variable)
        if self.period:
            parts.append(str(self.period))
        return parts

    def __str__(self):
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.id is not None:
            key = "person_id" if self.row is not None else (self.entity or "id")
            where.append(f"{key} {self.id!r}")
        location = f"[{', '.join(where)}] " if where else ""
        subject = self.variable or ""
        if self.period:
            subject += f" ({self.period})"
        text = f"{location}{subject}: {self.message}" if subject else f"{location}{self.message}"
        if self.allowed:
            text += f"; allowed: {self.allowed}"
        return text


class InputValidationError(SituationParsingError, ValueError):
    """Bad input. `problems` lists them all; `error` is the JSON the web API answers with (status 400)."""

    MAX_LINES = 200

    def __init__(self, problems: Iterable[Problem], title="Invalid input"):
        self.problems = list(problems)
        self.title = title
        self.code = 400
        self.error = {}
        for problem in self.problems:
            node = self.error
            parts = problem.path()
            for part in parts[:-1]:
                child = node.get(part)
                if not isinstance(child, dict):
                    child = node[part] = {} if child is None else {"error": child}
                node = child
            text = str(problem)
            previous = node.get(parts[-1])
            if isinstance(previous, dict):
                previous["error"] = text
            else:
                node[parts[-1]] = f"{previous}; {text}" if previous else text
        Exception.__init__(self, self._summary())

    @property
    def rows(self):
        """Table rows with a problem (sorted, unique)."""
        return sorted({p.row for p in self.problems if p.row is not None})

    def _summary(self):
        lines = [f"{self.title}: {len(self.problems)} problem(s)"]
        lines += [f"  - {p}" for p in self.problems[: self.MAX_LINES]]
        if len(self.problems) > self.MAX_LINES:
            lines.append(f"  ... and {len(self.problems) - self.MAX_LINES} more (see InputValidationError.problems)")
        return "\n".join(lines)

    def __str__(self):
        return self._summary()


class UnsupportedPeriodError(InputValidationError):
    """A period outside `SUPPORTED_PERIOD_START`..`SUPPORTED_PERIOD_END`."""


# ---------------------------------------------------------------------------------------------------------
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
                return f"unknown value {value!r} for enum {variable.possible_values.__name__}", _allowed_enum(
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


# ---------------------------------------------------------------------------------------------------------
# Periods


def _period_text(period):
    return str(period)


def validate_period(period, variable=None, where=None) -> list[Problem]:
    """Problems with a period requested for a computation (outside the supported periods, wrong size)."""
    where = where or {}
    try:
        period = periods.period(period)
    except (ValueError, TypeError, AttributeError) as error:
        return [Problem(f"invalid period {period!r}: {error}", variable=getattr(variable, "name", None), **where)]
    name = getattr(variable, "name", None)
    problems = []
    if variable is not None:
        unit = variable.definition_period
        if unit == DateUnit.ETERNITY:
            return []
        if unit == DateUnit.MONTH and (period.unit != DateUnit.MONTH or period.size != 1):
            problems.append(
                Problem(
                    f"{name} is a monthly variable: request it for one month",
                    variable=name,
                    period=str(period),
                    allowed="a month such as 2025-04",
                    **where,
                )
            )
        elif unit == DateUnit.YEAR and (period.unit != DateUnit.YEAR or period.size != 1):
            problems.append(
                Problem(
                    f"{name} is a yearly variable: request it for one year",
                    variable=name,
                    period=str(period),
                    allowed="a year such as 2025 or a fiscal year such as year:2025-04",
                    **where,
                )
            )
        elif unit not in (DateUnit.MONTH, DateUnit.YEAR) and period.unit != unit:
            problems.append(Problem(f"{name} is defined per {unit}", variable=name, period=str(period), **where))
    if period.unit == DateUnit.ETERNITY:
        return problems
    start, stop = period.start.date, period.stop.date
    if start < SUPPORTED_PERIOD_START or stop > SUPPORTED_PERIOD_END:
        side = "before the first" if start < SUPPORTED_PERIOD_START else "after the last"
        problems.append(
            Problem(
                f"period {period} ({start} to {stop}) is {side} period the model supports",
                variable=name,
                period=str(period),
                allowed=f"periods within {SUPPORTED_PERIODS_TEXT}",
                **where,
            )
        )
    return problems


# ---------------------------------------------------------------------------------------------------------
# Situations (JSON / dict)


def validate_situation(tax_benefit_system, situation) -> list[Problem]:
    """Every problem of a fully specified situation dict (as posted to the web API).

    Checks input values against `bound_for`, enum names, the periods of requested computations (values
    `null`) and that no person belongs to two groups of the same entity. Structural errors that openfisca
    reports clearly itself (unknown variables or entities, unreadable periods) are left to openfisca.
    """
    problems: list[Problem] = []
    if not isinstance(situation, dict):
        return [Problem("the situation must be a JSON object", allowed="{'persons': {...}, 'households': {...}}")]
    entities = {entity.plural: entity for entity in tax_benefit_system.entities}
    problems += _bad_keys(situation)
    if problems:
        return problems  # openfisca cannot even report errors on such keys
    births = {}
    requested_stops = []
    for plural, instances in situation.items():
        entity = entities.get(plural)
        if entity is None or not isinstance(instances, dict):
            continue
        role_keys = {role.plural or role.key for role in getattr(entity, "roles", ())}
        members_seen: dict[str, list] = {}
        for instance_id, instance in instances.items():
            if not isinstance(instance, dict):
                continue
            for key, values in instance.items():
                if key in role_keys:
                    ids = values if isinstance(values, list) else [values]
                    for person_id in ids:
                        if isinstance(person_id, str):
                            members_seen.setdefault(person_id, []).append((instance_id, key))
                    continue
                variable = tax_benefit_system.variables.get(key)
                if variable is None or variable.entity.key != entity.key or not isinstance(values, dict):
                    continue  # openfisca answers these
                for period_text, value in values.items():
                    where = {"entity": plural, "id": instance_id}
                    try:
                        period = periods.period(period_text)
                    except (ValueError, TypeError, AttributeError):
                        continue  # openfisca answers these
                    if value is None:
                        found = validate_period(period, variable, where)
                        for problem in found:
                            problems.append(dataclasses.replace(problem, period=str(period_text)))
                        if not found and period.unit != DateUnit.ETERNITY:
                            requested_stops.append(period.stop.date)
                        continue
                    found = check_value(variable, value)
                    if found:
                        message, allowed = found
                        problems.append(
                            Problem(
                                message,
                                variable=key,
                                period=str(period_text),
                                value=value,
                                allowed=allowed,
                                **where,
                            )
                        )
                    elif key == "birth_date":
                        try:
                            births[instance_id] = _as_date(value)
                        except (TypeError, ValueError):
                            pass
        for person_id, memberships in members_seen.items():
            if len(memberships) > 1:
                listed = ", ".join(f"{group!r} ({role})" for group, role in memberships)
                problems.append(
                    Problem(
                        f"person {person_id!r} is a member of {len(memberships)} {plural}: {listed}",
                        entity=plural,
                        id=memberships[1][0],
                        variable=memberships[1][1],
                        allowed=f"each person in exactly one of the {plural}",
                    )
                )
    if requested_stops:
        last = max(requested_stops)
        for person_id, born in births.items():
            if born > last:
                problems.append(
                    Problem(
                        f"born on {born}, after every period requested (the last ends on {last}): age would be negative",
                        entity=tax_benefit_system.person_entity.plural,
                        id=person_id,
                        variable="birth_date",
                        period="ETERNITY",
                        allowed=f"a birth date on or before {last}",
                    )
                )
    return problems


def _bad_keys(situation):
    """Empty keys and keys with '/' (openfisca addresses values by 'entity/id/variable/period' paths)."""
    problems = []

    def visit(node, path, depth):
        if depth > 4 or not isinstance(node, dict):
            return
        for key, value in node.items():
            if isinstance(key, str) and (not key.strip() or "/" in key):
                where = "/".join([*path, str(key)])
                problems.append(
                    Problem(
                        f"invalid key {key!r} at {where!r}",
                        entity="situation",
                        allowed="non-empty ids, variable names and periods without '/'",
                    )
                )
                continue
            visit(value, [*path, key], depth + 1)

    visit(situation, [], 1)
    return problems


def check_situation(tax_benefit_system, situation):
    """Raise one InputValidationError listing every problem of `situation`, if any."""
    problems = validate_situation(tax_benefit_system, situation)
    if problems:
        raise InputValidationError(problems, "Invalid situation")


# ---------------------------------------------------------------------------------------------------------
# Guarded populations: every input array is checked when it is set


def _entity_ids(population):
    ids = getattr(population, "ids", None)
    if ids is None or not len(ids):
        return None
    return [i.item() if isinstance(i, np.generic) else i for i in ids]


class GuardedHolder(Holder):
    """A Holder that refuses bad input arrays (all bad entries at once) before storing them."""

    def set_input(self, period, array):
        if not self.variable.is_neutralized:
            values = array
            if self.variable.value_type in (float, int) and isinstance(values, str):
                from openfisca_core.commons import eval_expression

                values = eval_expression(values)
            entries, allowed = bad_entries(self.variable, values)
            if entries:
                ids = _entity_ids(self.population)
                plural = self.population.entity.plural
                raise InputValidationError(
                    [
                        Problem(
                            f"{message}: {value!r}",
                            variable=self.variable.name,
                            entity=plural,
                            id=(ids[index] if ids is not None and index < len(ids) else f"#{index}"),
                            period=str(period),
                            value=value,
                            allowed=allowed,
                        )
                        for index, value, message in entries
                    ],
                    f"Invalid input for {self.variable.name}",
                )
        return super().set_input(period, array)


class _GuardedHolders:
    def get_holder(self, variable_name):
        self.entity.check_variable_defined_for_entity(variable_name)
        holder = self._holders.get(variable_name)
        if holder:
            return holder
        variable = self.entity.get_variable(variable_name)
        self._holders[variable_name] = holder = GuardedHolder(variable, self)
        return holder


class GuardedPopulation(_GuardedHolders, Population):
    """Population of persons whose holders check their inputs."""


class GuardedGroupPopulation(_GuardedHolders, FastValueNthPerson, GroupPopulation):
    """Population of a group entity whose holders check their inputs."""


class ValidatingSystemMixin:
    """Mixed into `CountryTaxBenefitSystem`: guarded populations, refusal of unpublished periods."""

    def instantiate_entities(self):
        person = self.person_entity
        members = GuardedPopulation(person)
        populations = {person.key: members}
        for entity in self.group_entities:
            populations[entity.key] = GuardedGroupPopulation(entity, members)
        return populations

    def get_parameters_at_instant(self, instant):
        if isinstance(instant, periods.Period):
            day = instant.start.date
        elif isinstance(instant, periods.Instant):
            day = instant.date
        elif isinstance(instant, (str, int)):
            day = periods.instant(instant).date
        else:
            day = None
        if day is not None and day > SUPPORTED_PERIOD_END:
            raise UnsupportedPeriodError(
                [
                    Problem(
                        f"parameters requested for {day}, after the last period the model supports: values "
                        "published after that are not modelled, and the last known ones would be silently reused",
                        period=str(day),
                        allowed=f"periods within {SUPPORTED_PERIODS_TEXT}",
                    )
                ],
                "Unsupported period",
            )
        return super().get_parameters_at_instant(instant)

    def validate_situation(self, situation):
        """Raise one InputValidationError listing every problem of a situation dict."""
        check_situation(self, situation)



class ValidatingReform(ValidatingSystemMixin, Reform):
    """Base of every reform of this package: a reform's system checks inputs and refuses unpublished periods
    exactly as the baseline does (openfisca's `Reform` does not inherit the baseline's class)."""

# ---------------------------------------------------------------------------------------------------------
# Web API


def _missing_parameter_problem(error):
    return Problem(
        f"no published value: {error}",
        allowed=f"periods within {SUPPORTED_PERIODS_TEXT} (see the module's doc page, 'Not covered')",
    )


def _guard_handler(handler):
    if getattr(handler, "_openfisca_japan_guard", False):
        return handler

    @functools.wraps(handler)
    def guarded(tax_benefit_system, input_data, *args, **kwargs):
        validate = getattr(tax_benefit_system, "validate_situation", None)
        if validate is None:
            return handler(tax_benefit_system, input_data, *args, **kwargs)
        # The whole situation is checked by `build_from_entities` (see `install_simulation_builder_fix`).
        try:
            return handler(tax_benefit_system, input_data, *args, **kwargs)
        except SituationParsingError:
            raise
        except ParameterNotFoundError as error:
            raise InputValidationError([_missing_parameter_problem(error)], "Not covered") from error
        except NotImplementedError as error:
            raise InputValidationError([Problem(f"not covered by the model: {error}")], "Not covered") from error
        except ValueError as error:
            # Formulas refuse unsupported cases with a ValueError naming the variable and the reason
            # (CONTRIBUTING: never a silently wrong number); openfisca raises ValueError on inconsistent input.
            raise InputValidationError([Problem(f"cannot compute this situation: {error}")], "Refused") from error

    guarded._openfisca_japan_guard = True
    return guarded


def _pad_inputs_of_auto_allocated_groups(add_group_entity):
    """Fix an openfisca-core 46 bug in `SimulationBuilder.build_from_entities`.

    A person listed in no group of an entity gets a group of their own, appended AFTER the declared groups,
    but the input arrays of that entity's variables were sized for the declared groups only. Then
    `finalize_variables_init` tiles them: with 1 declared employer and 2 persons without employer, the 3
    employers all got the declared employer's values (a person without employer silently paid its
    premiums); with 2 declared and 1 extra it crashed ("its length is 2 while there are 3 employers", a
    500 in the web API). Here the inputs of the auto-created groups take the variable's default.
    """
    if getattr(add_group_entity, "_openfisca_japan_fix", False):
        return add_group_entity

    @functools.wraps(add_group_entity)
    def fixed(self, persons_plural, persons_ids, entity, instances_json):
        result = add_group_entity(self, persons_plural, persons_ids, entity, instances_json)
        declared = len(instances_json) if isinstance(instances_json, dict) else None
        count = self.entity_counts.get(entity.plural)
        if declared is None or count is None or count <= declared:
            return result
        for variable_name, buffer in self.input_buffer.items():
            variable = entity.get_variable(variable_name)
            if variable is None or variable.entity.key != entity.key:
                continue
            for period_text, array in list(buffer.items()):
                if len(array) == declared:
                    padding = variable.default_array(count - declared)
                    padded = np.concatenate([np.asarray(array), np.asarray(padding)])
                    buffer[period_text] = EnumArray(padded, variable.possible_values) if isinstance(array, EnumArray) else padded
        return result

    fixed._openfisca_japan_fix = True
    return fixed


def _validate_before_building(build_from_entities):
    """`build_from_entities` of a system with `validate_situation` first checks the whole situation, so that
    every entry point (web API, `openfisca test`, the pay-slip CLI, Python) reports ALL problems at once."""
    if getattr(build_from_entities, "_openfisca_japan_fix", False):
        return build_from_entities

    @functools.wraps(build_from_entities)
    def validated(self, tax_benefit_system, input_dict, *args, **kwargs):
        validate = getattr(tax_benefit_system, "validate_situation", None)
        if validate is not None:
            validate(input_dict)
        return build_from_entities(self, tax_benefit_system, input_dict, *args, **kwargs)

    validated._openfisca_japan_fix = True
    return validated


def install_simulation_builder_fix():
    """Install `_pad_inputs_of_auto_allocated_groups` and `_validate_before_building` (idempotent); they
    change nothing for systems without `validate_situation` except the openfisca-core bug fix."""
    from openfisca_core.simulations import SimulationBuilder

    SimulationBuilder.add_group_entity = _pad_inputs_of_auto_allocated_groups(SimulationBuilder.add_group_entity)
    SimulationBuilder.build_from_entities = _validate_before_building(SimulationBuilder.build_from_entities)


def fix_openapi_spec(spec):
    """Make the published OpenAPI spec describe what openfisca-web-api 46 actually answers.

    Its openAPI.yml types `Variable.defaultValue` as a string (numbers and booleans are sent), `Parameter.id`
    as an integer (the dotted name is sent), `Parameter.description` and `Value` as non-null (nodes without a
    description and ended parameters send null), so clients validating responses against `/spec` rejected them.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    variable = schemas.get("Variable", {}).get("properties", {})
    if "defaultValue" in variable:
        variable["defaultValue"] = {"anyOf": [{"type": t} for t in ("string", "number", "integer", "boolean")]}
    parameter = schemas.get("Parameter", {}).get("properties", {})
    if "id" in parameter:
        parameter["id"] = {"type": "string"}
    if "description" in parameter:
        parameter["description"] = {**parameter["description"], "nullable": True}
    if "oneOf" in schemas.get("Value", {}):
        schemas["Value"]["nullable"] = True  # a `null` value ends a parameter (or leaves a period uncovered)
    return spec


def _fix_spec_builder(build):
    if getattr(build, "_openfisca_japan_guard", False):
        return build

    @functools.wraps(build)
    def fixed(data, *args, **kwargs):
        spec = build(data, *args, **kwargs)
        if hasattr(data.get("tax_benefit_system"), "validate_situation"):
            spec = fix_openapi_spec(spec)
        return spec

    fixed._openfisca_japan_guard = True
    return fixed


def install_web_api_hook():
    """Check whole situations before the web API's `/calculate` and `/trace` compute them (idempotent).

    The openfisca web API answers 400 with `error.error` for a `SituationParsingError` and 500 for anything
    else; `InputValidationError` is a `SituationParsingError`. Systems without `validate_situation` (other
    country packages) are passed through untouched.
    """
    try:
        from openfisca_web_api import handlers
    except ImportError:  # the web API extra is not installed
        return False
    from openfisca_web_api import loader

    handlers.calculate = _guard_handler(handlers.calculate)
    handlers.trace = _guard_handler(handlers.trace)
    loader.build_openAPI_specification = _fix_spec_builder(loader.build_openAPI_specification)
    return True


# ---------------------------------------------------------------------------------------------------------
# Person tables (bulk runs)

TABLE_ID_COLUMNS = ("person_id", "household_id", "household_role", "employer_id", "weight")
HOUSEHOLD_ROLES = ("head", "spouse", "child", "other")
_TRUE = {"true", "1", "yes", "1.0"}
_FALSE = {"false", "0", "no", "0.0", ""}


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
        roles = table["household_role"].astype("string").str.lower()
        bad = ~roles.isin(HOUSEHOLD_ROLES).fillna(False).to_numpy(dtype=bool) & table["household_role"].notna().to_numpy()
        report(bad, "household_role", "unknown household role", f"one of {list(HOUSEHOLD_ROLES)}", table["household_role"].to_numpy())
        if "household_id" in table.columns:
            for role, maximum in (("head", 1), ("spouse", 1)):
                is_role = (roles == role).fillna(False).to_numpy(dtype=bool)
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
            no_employer |= employer_raw.astype("string").fillna("").str.strip().eq("").to_numpy(dtype=bool)
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
                    f"column {column!r} is not a variable of the model",
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
        raw = series.to_numpy()
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
                bad = present & ~series.astype("string").isin(accepted).fillna(False).to_numpy(dtype=bool)
            report(bad, column, f"unknown {enum.__name__} value", _allowed_enum(enum), raw, variable=name, period_text=period_text or None)
        elif variable.value_type is bool:
            if not (pd.api.types.is_bool_dtype(series.dtype) or pd.api.types.is_numeric_dtype(series.dtype)):
                text = series.astype("string").str.strip().str.lower()
                bad = present & ~text.isin(_TRUE | _FALSE).fillna(False).to_numpy(dtype=bool)
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
            unreadable = present & np.isnan(numeric) & ~series.astype("string").str.strip().str.lower().isin(["nan", "+nan", "-nan"]).fillna(False).to_numpy(dtype=bool)
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
    if problems:
        problems.sort(key=lambda problem: -1 if problem.row is None else problem.row)  # stable: columns in order
        raise InputValidationError(problems, f"Invalid person table ({n} rows)")
