"""A month's formula result reused for another month when it provably cannot differ (bulk runs only).

A whole-model run computes about 40 monthly variables of the premium and coverage chains for 24–42 months each
(the month asked for, the fiscal year's months, the months of the income years), although the synthetic
population's monthly inputs are the same array in every month and most parameters change a few times a year.
`BulkSimulation._run_formula` (openfisca's extension point: a Simulation subclass) then runs a formula for a
month M2 only if it cannot prove that the result equals the one already computed for another month M1 (the same
holds for any period unit: a year variable's years are treated alike). The proof, for a formula F of variable V:

1. **F does not read its period other than by passing it on.** F is called with a `WatchedPeriod` (a Period
   subclass): passing it to a population (`person("x", period)`, `person.household("y", period)`, options
   included) or to `parameters(period)` / `parameters(period.start)` (the same parameters) is recorded; ANY
   other use (an attribute such as `.start`,
   `.last_month`, `.this_year`, `str()`, hashing, comparing, indexing, iterating...) marks the run "tainted"
   and its result is never reused. `coverage.requested_period()` (the period asked for, read from the call
   stack: another input than the period) taints the formula that calls it.
2. **The same formula**: `variable.get_formula(M1) is variable.get_formula(M2)` (dated formulas).
3. **The same parameters**: F read the parameters at its period only through the root's scheme nodes
   (`parameters(period).health_insurance...`, recorded by name); no value, no end of a value and no end of a
   coverage window (`coverage.leaf_window`) of any leaf under those schemes falls in (M1, M2]
   (`scheme_boundaries`). Any other use of the root taints the run.
4. **The same inputs, in the same order**: F's reads at M1 (variable, population, period: F's own or a fixed
   one, options), each with the array it got, are replayed at M2 in order; each must give an array equal bit
   for bit (same type, dtype, shape, enum; the same object, or the same bytes). A replayed read is one F
   itself would make at M2: every earlier read, and every parameter, gave the same (a deterministic formula
   then takes the same path). A replayed read that raises leaves F to run as usual.

Then F at M2 would compute from exactly what it computed from at M1: M1's stored array is used for M2 (the
same object, as an input shared by several months). Formulas never read the simulation, holders or the call
stack otherwise (tests/python/test_month_reuse.py checks the sources). Any doubt (a dead reference, a
released array, an object array, a traced run) means the formula runs. Results are identical bit for bit
(tests/python/test_month_reuse.py, `python -m bench.compare`).
"""

from __future__ import annotations

import bisect
import datetime
import threading
import weakref

import numpy as np
from openfisca_core import periods
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.parameters import ParameterNode

from openfisca_japan.law import coverage

#: Reuse a month's result for another month when provably identical (bench/README.md; off: every formula runs).
ENABLED = True

#: Records kept per variable (the latest ones; each is a candidate, nearest month first). A record holds the
#: arrays its formula read; the records of a variable are dropped with its arrays (`forget`, on release).
RECORDS_KEPT = 2

_local = threading.local()


def _stack():
    stack = getattr(_local, "stack", None)
    if stack is None:
        stack = _local.stack = []
    return stack


def current_frame():
    stack = getattr(_local, "stack", None)
    return stack[-1] if stack else None


class Frame:
    """One formula run being watched (or a replay: `recording` False)."""

    __slots__ = ("simulation", "period", "reads", "schemes", "tainted", "recording", "__weakref__")

    def __init__(self, simulation, period, recording=True):
        self.simulation = simulation
        self.period = period
        self.reads = []
        self.schemes = set()
        self.tainted = False
        self.recording = recording


def _taint_top():
    frame = current_frame()
    if frame is not None:
        frame.tainted = True


coverage.REQUESTED_PERIOD_LISTENERS.append(_taint_top)


def _watch_of(period):
    return object.__getattribute__(period, "__dict__")


def _tainting(base, name):
    method = getattr(base, name)

    def wrapper(self, *args, **kwargs):
        _watch_of(self)["frame"].tainted = True
        return method(self, *args, **kwargs)

    wrapper.__name__ = name
    return wrapper


_TUPLE_METHODS = (
    "__hash__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__len__", "__getitem__", "__iter__",
    "__contains__", "__str__", "__repr__", "__format__", "__reduce__", "__reduce_ex__", "__add__", "__mul__",
    "__rmul__", "__getnewargs__", "__sizeof__", "__bool__", "__copy__", "__deepcopy__",
)


