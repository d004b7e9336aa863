"""The periods the model covers, derived from the parameters; `NotCoveredError`.

**The coverage contract.** Every parameter leaf (a value history or a scale) is known from the date of its
first value to the last date on which its newest value is known to hold:

- `metadata.last_value_still_valid_on: YYYY-MM-DD` on the leaf or inherited from a parent node (a folder's
  `index.yaml` or a file's top-level `metadata`), like openfisca-france's metadata of the same name: e.g.
  2027-03-31 for a value in force in fiscal year 2026, 2027-07-31 for an amount re-indexed each 1 August
  whose August-2026 value is encoded, 2027-02-28 for a Kyokai Kenpo rate set each March;
- a history that ends with `null` ends the day before that date (with `metadata.not_covered: <reason>`
  when the value is not published or not confirmed, `metadata.ended_by_law: <law>` when the law ended it);
- a `null` inside the history (with `metadata.not_covered`) is a gap.

A formula that reads a leaf outside its window, or in a gap, fails with ONE clear error
(`ParameterNotCoveredError`) naming the parameter, the instant, the leaf's window and the variable being
computed; openfisca itself would silently extend the last value forever, or raise a bare
`ParameterNotFoundError` before the first one. The system builds its parameters at an instant with
`CoveredParameterNode` / `CoveredParameterNodeAtInstant` (subclasses of openfisca's classes: the tree of a
reform, a clone of the baseline's, keeps them), so every entry point (Python, `openfisca test`, the CLI,
microsimulation, both web APIs, reforms) obeys the same contract; it widens by itself when values are
added. `covered_windows(parameters)` lists the windows; `python -m openfisca_japan.tools.coverage` prints
them per scheme and the leaves to update for a date (the yearly checklist).

A variable whose earliest formula starts on a date refuses periods before it (`guard_formula_start`)
instead of returning openfisca's default value.
"""

from __future__ import annotations

import dataclasses
import datetime
import sys

import numpy as np
from openfisca_core import periods
from openfisca_core.errors import SituationParsingError
from openfisca_core.parameters import (
    Parameter,
    ParameterNode,
    ParameterNodeAtInstant,
    ParameterScale,
    VectorialParameterNodeAtInstant,
)

#: Default of `last_value_still_valid_on` for a value in force without it (the check of the parameters
#: requires it on every leaf; this default only serves a leaf added since): the end of fiscal year 2026
#: (令和8年度), the fiscal year in progress when the parameters were last reviewed (December 2026).
DEFAULT_LAST_VALID = datetime.date(2027, 3, 31)

#: Legacy names (fiscal years 2024 to 2026, the periods documented before the coverage was derived from
#: the parameters). Nothing refuses a period on them any more: the windows of the parameters decide.
SUPPORTED_PERIOD_START = datetime.date(2024, 4, 1)
SUPPORTED_PERIOD_END = DEFAULT_LAST_VALID
SUPPORTED_PERIODS_TEXT = "the dates its parameters cover (`openfisca-japan coverage`)"

LAST_VALID_KEY = "last_value_still_valid_on"


class NotCoveredError(SituationParsingError, ValueError):
    """The law of a period, or a case, that the model does not cover.

    A `SituationParsingError` so that every OpenFisca entry point (the web API included) answers it as the
    user's request to change (HTTP 400 with `error`), and a `ValueError` for Python callers. The CLI exits
    with code 3 ("the law for this is not encoded").
    """

    def __init__(self, message, period=None, allowed=None):
        self.message = message
        self.period = period
        self.allowed = allowed
        self.code = 400
        self.error = {"error": self._text()}
        Exception.__init__(self, self._text())

    def _text(self):
        return self.message + (f"; allowed: {self.allowed}" if self.allowed else "")

    def add_context(self, text):
        """Append where it happened (e.g. the variable and period requested); kept in `error` too."""
        if text and text not in self.message:
            self.message = f"{self.message} ({text})"
            self.error = {"error": self._text()}
            self.args = (self._text(),)
        return self

    def __str__(self):
        return self.args[0]


