"""Reforms are checked like inputs: values within the leaf's unit and range, dates within its covered window,
paths that exist; linked parameters move together; the list of what a reform changed.

Used by every reform of the package: `--set` (`openfisca_japan.analysis.microsimulation.systems`) and the
reform modules' parameter files (`openfisca_japan.reforms.apply_overlay`); both apply through `apply_checked_changes`.
"""

from __future__ import annotations

import datetime
import math
import numbers

from openfisca_core import periods
from openfisca_core.parameters import Parameter, ParameterNode

from openfisca_japan.law.coverage import leaf_window, merged

#: Parameters the law links: when a reform changes the first and not the others, the others follow.
#: The category-3 test of the national pension follows the health-insurance dependant criteria
#: (国民年金法 第7条第1項第3号, 国民年金法施行令 第4条: 健康保険法の被扶養者の認定の取扱いを勘案).
LINKED_PARAMETERS = {
    "health_insurance.dependants.income_limit.general": ("national_pension.coverage.category_3_income_limit",),
}

#: Allowed values by `metadata.unit` (the leaf's, or inherited).
RANGES = {
    "/1": (0.0, 1.0, "a rate: a fraction from 0 to 1 (0.183 for 18.3 %)"),
    "currency": (0.0, None, "an amount in yen, >= 0"),
    "month": (0.0, 1200.0, "a number of months, 0 to 1,200"),
    "day": (0.0, 36_600.0, "a number of days, >= 0"),
    "year": (0.0, 150.0, "a number of years (or an age), 0 to 150"),
    "person": (0.0, None, "a number of persons, >= 0"),
}


class ReformInputError(ValueError):
    """A reform value, date or path that the model refuses (bad input: the CLI exits with code 2)."""


def _unit(metadata):
    unit = metadata.get("unit")
    return unit if isinstance(unit, str) else None


def find_leaf(parameters, path):
    """(leaf, metadata merged from the root) of a dotted path; raises ReformInputError naming the path."""
    node, metadata = parameters, merged({}, parameters)
    unit_meta = dict(getattr(parameters, "metadata", None) or {})
    for key in path.split("."):
        children = getattr(node, "children", None)
        if children is None or key not in children:
            close = _close_names(key, list(children or ()))
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise ReformInputError(f"parameter {path!r} does not exist: no {key!r} under {node.name or 'the root'!r}{hint}")
        node = children[key]
        metadata = merged(metadata, node)
        unit_meta.update({k: v for k, v in (getattr(node, "metadata", None) or {}).items() if k == "unit" and v})
    if not isinstance(node, Parameter):
        kind = "a node" if isinstance(node, ParameterNode) else "a scale"
        raise ReformInputError(f"parameter {path!r} is {kind}, not a leaf with dated values: set one of its leaves")
    metadata["unit"] = unit_meta.get("unit")
    return node, metadata


def _close_names(name, candidates):
    import difflib

    return difflib.get_close_matches(name, candidates, n=3, cutoff=0.6)


def check_value(path, leaf, metadata, value):
    """Problems with `value` for `leaf` (a message), or None."""
    existing = [at.value for at in leaf.values_list if at.value is not None]
    if existing and all(isinstance(v, bool) for v in existing):
        return None if isinstance(value, bool) else f"{path} takes true or false, not {value!r}"
    if value is None:
        return f"{path}: no value given (expected {RANGES.get(_unit(metadata), (0, 0, 'a number'))[2]})"
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return f"{path}: {value!r} is not a number"
    number = float(value)
    if not math.isfinite(number):
        return f"{path}: {value!r} is not a finite number"
    unit = _unit(metadata)
    low, high, text = RANGES.get(unit, (None, None, "a finite number"))
    if (low is not None and number < low) or (high is not None and number > high):
        return f"{path}: {value!r} is outside the range of its unit {unit!r}: {text}"
    return None


def check_dates(path, leaf, metadata, start, stop=None):
    """Problems with the dates of a change (a message), or None: it must start within the leaf's covered
    window (a change starting after it would have no effect on any period the model computes)."""
    window = leaf_window(leaf, metadata)
    day = datetime.date.fromisoformat(str(start))
    if window.last is not None and day > window.last:
        return (
            f"{path}: the change starts on {day}, after the last date the model covers for it ({window.last}): "
            f"it would change nothing the model computes; covered: {window.describe()}"
        )
    if stop is not None and datetime.date.fromisoformat(str(stop)) < day:
        return f"{path}: the change ends on {stop}, before it starts on {day}"
    return None


def check_change(parameters, path, history):
    """Check a change [(start, value), ...] of the leaf at `path` (raises ReformInputError with every problem)."""
    leaf, metadata = find_leaf(parameters, path)
    problems = []
    for entry in history:
        start, value, stop = (*entry, None)[:3]
        problems += [p for p in (check_value(path, leaf, metadata, value), check_dates(path, leaf, metadata, start, stop)) if p]
    if problems:
        raise ReformInputError("; ".join(problems))
    return leaf


def with_links(changes):
    """`changes` {path: history} with the linked parameters of each changed path that it does not set."""
    result = dict(changes)
    for source, targets in LINKED_PARAMETERS.items():
        if source in changes:
            for target in targets:
                result.setdefault(target, changes[source])
    return result


def apply_checked_changes(parameters, changes, what):
    """Check every change {path: [(start, value[, stop]), ...]} (one ReformInputError "Invalid <what>: ..." listing
    every problem), then set the leaves in place, the linked parameters following (`with_links`)."""
    problems = []
    for path, history in changes.items():
        try:
            check_change(parameters, path, history)
        except ReformInputError as error:
            problems.append(str(error))
    if problems:
        raise ReformInputError(f"Invalid {what}: " + "; ".join(problems))
    for path, history in with_links(changes).items():
        leaf = find_leaf(parameters, path)[0]
        for entry in history:
            start, value, stop = (*entry, None)[:3]
            leaf.update(start=periods.instant(start), stop=periods.instant(stop) if stop else None, value=value)
    return parameters


def changed_parameters(baseline, reform):
    """[(path, [(date, baseline value, reform value), ...])] of every leaf whose values differ between two
    parameter trees (what a reform changed)."""
    found = []

    def values(leaf):
        return {at.instant_str: at.value for at in leaf.values_list}

    def walk(base, new):
        for key, child in new.children.items():
            other = base.children.get(key) if isinstance(base, ParameterNode) else None
            if isinstance(child, ParameterNode):
                walk(other, child)
            elif isinstance(child, Parameter):
                before = values(other) if isinstance(other, Parameter) else {}
                after = values(child)
                if before != after:
                    dates = sorted(set(before) | set(after))
                    rows = []
                    for date in dates:
                        old = _at(before, date)
                        new_value = _at(after, date)
                        if old != new_value:
                            rows.append((date, old, new_value))
                    found.append((child.name, rows))

    walk(baseline, reform)
    return found


def _at(values, date):
    """Value in force on `date` in {instant: value}."""
    known = [d for d in values if d <= date]
    return values[max(known)] if known else None


def describe_changes(baseline, reform):
    """Lines naming every parameter a reform changed, with the dates and values."""
    lines = []
    for path, rows in changed_parameters(baseline, reform):
        parts = [f"{date}: {old!r} -> {new!r}" for date, old, new in rows[:4]]
        more = f" (+{len(rows) - 4} more)" if len(rows) > 4 else ""
        lines.append(f"{path}: {'; '.join(parts)}{more}")
    return lines
