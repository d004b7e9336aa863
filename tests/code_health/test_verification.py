"""Every parameter value says how it was verified (the evidence rule, issue 15; docs/CONTRIBUTING.md).

A value's effective verification is its own `metadata.verification`, else its leaf's, else the nearest
ancestor's (a file's top-level metadata, then the folders' index.yaml). It must start with one of:

- `official:`  the official document was read (title / URL, date);
- `N agreeing transcriptions` or `N agreeing machine extractions` (N >= 2) of the official document;
- `derived:`   computed from other verified values under a named article (the arithmetic written out);
- `statutory:` a constant written in the text of the law article named (e-Gov reference);
- `insurer:`   an insurer's own published rate or rule;

or the value is null (nothing is encoded: `make check-parameters` requires its `metadata.not_covered` or
`ended_by_law` where the history stops).
Read as plain YAML (no openfisca load), so the test stays well under a second.
"""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
PARAMETERS = ROOT / "parameters"
CANONICAL = re.compile(
    r"^(official:|([2-9]|\d{2,}) agreeing (transcriptions|machine extractions)\b|derived:|statutory:|insurer:)"
)
# Files or folders left out of the check (none: every tree is enforced since 2026-12-03).
SKIPPED: tuple[str, ...] = ()
# Values still without an admissible verification, to be resolved (listed in docs/CONTRIBUTING.md, "Evidence"):
# a file may be listed only while its notes wait for a decision or are being completed on a branch.
PENDING: set[str] = set()  # emptied 2026-12-03: Tsu's and Yokkaichi's single-transcription grade tables nulled
NODE_KEYS = {"description", "metadata", "documentation"}
LEAF_KEYS = {"values", "brackets"}


def _meta(node):
    return node.get("metadata") or {} if isinstance(node, dict) else {}


def _values(history):
    """(date, value entry) of a `values:` mapping or a bracket part written as dates."""
    for date, entry in (history or {}).items():
        yield str(date), entry if isinstance(entry, dict) else {"value": entry}


def _problems(node, where, inherited):
    meta = _meta(node)
    note = meta.get("verification") or inherited
    if isinstance(node, dict) and (LEAF_KEYS & set(node)):
        histories = [("", node.get("values"))] + [
            (f"brackets.{i}.{part}", bracket[part])
            for i, bracket in enumerate(node.get("brackets") or [])
            for part in ("threshold", "amount", "rate", "average_rate", "base")
            if isinstance(bracket.get(part), dict)
        ]
        for part, history in histories:
            for date, entry in _values(history):
                own = _meta(entry)
                effective = own.get("verification") or note
                if entry.get("value") is None:
                    continue  # no value encoded; its reason (not_covered / ended_by_law) is checked by check_parameters
                if not CANONICAL.match(str(effective or "")):
                    yield f"{where}{part} {date}: {str(effective)[:80]!r}"
        return
    if isinstance(node, dict):
        for key, child in node.items():
            if key not in NODE_KEYS and isinstance(child, dict):
                yield from _problems(child, f"{where}{key}.", note)


def _folder_note(path):
    note = None
    for folder in reversed([*path.relative_to(PARAMETERS).parents][:-1]):
        index = PARAMETERS / folder / "index.yaml"
        if index.is_file():
            note = _meta(yaml.load(index.read_text(encoding="utf-8"), Loader=_LOADER)).get("verification") or note
    return note


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _audited_files():
    for path in sorted(PARAMETERS.rglob("*.yaml")):
        relative = path.relative_to(PARAMETERS)
        name = relative.as_posix()
        skipped = any(name == s or name.startswith(s + "/") for s in SKIPPED)
        if skipped or name in PENDING or path.name == "index.yaml":
            continue
        yield path, relative


def test_every_parameter_value_has_a_canonical_verification():
    problems = []
    for path, relative in _audited_files():
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        problems += [f"{relative}: {p}" for p in _problems(data, "", _folder_note(path))]
    assert not problems, "values whose verification is not canonical (docs/CONTRIBUTING.md, 'Evidence'):\n" + "\n".join(
        problems
    )


def test_pending_list_holds_only_files_still_pending():
    cleared = []
    for relative in sorted(PENDING):
        path = PARAMETERS / relative
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        if not list(_problems(data, "", _folder_note(path))):
            cleared.append(relative)
    assert not cleared, f"remove from PENDING (now fully verified): {cleared}"