class RefusedInputError(SituationParsingError, ValueError):
    """An input a formula cannot use (a person not born by the month computed, an insurer's rate not given
    where it decides the premium): the user's to fix. A `SituationParsingError` (HTTP 400) and a
    `ValueError`; the CLI exits with code 2 (bad input)."""

    def __init__(self, message, variable=None, ids=(), allowed=None):
        self.message = message
        self.variable = variable
        self.ids = list(ids)
        self.allowed = allowed
        self.code = 400
        text = message + (f"; allowed: {allowed}" if allowed else "")
        self.error = {"error": text}
        Exception.__init__(self, text)

    def __str__(self):
        return self.args[0]


def refuse_inputs(mask, ids, message, variable=None, allowed=None, shown=5, entity=None):
    """Raise RefusedInputError naming the entities where `mask` holds (the first `shown` ids). With `entity` (the
    key of the population `mask` is over), the error says which of them are refused (`refusing`)."""
    import numpy as np

    mask = np.asarray(mask, dtype=bool)
    if not mask.any():
        return
    where = [str(i) for i in np.asarray(ids, dtype=object)[np.flatnonzero(mask)[:shown]]] if ids is not None and len(ids) == len(mask) else []
    count = int(mask.sum())
    named = f" ({', '.join(where)}{', ...' if count > shown else ''})" if where else ""
    error = RefusedInputError(f"{message}: {count} case(s){named}", variable=variable, ids=where, allowed=allowed)
    raise refusing(error, entity, mask, message) if entity else error


def refusing(error, entity, mask, reason):
    """`error` (NotCoveredError or RefusedInputError) marked with the groups it refuses, for a bulk run that leaves
    them out (`exclude_refused`, docs/analysis.md): `refused_entity` (the key of the population, e.g. "household"),
    `refused_positions` (positions in that population of EVERY refused group, not only those the message names) and
    `refused_reason` (the reason without the groups' ids, the same for every group refused for it). The message is
    unchanged. An error without these attributes (a whole period not covered...) refuses the whole run."""
    error.refused_entity = entity
    error.refused_positions = np.flatnonzero(np.asarray(mask, dtype=bool))
    error.refused_reason = " ".join(str(reason).split())
    return error


def refusal_of(error):
    """(entity key, positions, reason) of the groups an error refuses (`refusing`), or None."""
    positions = getattr(error, "refused_positions", None)
    if positions is None or not isinstance(error, (NotCoveredError, RefusedInputError)):
        return None
    return error.refused_entity, np.asarray(positions, dtype=np.int64), error.refused_reason


# --- Windows of the leaves ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Window:
    """Dates on which a leaf's values are known: `first` to `last` (both included; None: unbounded)."""

    first: datetime.date | None
    last: datetime.date | None
    #: why it ends: "last_value_still_valid_on", "not_covered: <reason>", "ended_by_law: <law>", "null"
    end: str = LAST_VALID_KEY
    #: the value of `last_value_still_valid_on` is the default (no metadata on the leaf or its parents)
    default: bool = False

    def describe(self):
        first = self.first.isoformat() if self.first else "always"
        last = self.last.isoformat() if self.last else "forever"
        return f"{first} to {last}"

    def contains(self, day):
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)

    @property
    def ended_by_law(self):
        return self.end.startswith("ended_by_law")


def _date(value):
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value).strip())


def _day_before(instant_str):
    return datetime.date.fromisoformat(instant_str) - datetime.timedelta(days=1)


def value_histories(leaf):
    """The value histories (newest first) of a leaf: a Parameter's own, or every bracket part of a scale."""
    if isinstance(leaf, ParameterScale):
        return [
            part.values_list
            for bracket in leaf.brackets
            for part in (getattr(bracket, key, None) for key in ("threshold", "amount", "rate", "average_rate", "base"))
            if isinstance(part, Parameter)
        ]
    return [leaf.values_list]


def default_last_valid(leaf):
    """`last_value_still_valid_on` when no metadata gives it: one year after the newest value for an amount
    revised every year on the same day that is not 1 April (re-indexed each 1 August; Kyokai Kenpo rates
    each 1 March), otherwise `DEFAULT_LAST_VALID` (the end of the fiscal year in progress)."""
    dated = sorted({v.instant_str for history in value_histories(leaf) for v in history if v.value is not None})
    if len(dated) >= 2:
        newest, previous = dated[-1], dated[-2]
        if newest[5:] == previous[5:] and newest[5:] not in ("04-01", "01-01") and int(newest[:4]) - int(previous[:4]) == 1:
            day = datetime.date.fromisoformat(newest)
            return day.replace(year=day.year + 1) - datetime.timedelta(days=1)
    return DEFAULT_LAST_VALID


