#!/usr/bin/env bash
# Build a real wheel, install it into a fresh virtual environment outside the source tree and compute
# with it: proves that parameters/, variables/ and reforms/ ship inside the package.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/.venv/bin/python" -m build --wheel --outdir "$work/dist" "$here" > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet "$work"/dist/*.whl
cd "$work"
"$work/venv/bin/python" - <<'PY'
import openfisca_japan
from openfisca_core.simulations import SimulationBuilder

root = openfisca_japan.__file__.rsplit("/", 1)[0]
assert "site-packages" in root, root
assert str(openfisca_japan.VARIABLES_DIR).startswith(root), openfisca_japan.VARIABLES_DIR
tbs = openfisca_japan.CountryTaxBenefitSystem()
sim = SimulationBuilder().build_from_entities(tbs, {"persons": {"a": {"birth_date": {"ETERNITY": "1985-04-01"}}}})
assert sim.calculate("age", "2025-03")[0] == 40
import openfisca_japan.reforms  # noqa: F401  (reforms ship in the wheel)
print(f"wheel smoke test: {len(tbs.variables)} variables, parameters and reforms load from {root}")
PY
