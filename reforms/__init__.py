"""Reforms of openfisca-japan: one module per reform, each a small openfisca `Reform`.

Every reform here changes parameters only. Its new values are themselves parameters: a YAML file beside
the module (`<module>.yaml`) mirrors the paths of the law's parameter tree, with `description`, `metadata`
(label, reference, unit) and dated `values`, like the law's own parameters. `OverlayReform` sets each
law leaf to the reform's values from their dates on. A reform works on a deep copy of the baseline
parameters (openfisca's `Reform.modify_parameters`), so it never leaks into another simulation.

Use: `openfisca-japan microsim --reform dependant_income_cap`, YAML tests with
`reforms: [openfisca_japan.reforms.dependant_income_cap.reform]`, or in Python
`CountryTaxBenefitSystem()` → `reform(baseline)`; other values without editing YAML:
`dependant_income_cap.build_reform({"health_insurance.dependants.income_limit.general": 1_500_000})`.
"""

from __future__ import annotations

from pathlib import Path

from openfisca_core.parameters import Parameter, ParameterNode, load_parameter_file

from openfisca_japan.law.model import CountryReform
from openfisca_japan.law.reform_checks import ReformInputError, apply_checked_changes, find_leaf

_HERE = Path(__file__).resolve().parent


def law_leaf(parameters, path):
    """The law's leaf at a dotted path (ReformInputError naming the path when there is none)."""
    return find_leaf(parameters, path)[0]


def overlay_leaves(overlay: ParameterNode):
    """(law path, [(start, value), ...] oldest first) for each leaf of a reform's parameter file."""
    prefix = overlay.name + "." if overlay.name else ""
    for descendant in overlay.get_descendants():
        if isinstance(descendant, Parameter):
            history = sorted(((at.instant_str, at.value) for at in descendant.values_list), key=lambda item: item[0])
            yield descendant.name[len(prefix):], history


def apply_overlay(parameters, overlay: ParameterNode, overrides=None):
    """Set the law leaves named by the overlay's leaves (and `overrides`: {path: value or [(start, value)]})."""
    changes = dict(overlay_leaves(overlay))
    for path, value in (overrides or {}).items():
        if isinstance(value, list | tuple):
            changes[path] = list(value)
        else:
            if path not in changes:
                raise ReformInputError(f"Reform override {path!r}: give [(start, value)] for a path the reform does not set")
            changes[path] = [(start, value) for start, _ in changes[path]]
    return apply_checked_changes(parameters, changes, "reform")


def load_overlay(name):
    """The parameter file `reforms/<name>.yaml` as a ParameterNode (validated by openfisca's loader)."""
    return load_parameter_file(str(_HERE / f"{name}.yaml"), name="")


class OverlayReform(CountryReform):
    """A reform that sets law parameters to the values of its own parameter file."""

    overlay_name: str = ""
    overrides: dict | None = None

    def apply(self):
        overlay = load_overlay(self.overlay_name)
        self.modify_parameters(modifier_function=lambda parameters: apply_overlay(parameters, overlay, self.overrides))


def overlay_reform(overlay_name, label, overrides=None):
    """A Reform class for `reforms/<overlay_name>.yaml`, with optional overrides of its values."""
    return type(
        overlay_name,
        (OverlayReform,),
        {"overlay_name": overlay_name, "overrides": dict(overrides or {}), "name": label},
    )