def leaf_window(leaf, metadata=None):
    """The Window of a leaf; `metadata` is the metadata of its parents merged (see `merged`).

    A history that ends with `null` ends the day before (a scale: when every bracket part ends), unless the
    leaf's OWN `last_value_still_valid_on` is earlier; a value inherited from a parent node does not apply
    to it (e.g. rates set by ordinance for two fiscal years, ending with a null two years on). Otherwise the
    window ends on `last_value_still_valid_on` (own or inherited), by default `default_last_valid(leaf)`."""
    metadata = merged(metadata or {}, leaf)
    histories = value_histories(leaf)
    firsts = [v.instant_str for history in histories for v in history if v.value is not None]
    first = datetime.date.fromisoformat(min(firsts)) if firsts else None
    trailing = [history[0].instant_str for history in histories if history and history[0].value is None]
    if histories and len(trailing) == len(histories):
        own = _date((getattr(leaf, "metadata", None) or {}).get(LAST_VALID_KEY))
        window = _null_ended(first, _day_before(min(trailing)), own, metadata)
    else:
        declared = _date(metadata.get(LAST_VALID_KEY))
        window = Window(first, declared or default_last_valid(leaf), LAST_VALID_KEY, declared is None)
    return window if first is not None else Window(None, None, window.end)


def _null_ended(first, stop, own, metadata):
    """The Window of a history ending with null on the day after `stop` (the leaf's own date if earlier)."""
    if own is not None and own < stop:
        return Window(first, own, LAST_VALID_KEY)
    if metadata.get("ended_by_law"):
        return Window(first, stop, f"ended_by_law: {metadata['ended_by_law']}")
    if metadata.get("not_covered"):
        return Window(first, stop, f"not_covered: {metadata['not_covered']}")
    return Window(first, stop, "null")


def merged(parent_metadata, node):
    """Metadata of `node` over its parents' (the coverage keys only: small and cheap to copy)."""
    own = getattr(node, "metadata", None) or {}
    result = dict(parent_metadata)
    for key in (LAST_VALID_KEY, "not_covered", "ended_by_law"):
        if own.get(key) not in (None, "", []):
            result[key] = own[key]
    return result


def iter_leaves(node, metadata=None):
    """(leaf, metadata merged over its parents) for every leaf under `node`."""
    metadata = merged(metadata or {}, node)
    for child in node.children.values():
        if isinstance(child, ParameterNode):
            yield from iter_leaves(child, metadata)
        else:
            yield child, metadata


def covered_windows(parameters):
    """{leaf name: Window} of every leaf of a parameter tree."""
    return {leaf.name: leaf_window(leaf, metadata) for leaf, metadata in iter_leaves(parameters)}


# --- Parameters at an instant that refuse what is not covered ---------------------------------------------


@dataclasses.dataclass(frozen=True)
class Gap:
    """A leaf read at an instant where its value is not known."""

    parameter: str
    instant: str
    window: Window
    kind: str  # "before" (before the first value), "after" (after the window), "null" (a gap inside)
    reason: str | None = None

    def error(self):
        return ParameterNotCoveredError(self)


class ParameterNotCoveredError(NotCoveredError):
    """A parameter read outside the dates its value is known (see the module docstring)."""

    def __init__(self, gap: Gap):
        self.gap = gap
        self.parameter = gap.parameter
        self.instant = gap.instant
        self.window = gap.window
        self.kind = gap.kind
        if gap.kind == "before":
            why = f"the model has no value of it before {gap.window.first}"
        elif gap.kind == "after" and gap.window.end == LAST_VALID_KEY:
            source = "default for a leaf without metadata" if gap.window.default else f"metadata.{LAST_VALID_KEY}"
            why = f"its last value is known to hold only until {gap.window.last} ({source})"
        elif gap.kind == "after":
            why = f"its values stop on {gap.window.last} ({gap.window.end})"
        else:
            why = f"its value is not covered on that date ({gap.reason or 'null'})"
        computing = _computation_in_progress()
        why = " ".join(why.split())
        message = (
            f"parameter {gap.parameter} is not covered on {gap.instant}: {why}; covered: {gap.window.describe()}"
            + (f"; while computing {computing}" if computing else "")
        )
        super().__init__(message, period=gap.instant)
        self.variable, self.variable_period = _innermost_formula() or (None, None)


