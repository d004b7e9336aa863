"""What the model covers, from the parameters, and the yearly-update checklist (maintainer tool).

    python -m openfisca_japan.tools.coverage                     # covered dates per scheme
    python -m openfisca_japan.tools.coverage schemes --depth 1   # per top-level folder of parameters/
    python -m openfisca_japan.tools.coverage stale 2027-04-01    # leaves whose value is not known on that date
    python -m openfisca_japan.tools.coverage leaves employment_insurance   # each leaf's window
    python -m openfisca_japan.tools.coverage annotate --write    # add metadata.last_value_still_valid_on

Every leaf is covered from its first value to its `last_value_still_valid_on` (or the day before a trailing
`null`), see `openfisca_japan.law.coverage`. A scheme (a node of parameters/) is covered on a date when every
one of its leaves is: from the latest first value of its leaves to the earliest end. A leaf that starts later
than the others may be a rule introduced then, which the formulas read only from that date: `--verbose`
names the leaves that set each bound. `stale DATE` is the checklist of a yearly update (like openfisca-france's
`last_value_still_valid_on`): every leaf whose newest value is not known to hold on DATE. `annotate` writes the
default `last_value_still_valid_on` (see `default_last_valid`) where a leaf has none, on the file's top-level
`metadata` when every leaf of the file gets the same date, else on each leaf; it never changes a date
already written.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import sys
from pathlib import Path

import yaml
from openfisca_core.parameters import ParameterNode, load_parameter_file

from openfisca_japan.law.coverage import LAST_VALID_KEY, default_last_valid, iter_leaves, leaf_window, value_histories
from openfisca_japan.paths import PARAMETERS_DIR


def load(directory=PARAMETERS_DIR):
    return load_parameter_file(str(directory))


def scheme_of(name, depth):
    parts = name.split(".")
    if parts[0] == "municipal":  # municipal.<municipality>.<scheme>
        depth += 1
    return ".".join(parts[:depth])


def scheme_coverage(root, depth=2):
    """{scheme: {"from": (date, leaf), "until": (date, leaf), "leaves": n, "gaps": [(date, leaf, reason)]}}.

    `first`: the earliest first value of the scheme's leaves (some rules of the scheme compute from then;
    a case that reads a leaf starting later is refused before that leaf's start);
    `from`: the latest first value of the scheme's leaves in force by `until` (every such leaf has a value
    from then; a leaf that starts later than the others may be a rule introduced then; leaves of rules that
    start after `until` are left out); `until`: the earliest date up to which the
    newest values are known (`last_value_still_valid_on`); `gaps`: leaves whose history ends with a `null`
    before that (a value not published or not found: not covered from then); leaves ended by law are left out.
    """
    groups = collections.defaultdict(list)
    for leaf, metadata in iter_leaves(root):
        window = leaf_window(leaf, metadata)
        if window.first is not None:
            groups[scheme_of(leaf.name, depth)].append((leaf.name, window))
    result = {}
    for scheme, leaves in sorted(groups.items()):
        known = [item for item in leaves if item[1].end == LAST_VALID_KEY]
        last = min(known, key=lambda item: item[1].last or datetime.date.max) if known else None
        horizon = last[1].last if last else datetime.date.max
        current = [item for item in leaves if item[1].first <= horizon] or leaves  # leaves of rules in force by then
        first = max(current, key=lambda item: item[1].first)
        earliest = min(leaves, key=lambda item: item[1].first)
        gaps = sorted(
            (window.last, name, window.end)
            for name, window in leaves
            if window.end != LAST_VALID_KEY and not window.ended_by_law and window.last is not None and window.last < horizon
        )
        result[scheme] = {
            "from": (first[1].first, first[0]),
            "first": (earliest[1].first, earliest[0]),
            "until": (last[1].last, last[0]) if last else (None, None),
            "leaves": len(leaves),
            "gaps": gaps,
        }
    return result


def print_schemes(root, depth, verbose):
    rows = scheme_coverage(root, depth)
    width = max(len(name) for name in rows)
    print(f"{'scheme':<{width}}  {'first':<10}  {'all from':<10}  {'until':<10}  leaves  gaps (null: not covered after)")
    for scheme, row in rows.items():
        (first, first_leaf), (last, last_leaf) = row["from"], row["until"]
        earliest = row["first"][0]
        gaps = row["gaps"]
        gap_text = f"{len(gaps)}, the first after {gaps[0][0]}" if gaps else "-"
        print(f"{scheme:<{width}}  {earliest}  {first}  {str(last or 'forever'):<10}  {row['leaves']:>6}  {gap_text}")
        if verbose:
            print(f"{'':<{width}}    first: {row['first'][1]}; all from: {first_leaf}; until: {last_leaf}")
            for day, name, reason in gaps:
                print(f"{'':<{width}}    gap after {day}: {name} ({' '.join(reason.split())[:90]})")


def stale(root, day):
    """(leaf name, Window) of every leaf whose value is not known on `day` (after its window ends)."""
    found = []
    for leaf, metadata in iter_leaves(root):
        window = leaf_window(leaf, metadata)
        if window.first is not None and window.last is not None and window.last < day and not window.ended_by_law:
            found.append((leaf.name, window))
    return sorted(found, key=lambda item: (item[1].last, item[0]))


def print_stale(root, day):
    found = stale(root, day)
    to_update = [(name, window) for name, window in found if window.end == LAST_VALID_KEY]
    uncovered = [(name, window) for name, window in found if window.end != LAST_VALID_KEY]
    print(f"{len(found)} parameter(s) whose last value is not known to hold on {day}.")
    print(f"\n{len(to_update)} to update (last_value_still_valid_on before {day}: publish the new value, or confirm the")
    print("last one and move the date):")
    for name, window in to_update:
        how = " (default: no metadata)" if window.default else ""
        print(f"  {name}: known until {window.last}{how}  [{leaf_file(root, name)}]")
    print(f"\n{len(uncovered)} ending with null (not covered after that: find the value, or mark it ended_by_law):")
    for name, window in uncovered:
        reason = " ".join(window.end.split())
        print(f"  {name}: until {window.last} ({reason[:100]}{'...' if len(reason) > 100 else ''})  [{leaf_file(root, name)}]")


def leaf_file(root, name):
    node = root
    for key in name.split("."):
        node = node.children[key] if isinstance(node, ParameterNode) else node
    path = getattr(node, "file_path", None)
    try:
        return str(Path(path).resolve().relative_to(Path(PARAMETERS_DIR).resolve().parent))
    except (TypeError, ValueError):
        return str(path)


def print_leaves(root, prefix):
    for leaf, metadata in iter_leaves(root):
        if prefix and not leaf.name.startswith(prefix):
            continue
        window = leaf_window(leaf, metadata)
        print(f"{leaf.name}: {window.describe()} ({'default' if window.default else window.end})")


# --- annotate: write the default last_value_still_valid_on where a leaf has none ---------------------------


def _ends_with_null(leaf):
    histories = value_histories(leaf)
    return bool(histories) and all(history and history[0].value is None for history in histories)


def missing_dates(root):
    """{file path: [(leaf name, default date)]} of the leaves without `last_value_still_valid_on` (own or
    inherited) that do not end with null."""
    found = collections.defaultdict(list)
    for leaf, metadata in iter_leaves(root):
        own = (getattr(leaf, "metadata", None) or {}).get(LAST_VALID_KEY)
        if own or metadata.get(LAST_VALID_KEY) or _ends_with_null(leaf):
            continue
        found[str(Path(leaf.file_path).resolve())].append((leaf.name, default_last_valid(leaf)))
    return found


def _file_prefix(path, directory):
    relative = Path(path).resolve().relative_to(Path(directory).resolve()).with_suffix("")
    parts = list(relative.parts)
    if parts and parts[-1] == "index":
        parts = parts[:-1]
    return ".".join(parts)


def _mapping_at(node, keys):
    for key in keys:
        for key_node, value_node in node.value:
            if key_node.value == key:
                node = value_node
                break
        else:
            return None
    return node if isinstance(node, yaml.MappingNode) else None


def _insertion(mapping, date):
    """(line index, text) that adds `last_value_still_valid_on: date` to a block mapping node."""
    for key_node, value_node in mapping.value:
        if key_node.value == "metadata":
            if not isinstance(value_node, yaml.MappingNode) or value_node.flow_style or not value_node.value:
                return None
            column = value_node.start_mark.column
            return value_node.start_mark.line, f"{' ' * column}{LAST_VALID_KEY}: {date}\n"
    keys = [k for k, _ in mapping.value if k.value not in ("description", "documentation")]
    if not keys:
        return None
    column = keys[0].start_mark.column
    return keys[0].start_mark.line, f"{' ' * column}metadata:\n{' ' * (column + 2)}{LAST_VALID_KEY}: {date}\n"


def annotate(root, directory=PARAMETERS_DIR, write=False):
    """Add the default `last_value_still_valid_on` where it is missing; returns the lines of a report."""
    report = []
    for path, leaves in sorted(missing_dates(root).items()):
        text = Path(path).read_text(encoding="utf-8")
        document = yaml.compose(text)
        prefix = _file_prefix(path, directory)
        dates = {date for _, date in leaves}
        all_leaves_of_file = [leaf for leaf, _ in iter_leaves(root) if str(Path(leaf.file_path).resolve()) == path]
        insertions = []
        if len(dates) == 1 and len(leaves) == len([leaf for leaf in all_leaves_of_file if not _ends_with_null(leaf)]):
            found = _insertion(document, dates.pop()) if isinstance(document, yaml.MappingNode) else None
            if found:
                insertions.append(found)
                report.append(f"{Path(path).name}: {len(leaves)} leaves, file metadata {leaves[0][1]}")
        if not insertions:
            for name, date in leaves:
                keys = name[len(prefix) + 1 :].split(".") if name != prefix else []
                mapping = _mapping_at(document, keys)
                found = _insertion(mapping, date) if mapping is not None else None
                if found is None:
                    report.append(f"{Path(path).name}: {name}: cannot insert (no block mapping): add it by hand")
                    continue
                insertions.append(found)
                report.append(f"{Path(path).name}: {name}: {date}")
        if write and insertions:
            lines = text.splitlines(keepends=True)
            for line, added in sorted(insertions, reverse=True):
                lines.insert(line, added)
            Path(path).write_text("".join(lines), encoding="utf-8")
    return report


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m openfisca_japan.tools.coverage", description=__doc__.split("\n\n")[0])
    parser.add_argument("--parameters", default=str(PARAMETERS_DIR), help="parameters directory")
    sub = parser.add_subparsers(dest="command")
    schemes = sub.add_parser("schemes", help="covered dates per scheme (default)")
    schemes.add_argument("--depth", type=int, default=2, help="levels of the parameter tree that make a scheme (default 2)")
    schemes.add_argument("--verbose", "-v", action="store_true", help="name the leaves that set each bound")
    stale_parser = sub.add_parser("stale", help="leaves whose last value is not known to hold on DATE")
    stale_parser.add_argument("date", type=datetime.date.fromisoformat, help="YYYY-MM-DD, e.g. 2027-04-01")
    leaves = sub.add_parser("leaves", help="the window of every leaf (under PREFIX)")
    leaves.add_argument("prefix", nargs="?", default="")
    annotate_parser = sub.add_parser("annotate", help="add the default last_value_still_valid_on where missing")
    annotate_parser.add_argument("--write", action="store_true", help="write the files (default: only list)")
    args = parser.parse_args(argv)
    root = load(args.parameters)
    if args.command in (None, "schemes"):
        print_schemes(root, getattr(args, "depth", 2), getattr(args, "verbose", False))
    elif args.command == "stale":
        print_stale(root, args.date)
    elif args.command == "leaves":
        print_leaves(root, args.prefix)
    elif args.command == "annotate":
        report = annotate(root, args.parameters, args.write)
        print("\n".join(report) or "every leaf has last_value_still_valid_on (own, inherited, or a trailing null)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into `head`
        sys.exit(0)