def _watched_class(base, passed=()):
    """A subclass of `base` (openfisca's Period or Instant, tuples) whose instances carry a Frame: any use
    except the attributes `passed` (which give a watched value in turn) taints the frame. A value derived from
    it inside openfisca (`self.__class__(...)`) is a plain `base`."""

    def __new__(cls, value, frame=None, plain=None):
        if frame is None:
            return base(value)
        watched_value = tuple.__new__(cls, value)
        object.__getattribute__(watched_value, "__dict__").update(frame=frame, plain=plain)
        return watched_value

    def __getattribute__(self, name):
        if name in passed:
            watch = object.__getattribute__(self, "__dict__")
            return passed[name](getattr(watch["plain"], name), watch["frame"])
        if name != "__class__":
            object.__getattribute__(self, "__dict__")["frame"].tainted = True
        return base.__getattribute__(self, name)

    namespace = {"__new__": __new__, "__getattribute__": __getattribute__, "__module__": __name__}
    namespace.update({name: _tainting(base, name) for name in _TUPLE_METHODS if hasattr(base, name)})
    return type(f"Watched{base.__name__}", (base,), namespace)


#: The start of a watched period, e.g. for `parameters(period.start)`: passed on to `parameters`, as the period.
WatchedInstant = _watched_class(periods.Instant)
#: The period given to a watched formula: itself a Period (passed on, it reads as the period); `period.start`
#: is a `WatchedInstant`; any other use marks the formula's run as depending on its period (`Frame.tainted`).
WatchedPeriod = _watched_class(periods.Period, {"start": lambda instant, frame: WatchedInstant(tuple(tuple.__iter__(instant)), frame, instant)})


def watched(plain, frame):
    return WatchedPeriod(tuple(tuple.__iter__(plain)), frame, plain)


def unwatch(period):
    """(plain value, frame) of a WatchedPeriod or WatchedInstant."""
    watch = _watch_of(period)
    return watch["plain"], watch["frame"]


class RecordingRoot:
    """The root of the parameters at a watched formula's period: records the schemes read by name; any other
    use taints the run."""

    __slots__ = ("_root", "_frame")

    def __init__(self, root, frame):
        object.__setattr__(self, "_root", root)
        object.__setattr__(self, "_frame", frame)

    def __getattr__(self, name):
        frame = object.__getattribute__(self, "_frame")
        frame.schemes.add(name)
        return getattr(object.__getattribute__(self, "_root"), name)

    def __getitem__(self, key):
        frame = object.__getattribute__(self, "_frame")
        if isinstance(key, str):
            frame.schemes.add(key)
        else:
            frame.tainted = True
        return object.__getattribute__(self, "_root")[key]

    def _other(name):  # noqa: N805 (a factory in the class body)
        def method(self, *args, **kwargs):
            object.__getattribute__(self, "_frame").tainted = True
            return getattr(object.__getattribute__(self, "_root"), name)(*args, **kwargs)

        method.__name__ = name
        return method

    for _name in ("__iter__", "__contains__", "__len__", "__repr__", "__str__", "__setattr__", "__delattr__", "__dir__"):
        locals()[_name] = _other(_name)
    del _name, _other


# --- Parameters: the dates a scheme's values can change ------------------------------------------------------

_BOUNDARIES = weakref.WeakKeyDictionary()


def scheme_boundaries(parameters):
    """{root child name: sorted ISO dates on which a value of a leaf under it starts (values and nulls of
    every history, scale brackets included) or its coverage window ends (the day after `leaf_window`'s
    last)}: between two instants without such a date in (t1, t2], every leaf under the scheme has the same
    value and the same coverage at both."""
    found = _BOUNDARIES.get(parameters)
    if found is None:
        found = {}
        root_metadata = coverage.merged({}, parameters)
        for name, child in parameters.children.items():
            dates = set()
            leaves = coverage.iter_leaves(child, root_metadata) if isinstance(child, ParameterNode) else [(child, root_metadata)]
            for leaf, metadata in leaves:
                for history in coverage.value_histories(leaf):
                    dates.update(at.instant_str for at in history)
                window = coverage.leaf_window(leaf, metadata)
                if window.last is not None:
                    dates.add((window.last + datetime.timedelta(days=1)).isoformat())
            found[name] = sorted(dates)
        _BOUNDARIES[parameters] = found
    return found


def _same_parameters(boundaries, schemes, first, second):
    low, high = sorted((str(first.start), str(second.start)))
    if low == high:
        return True
    for scheme in schemes:
        dates = boundaries.get(scheme)
        if dates is None:
            return False
        index = bisect.bisect_right(dates, low)
        if index < len(dates) and dates[index] <= high:
            return False
    return True


# --- Equality of arrays ---------------------------------------------------------------------------------------