def _simulation_frames():
    frame = sys._getframe(2)
    while frame is not None:
        code = frame.f_code
        if code.co_name in ("_run_formula", "calculate") and "simulation" in code.co_filename:
            yield code.co_name, frame.f_locals
        frame = frame.f_back


#: Called (without arguments) whenever a formula reads `requested_period()`: an input other than its period
#: and its reads (the bulk engine's month reuse never reuses such a formula's result).
REQUESTED_PERIOD_LISTENERS = []


def requested_period():
    """The period of the outermost calculation in progress (what the caller asked for: a month, a fiscal
    year...), read from the call stack, or None outside a calculation. A formula can then tell an
    intermediate month (a baby born in December, whose age in April of the same fiscal year is -1) from the
    period the user asked for."""
    for listener in REQUESTED_PERIOD_LISTENERS:
        listener()
    found = None
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_name in ("calculate", "calculate_add", "calculate_divide") and "simulation" in code.co_filename:
            period = frame.f_locals.get("period")
            if period is not None:
                found = period
        frame = frame.f_back
    if found is None:
        return None
    try:
        return periods.period(found)
    except (ValueError, TypeError, AttributeError):
        return None


def _innermost_formula():
    """(variable name, period) of the formula being run when the error is raised, or None (read from the
    call stack: openfisca's Simulation does not record it for an error)."""
    for name, local in _simulation_frames():
        if name == "_run_formula" and "variable" in local:
            return getattr(local["variable"], "name", None), str(local.get("period"))
    return None


def _computation_in_progress():
    """'X for P' (the formula that read the parameter), with 'requested: Y for Q' (the outermost calculation)."""
    innermost = _innermost_formula()
    outermost = None
    for name, local in _simulation_frames():
        if name == "calculate" and "variable_name" in local:
            outermost = (local["variable_name"], str(local.get("period")))
    if innermost is None:
        return None
    text = f"{innermost[0]} for {innermost[1]}"
    if outermost and outermost != innermost:
        text += f", requested: {outermost[0]} for {outermost[1]}"
    return text


def gap_at(leaf, metadata, instant_str, value):
    """The Gap of `leaf` at `instant_str` (its value there being `value`), or None when it is covered."""
    window = leaf_window(leaf, metadata)
    day = datetime.date.fromisoformat(instant_str)
    if window.first is None:
        return Gap(leaf.name, instant_str, window, "null", merged(metadata, leaf).get("not_covered"))
    if day < window.first:
        return Gap(leaf.name, instant_str, window, "before")
    if window.last is not None and day > window.last:
        return Gap(leaf.name, instant_str, window, "after", window.end)
    if value is None:
        meta = merged(metadata, leaf)
        reason = meta.get("not_covered") or _value_reason(leaf, instant_str)
        return Gap(leaf.name, instant_str, window, "null", reason)
    return None


def _value_reason(leaf, instant_str):
    if isinstance(leaf, Parameter):
        for at in leaf.values_list:
            if at.instant_str <= instant_str:
                meta = getattr(at, "metadata", None) or {}
                return meta.get("not_covered") or meta.get("verification")
    return None


def _place_leaf(node_at_instant, child_name, child, metadata, instant_str):
    """Put the leaf (or scale) `child` on `node_at_instant` at the instant: its value when covered, its gap when
    not (a leaf the law ended is absent, as in openfisca)."""
    value = child._get_at_instant(instant_str)
    gap = gap_at(child, metadata, instant_str, value if isinstance(child, Parameter) else (value if _scale_has_brackets(value) else None))
    if gap is not None and not (gap.kind == "after" and gap.window.ended_by_law):
        node_at_instant._gaps[child_name] = gap
    elif gap is None and value is not None:
        node_at_instant.add_child(child_name, value)


