"""Parameter integrity check (run by `make test`).

Every parameter leaf (a value history or a scale) must carry what a legal expert needs to verify it:
- a label with the Japanese legal term: `description` or `metadata.label`, and Japanese text in it or in
  an ancestor's label;
- `metadata.reference`: an official URL and/or law article (on the leaf, an ancestor node, or every value);
- `metadata.unit` (for scales: `threshold_unit` and `amount_unit` or `rate_unit`);
- effective dates in strictly increasing order.

Metadata is inherited from ancestor nodes (a folder's index.yaml or a file's top-level metadata), so that a
table of 47 prefectural rates can state its source once.

Usage: python -m openfisca_japan.tools.check_parameters [PARAMETERS_DIR]
"""

import re
import sys
from pathlib import Path

from openfisca_core.parameters import Parameter, ParameterNode, Scale, load_parameter_file

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


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
    if not has_reference:
        problems.append("no metadata.reference (official URL and/or law article)")
    return [f"{_where(node)}: {p}" for p in problems]


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
    directory = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "parameters"
    root = load_parameter_file(str(directory))
    leaves = []

    def count(node):
        if isinstance(node, (Parameter, Scale)):
            leaves.append(node)
        elif isinstance(node, ParameterNode):
            for child in node.children.values():
                count(child)

    count(root)
    problems = check_node(root)
    for problem in problems:
        print(f"PARAMETER CHECK: {problem}", file=sys.stderr)
    print(f"check_parameters: {len(leaves)} leaves, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
