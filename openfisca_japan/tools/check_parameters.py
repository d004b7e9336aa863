"""Parameter integrity check (run by `make test`).

Every parameter leaf (a value history or a scale) must carry what a legal expert needs to verify it:
- a label with the Japanese legal term: `description` or `metadata.label`, and Japanese text in it or in
  an ancestor's label;
- `metadata.reference`: an official URL and/or law article (on the leaf, an ancestor node, or every value);
- `metadata.unit` (for scales: `threshold_unit` and `amount_unit` or `rate_unit`);
- effective dates in strictly increasing order (as written in the YAML file, and without duplicates);
- `metadata.last_value_still_valid_on` (own or inherited), the last date its newest value is known to hold
  (the coverage contract, `openfisca_japan.law.coverage`), not before that value's date; a leaf whose
  history ends with `null` ends there instead. `python -m openfisca_japan.tools.coverage annotate --write`
  adds the default where it is missing;
- no expiry before the end of the fiscal year in progress: a leaf whose last value is `null` (the
  value stops) at or before `DEFAULT_LAST_VALID` (`openfisca_japan.law.coverage`, end of FY2026) must say why,
  with `metadata.ended_by_law: <law and article, or URL>` (the law abolished it) or
  `metadata.not_covered: <reason>` (the official value is not published or not confirmed: a documented
  gap, also listed in the scheme's doc page under "Not covered"). The same applies to each bracket of a
  scale.

Metadata is inherited from ancestor nodes (a folder's index.yaml or a file's top-level metadata), so that a
table of 47 prefectural rates can state its source once.

Usage: python -m openfisca_japan.tools.check_parameters [PARAMETERS_DIR]
"""

import datetime
import re
import sys
from pathlib import Path

import yaml
from openfisca_core.parameters import Parameter, ParameterNode, Scale, load_parameter_file

from openfisca_japan.law.coverage import DEFAULT_LAST_VALID, LAST_VALID_KEY, _date
from openfisca_japan.paths import PARAMETERS_DIR

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
END_MARKERS = ("ended_by_law", "not_covered")


def _merged(parent_meta, node):
    meta = dict(parent_meta)
    meta.update({k: v for k, v in (getattr(node, "metadata", None) or {}).items() if v not in (None, "", [])})
    return meta


def _label(node):
    return (getattr(node, "metadata", None) or {}).get("label") or getattr(node, "description", None) or ""


def _where(node):
    return f"{node.name} ({getattr(node, 'file_path', '?')})"


def check_leaf(node, meta, labels):
    problems = []
    own_label = _label(node)
    if not own_label:
        problems.append("no label: add `description` or `metadata.label`")
    if not any(JAPANESE.search(text) for text in [own_label, *labels]):
        problems.append("label has no Japanese legal term (e.g. 'Premium rate (保険料率)')")
    if isinstance(node, Scale):
        if not meta.get("threshold_unit") or not (meta.get("amount_unit") or meta.get("rate_unit")):
            problems.append("scale without metadata.threshold_unit and amount_unit/rate_unit")
        has_reference = bool(meta.get("reference"))
    else:
        if not (meta.get("unit") or getattr(node, "unit", None)):
            problems.append("no metadata.unit")
        values = node.values_list  # newest first
        every_value_referenced = bool(values) and all((v.metadata or {}).get("reference") for v in values)
        has_reference = bool(meta.get("reference") or getattr(node, "reference", None) or every_value_referenced)
        instants = [v.instant_str for v in values]
        if len(set(instants)) != len(instants):
            problems.append(f"duplicate effective dates {instants}")
        problems += check_expiry(values, meta)
    if isinstance(node, Scale):
        for index, bracket in enumerate(node.brackets):
            for key in ("threshold", "amount", "rate", "average_rate", "base"):
                part = getattr(bracket, key, None)
                if isinstance(part, Parameter):
                    problems += [f"bracket {index} {key}: {p}" for p in check_expiry(part.values_list, meta)]
    if not has_reference:
        problems.append("no metadata.reference (official URL and/or law article)")
    problems += check_last_valid(node, meta)
    return [f"{_where(node)}: {p}" for p in problems]