class CoveredParameterNodeAtInstant(ParameterNodeAtInstant):
    """openfisca's ParameterNodeAtInstant whose leaves raise `ParameterNotCoveredError` when read outside
    their window or in a gap (the other leaves and nodes behave as in openfisca)."""

    def __init__(self, name, node, instant_str, metadata=None):
        self._name = name
        self._instant_str = instant_str
        self._children = {}
        self._gaps = {}
        metadata = merged(metadata or {}, node)
        for child_name, child in node.children.items():
            if isinstance(child, ParameterNode):
                self.add_child(child_name, CoveredParameterNodeAtInstant(child.name, child, instant_str, metadata))
                continue
            _place_leaf(self, child_name, child, metadata, instant_str)

    def __getattr__(self, key):
        gap = self.__dict__.get("_gaps", {}).get(key)
        if gap is not None:
            raise gap.error()
        return super().__getattr__(key)

    def __getitem__(self, key):
        if isinstance(key, str):
            gap = self._gaps.get(key)
            if gap is not None:
                raise gap.error()
            return super().__getitem__(key)
        if isinstance(key, np.ndarray) and self.first_gap() is not None:
            return self._vectorial_over_used_keys(key)
        return super().__getitem__(key)

    def first_gap(self):
        """The first Gap of this node or of a node under it, or None."""
        if self._gaps:
            return next(iter(self._gaps.values()))
        for child in self._children.values():
            if isinstance(child, CoveredParameterNodeAtInstant):
                gap = child.first_gap()
                if gap is not None:
                    return gap
        return None

    def _vectorial_over_used_keys(self, key):
        """Fancy indexing (`node[enum_array]`) when some children are not covered: refuse only if a key
        that is used is not covered; openfisca's vectorial node is built on the used children only."""
        keys = np.asarray(VectorialParameterNodeAtInstant._get_appropriate_keys(key))
        if keys.dtype == object:
            keys = np.array([getattr(k, "name", k) for k in keys.ravel()], dtype=str)
        used = set(np.unique(keys.astype(str)).tolist())
        for name in sorted(used):
            if name in self._gaps:
                raise self._gaps[name].error()
            child = self._children.get(name)
            gap = child.first_gap() if isinstance(child, CoveredParameterNodeAtInstant) else None
            if gap is not None:
                raise gap.error()
        restricted = object.__new__(type(self))
        restricted.__dict__.update(self.__dict__)
        restricted._children = {name: value for name, value in self._children.items() if name in used}
        restricted._gaps = {}
        return VectorialParameterNodeAtInstant.build_from_node_name(restricted, key)


def _scale_has_brackets(scale_at_instant):
    return scale_at_instant is not None and bool(getattr(scale_at_instant, "thresholds", [None]))


class CoveredParameterNode(ParameterNode):
    """The root of the model's parameter tree: its parameters at an instant are a
    `CoveredParameterNodeAtInstant`. openfisca's `clone()` and `deepcopy` keep the class, so a reform's
    tree (a copy of the baseline's) keeps the contract."""

    def _get_at_instant(self, instant):
        return LazyCoveredRootAtInstant(self.name, self, instant)


class LazyCoveredRootAtInstant(CoveredParameterNodeAtInstant):
    """The root of the tree at an instant, whose sub-trees (one per scheme: `health_insurance`, `municipal`, ...)
    are built when first read, each exactly as `CoveredParameterNodeAtInstant` builds it. A whole-model month run
    asks for the parameters at about 46 instants, most of them months of the premium chain that read a few
    schemes only; a whole tree (about 1,500 leaves and their coverage windows) cost 35 ms to build. Reading the
    children as a whole (`_children`, iterating, `first_gap`) builds every sub-tree, in the tree's order."""

    def __init__(self, name, node, instant_str, metadata=None):
        metadata = merged(metadata or {}, node)
        self.__dict__.update(_name=name, _instant_str=instant_str, _gaps={}, _built={}, _pending={}, _order=list(node.children))
        for child_name, child in node.children.items():
            if isinstance(child, ParameterNode):
                self._pending[child_name] = (child, metadata)
                continue
            _place_leaf(self, child_name, child, metadata, instant_str)

    def add_child(self, child_name, child_at_instant):
        self.__dict__["_built"][child_name] = child_at_instant
        setattr(self, child_name, child_at_instant)

    def _build(self, child_name):
        child, metadata = self.__dict__["_pending"].pop(child_name)
        self.add_child(child_name, CoveredParameterNodeAtInstant(child.name, child, self._instant_str, metadata))
        return self.__dict__["_built"][child_name]

    @property
    def _children(self):
        pending = self.__dict__["_pending"]
        if pending or not self.__dict__.get("_in_order"):
            for child_name in list(pending):
                self._build(child_name)
            built = self.__dict__["_built"]
            self.__dict__["_built"] = {key: built[key] for key in self.__dict__["_order"] if key in built}
            self.__dict__["_in_order"] = True
        return self.__dict__["_built"]

    @_children.setter
    def _children(self, children):
        self.__dict__.update(_built=dict(children), _pending={}, _in_order=True)

    def __getattr__(self, key):
        pending = self.__dict__.get("_pending")
        if pending and key in pending:
            return self._build(key)
        return super().__getattr__(key)

    def __getitem__(self, key):
        pending = self.__dict__.get("_pending")
        if isinstance(key, str) and pending and key in pending:
            return self._build(key)
        return super().__getitem__(key)


