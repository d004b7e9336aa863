#!/usr/bin/env bash
# Build a real wheel, install it into a fresh virtual environment outside the source tree and compute
# with it: proves that parameters/, variables/ and reforms/ ship inside the package.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -rf "$here/build"
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
# A premium from the installed wheel: Kyokai Kenpo FY2025 Mie 9.99% + care 1.59% on 300,000 → 17,370 deducted.
sim = SimulationBuilder().build_from_entities(tbs, {
    "persons": {"a": {"age": {"2025-06": 40}, "monthly_wage": {"2025-06": 300000}}},
    "employers": {"e": {"employees": ["a"], "health_insurer": {"2025-06": "kyokai_kenpo"},
                        "employer_prefecture": {"2025-06": "mie"}}},
})
assert sim.calculate("health_and_nursing_care_premium_employee", "2025-06")[0] == 17370
assert sorted(p.name for p in openfisca_japan.SITUATION_EXAMPLES_DIR.glob("*.json")), "situation examples missing"
# The distribution's metadata, and the web API's source links, which the installed API itself serves.
import importlib.metadata
assert importlib.metadata.version("openfisca-japan-social-insurance") == tbs.get_package_metadata()["version"] != "0.0.0"
from openfisca_japan.edge.web_api import create_app
client = create_app(tbs).test_client()
source = client.get("/variable/employees_pension_premium").get_json()["formulas"]
link = next(iter(source.values()))["source"]
served = client.get(link.split("localhost", 1)[1].split("#")[0])
assert served.status_code == 200 and b"class employees_pension_premium" in served.data, link
# The calculator pages and their assets ship in the wheel (package_data), and answer.
from openfisca_japan.edge.web import create_app as create_pages_app
pages = create_pages_app(tbs).test_client()
assert pages.get("/calculators/payslip?lang=ja").status_code == 200
assert pages.get("/assets/app.js").status_code == 200 and pages.get("/assets/style.css").status_code == 200
answer = pages.post("/calculators/payslip/answer", json={"values": {}})
assert answer.status_code == 200, answer.get_data(as_text=True)
print(f"wheel smoke test: {len(tbs.variables)} variables, parameters and reforms load from {root}; the calculator pages answer")
PY
# A web-API-only install: the analysis commands name the extra they need, without a traceback.
if "$work/venv/bin/openfisca-japan" microsim x.parquet 2> "$work/err.txt"; then exit 1; fi
grep -q "pip install 'openfisca-japan-social-insurance\[analysis\]'" "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
if grep -q Traceback "$work/err.txt"; then cat "$work/err.txt"; exit 1; fi
echo "wheel smoke test: a web-API-only install names the analysis extra"