def same_array(first, second):
    """The same object, or arrays equal bit for bit (type, dtype, shape, enum, bytes); object arrays never."""
    if first is second:
        return True
    if type(first) is not type(second) or not isinstance(first, np.ndarray):
        return False
    if first.dtype != second.dtype or first.shape != second.shape or first.dtype.hasobject:
        return False
    if isinstance(first, EnumArray) and first.possible_values is not second.possible_values:
        return False
    if first.dtype.kind not in "biufcmMSUV":
        return False
    a = first.view(np.ndarray)
    b = second.view(np.ndarray)
    if a.dtype.itemsize in (1, 2, 4, 8) and a.flags.c_contiguous and b.flags.c_contiguous and a.dtype.kind != "V":
        unsigned = np.dtype(f"u{a.dtype.itemsize}")
        return bool(np.array_equal(a.view(unsigned), b.view(unsigned)))
    return a.tobytes() == b.tobytes()


# --- Records and the proof -----------------------------------------------------------------------------------


class Record:
    """A formula run at `period` that read only through its period: its reads and schemes."""

    __slots__ = ("period", "formula", "reads", "schemes")

    def __init__(self, period, formula, reads, schemes):
        self.period = period
        self.formula = formula
        self.reads = reads
        self.schemes = schemes


def _replay(frame, record, period):
    """True when every read of `record`, made again for `period` in the same order, gives the same array."""
    for population, name, fixed, options, before in record.reads:
        try:
            now = population(name, period if fixed is None else fixed, options)
        except Exception:  # noqa: BLE001 (the formula itself will meet it, or handle it, when it runs)
            return False
        if not same_array(now, before):
            return False
    return True


def run_formula(simulation, variable, population, period, run_plain):
    """`Simulation._run_formula` with month reuse (see the module docstring); `run_plain()` runs it as openfisca."""
    formula = variable.get_formula(period)
    if formula is None or simulation.trace or not isinstance(period, periods.Period) or type(period) is not periods.Period:
        return run_plain()
    records = simulation.__dict__.setdefault("_reuse_records", {})
    holder = population.get_holder(variable.name)
    system = simulation.tax_benefit_system
    known = records.get(variable.name)
    if known:
        boundaries = scheme_boundaries(system.parameters)
        stack = _stack()
        candidates = sorted(known, key=lambda r: abs((r.period.start.year - period.start.year) * 12 + r.period.start.month - period.start.month))
        for record in candidates:
            if record.period == period or record.formula is not formula:
                continue
            if not _same_parameters(boundaries, record.schemes, record.period, period):
                continue
            result = holder.get_array(record.period)
            if result is None:
                continue
            frame = Frame(simulation, period, recording=False)
            stack.append(frame)
            try:
                same = _replay(frame, record, period)
            finally:
                stack.pop()
            if same:
                # one array for both months from now on: read-only, so that a write into it (no formula writes into
                # what it reads) would fail loudly instead of changing the other month
                result.flags.writeable = False
                reused = simulation.__dict__.setdefault("_reused", {})
                reused[variable.name] = reused.get(variable.name, 0) + 1
                return result
    frame = Frame(simulation, period)
    watched_period = watched(period, frame)

    def parameters_at(instant):
        if type(instant) is WatchedPeriod or type(instant) is WatchedInstant:
            plain, owner = unwatch(instant)
            if owner is frame:
                return RecordingRoot(system.get_parameters_at_instant(plain), frame)
            owner.tainted = frame.tainted = True
            return system.get_parameters_at_instant(plain)
        return system.get_parameters_at_instant(instant)

    stack = _stack()
    stack.append(frame)
    try:
        if formula.__code__.co_argcount == 2:
            array = formula(population, watched_period)
        else:
            array = formula(population, watched_period, parameters_at)
    finally:
        stack.pop()
    if array is not None and not frame.tainted:
        kept = records.setdefault(variable.name, [])
        kept.append(Record(period, formula, frame.reads, frozenset(frame.schemes)))
        if len(kept) > RECORDS_KEPT:
            del kept[0]
    return array


def population_call(population, call, variable_name, period, options):
    """A population's `__call__` (`call(variable_name, period, options)`) inside a watched formula: the read is
    recorded for the formula on top of the stack (the period as given, or None for the formula's own)."""
    frame = current_frame()
    if type(period) is WatchedPeriod:
        plain, owner = unwatch(period)
        result = call(variable_name, plain, options)
        if owner is not frame:
            owner.tainted = True
            if frame is not None:
                frame.tainted = True
        elif frame.recording:
            frame.reads.append((population, variable_name, None, _frozen(options), result))
        return result
    result = call(variable_name, period, options)
    if frame is not None and frame.recording:
        if frame.simulation is not population.simulation:
            frame.tainted = True
        else:
            frame.reads.append((population, variable_name, period, _frozen(options), result))
    return result


def _frozen(options):
    return None if options is None else list(options)


def reused_counts(simulation):
    """{variable: how many of its calculations reused another month's result} in `simulation`."""
    return dict(simulation.__dict__.get("_reused", {}))


def forget(simulation, names):
    """Drop the records of `names` (their arrays are released)."""
    records = simulation.__dict__.get("_reuse_records")
    if records:
        for name in names:
            records.pop(name, None)