def value_or_none(node, name):
    """`node[name]`, or None when the leaf has no value then: not yet in force, ended, or a `null` (the
    caller handles None: "not in force", or "no official value" that it refuses where it decides). A leaf
    read after its `last_value_still_valid_on` still raises: openfisca would have extended its last value,
    and None would wrongly read as "not in force"."""
    try:
        return node[name]
    except ParameterNotCoveredError as error:
        if error.kind == "after" and error.window.end == LAST_VALID_KEY:
            raise
        return None
    except Exception:  # noqa: BLE001 (openfisca's ParameterNotFound and friends: not in force)
        return None


# --- Formulas that start on a date ---------------------------------------------------------------------------


def _refusal_before(name, start):
    def formula(entity, period):
        raise NotCoveredError(
            f"{name} has no rule before {start} (its first formula starts then): asked for {period}",
            period=str(period),
            allowed=f"periods from {start} for {name}",
        )

    formula.coverage_guard = True
    formula.__name__ = f"refuse_{name}_before_{start.replace('-', '_')}"
    return formula


#: Variables whose first formula starts the day the law created the rule: before it, openfisca's default
#: (0, False) IS the law, so they are not refused. Until the variables say it themselves (an explicit
#: formula before, docs/notes/trust-variable-changes.md), it is stated here with the law that created them.
CREATED_BY_LAW = {
    "post_birth_leave_support_benefit": ("2025-04-01", "雇用保険法 第61条の10 (出生後休業支援給付金, 令和6年法律第47号, 2025-04-01 施行)"),
    "childcare_short_time_work_benefit": ("2025-04-01", "雇用保険法 第61条の12 (育児時短就業給付金, 令和6年法律第47号, 2025-04-01 施行)"),
    "in_national_pension_maternity_period": ("2019-04-01", "国民年金法 第88条の2 (産前産後期間の保険料免除, 2019-04-01 施行)"),
}


def guard_formula_start(variable):
    """Make `variable` refuse periods before its earliest formula (openfisca would return its default
    value there): a formula dated 0001-01-01 that raises `NotCoveredError`. Idempotent. A variable of
    `CREATED_BY_LAW` whose first formula starts on the day the law created it keeps its default before."""
    formulas = getattr(variable, "formulas", None)
    if not formulas:
        return variable
    for start in [date for date, formula in formulas.items() if getattr(formula, "coverage_guard", False)]:
        del formulas[start]
    if formulas:
        earliest = formulas.peekitem(0)[0]
        created = CREATED_BY_LAW.get(variable.name)
        if created is not None and created[0] == earliest:
            return variable
        if earliest > "0001-01-01":
            formulas["0001-01-01"] = _refusal_before(variable.name, earliest)
    return variable


def instant_date(instant):
    """The date of an Instant, Period (its start), 'YYYY-MM-DD' text or year, or None."""
    if isinstance(instant, periods.Period):
        return instant.start.date
    if isinstance(instant, periods.Instant):
        return instant.date
    if isinstance(instant, (str, int)):
        return periods.instant(instant).date
    return None


class CoverageMixin:
    """Mixed into the model's tax-benefit system and reforms: the parameter tree refuses what it does not
    cover (`CoveredParameterNode`), and formulas that start on a date refuse earlier periods."""

    def load_parameters(self, path_to_yaml_dir):
        parameters = CoveredParameterNode("", directory_path=path_to_yaml_dir)
        if self.preprocess_parameters is not None:
            parameters = self.preprocess_parameters(parameters)
        self.parameters = parameters

    def load_variable(self, variable_class, update=False):
        return guard_formula_start(super().load_variable(variable_class, update))