def check_expiry(values, meta):
    """A value history (newest first) must not stop before DEFAULT_LAST_VALID without a stated reason."""
    if not values or values[0].value is not None:
        return []
    end = datetime.date.fromisoformat(values[0].instant_str)
    if end > DEFAULT_LAST_VALID:
        return []
    if any(meta.get(marker) for marker in END_MARKERS):
        return []
    return [
        f"the value stops (null) on {end}, before the end of the fiscal year in progress ({DEFAULT_LAST_VALID}): "
        "add `metadata.ended_by_law: <law/article>` if the law ended it, or `metadata.not_covered: <reason>` "
        "if the official value is not published yet (and list it under 'Not covered' in the doc page)"
    ]


def check_last_valid(node, meta):
    """`last_value_still_valid_on` present (own or inherited) unless the history ends with null, a date, and
    not before the newest value."""
    from openfisca_japan.law.coverage import value_histories

    histories = value_histories(node)
    ends_with_null = bool(histories) and all(h and h[0].value is None for h in histories)
    declared = meta.get(LAST_VALID_KEY)
    if declared in (None, ""):
        if ends_with_null:
            return []
        return [f"no metadata.{LAST_VALID_KEY} (the last date its newest value is known to hold; run "
                "`python -m openfisca_japan.tools.coverage annotate --write` for the default)"]  # fmt: skip
    try:
        last = _date(declared)
    except (TypeError, ValueError):
        return [f"metadata.{LAST_VALID_KEY} {declared!r} is not a date YYYY-MM-DD"]
    newest = max((v.instant_str for h in histories for v in h if v.value is not None), default=None)
    if newest and last < datetime.date.fromisoformat(newest) and not ends_with_null:
        return [f"metadata.{LAST_VALID_KEY} {last} is before its newest value ({newest})"]
    return []


def check_file_order(directory):
    """Effective dates written in increasing order in every YAML file (openfisca sorts them silently)."""
    problems = []
    for path in sorted(Path(directory).rglob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            problems.append(f"{path}: unreadable YAML: {error}")
            continue
        problems += [f"{path}: {p}" for p in _dates_in_order(data, [])]
    return problems


def _dates_in_order(data, where):
    problems = []
    if isinstance(data, dict):
        keys = list(data)
        if keys and all(isinstance(k, datetime.date) for k in keys):
            if any(b <= a for a, b in zip(keys, keys[1:], strict=False)):
                problems.append(f"{'.'.join(where) or '(top)'}: dates not in increasing order {[str(k) for k in keys]}")
        for key, value in data.items():
            problems += _dates_in_order(value, [*where, str(key)])
    elif isinstance(data, list):
        for index, value in enumerate(data):
            problems += _dates_in_order(value, [*where, str(index)])
    return problems


def check_node(node, parent_meta=None, labels=()):
    meta = _merged(parent_meta or {}, node)
    if isinstance(node, (Parameter, Scale)):
        return check_leaf(node, meta, labels)
    problems = []
    if isinstance(node, ParameterNode):
        for child in node.children.values():
            problems += check_node(child, meta, (*labels, _label(node)))
    return problems


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    directory = Path(argv[0]) if argv else PARAMETERS_DIR
    root = load_parameter_file(str(directory))
    leaves = []

    def count(node):
        if isinstance(node, (Parameter, Scale)):
            leaves.append(node)
        elif isinstance(node, ParameterNode):
            for child in node.children.values():
                count(child)

    count(root)
    problems = check_node(root) + check_file_order(directory)
    for problem in problems:
        print(f"PARAMETER CHECK: {problem}", file=sys.stderr)
    print(f"check_parameters: {len(leaves)} leaves, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
