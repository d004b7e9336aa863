"""Code health of the law: metadata on every variable, one concept per file, short formulas, clean references.

Rules (docs/CONTRIBUTING.md):
- every variable has a label in English with the Japanese legal term, a `reference` (an e-Gov article or an
  official page; never a blog, a web cache or a Q&A site) and, when it is an amount, count or rate, a `unit`;
- a variable file holds one concept: at most MAX_VARIABLES_PER_FILE variables (e.g. a premium and its employee
  and employer shares);
- every function of variables/ and of openfisca_japan/law/ (a formula or a named step) has at most
  MAX_FUNCTION_LINES lines;
- every variable file with a formula has its tests at the same path under tests/ (a YAML file or a folder
  of that name, e.g. for the published examples of a source);
- parameter reference titles say what the source is, not working notes (those go in metadata.verification).
"""

import ast
import re
from pathlib import Path

import pytest
import yaml

from openfisca_japan import CountryTaxBenefitSystem

ROOT = Path(__file__).resolve().parents[2]
VARIABLES = ROOT / "variables"
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
MAX_VARIABLES_PER_FILE = 4
MAX_FUNCTION_LINES = 30
UNITS = {"currency-JPY", "/1", "/100000", "year", "month", "day", "hour", "week", "person", "count"}
NOT_A_SOURCE = re.compile(
    r"blog|note\.com|hatena|ameblo|qiita|chiebukuro|okwave|webcache|cachedview|archive\.(org|ph|today)|wikipedia|github\.com",
    re.IGNORECASE,
)
WORKING_NOTES = re.compile(
    r"corpus|as quoted|not opened|not stored|searchable|as given by|transcription|not found|unverified|TODO", re.IGNORECASE
)


@pytest.fixture(scope="module")
def system():
    return CountryTaxBenefitSystem()


def _variables(system):
    return sorted(system.variables.values(), key=lambda v: v.name)


def test_every_variable_has_a_label_with_the_japanese_term(system):
    bad = [v.name for v in _variables(system) if not v.label or not JAPANESE.search(v.label)]
    assert not bad, f"variables without an English label with the Japanese term: {bad}"


def test_every_variable_has_an_official_reference(system):
    missing = [v.name for v in _variables(system) if not v.reference]
    unofficial = [(v.name, r) for v in _variables(system) for r in (v.reference or []) if NOT_A_SOURCE.search(str(r))]
    assert not missing, f"variables without reference: {missing}"
    assert not unofficial, f"references that are not official sources: {unofficial}"


def test_every_amount_count_or_rate_has_a_unit(system):
    bad = [v.name for v in _variables(system) if v.value_type in (float, int) and v.unit not in UNITS]
    assert not bad, f"numeric variables without a unit in {sorted(UNITS)}: {bad}"


def _variable_classes(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n for n in tree.body if isinstance(n, ast.ClassDef) and any(getattr(b, "id", None) == "Variable" for b in n.bases)]


def _has_formula(path):
    return any(
        isinstance(item, ast.FunctionDef) and item.name.startswith("formula")
        for node in _variable_classes(path)
        for item in node.body
    )


def test_one_concept_per_variable_file():
    crowded = {str(p.relative_to(ROOT)): len(_variable_classes(p)) for p in VARIABLES.rglob("*.py") if len(_variable_classes(p)) > MAX_VARIABLES_PER_FILE}
    assert not crowded, f"files with more than {MAX_VARIABLES_PER_FILE} variables: {crowded}"


def _long_functions(paths):
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    yield f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)"


def test_formulas_and_law_helpers_are_short():
    paths = list(VARIABLES.rglob("*.py")) + list((ROOT / "openfisca_japan" / "law").rglob("*.py"))
    long = list(_long_functions(paths))
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines (split them into named steps of the law): {long}"


def test_every_variable_file_has_tests_at_the_same_path():
    missing = []
    for path in VARIABLES.rglob("*.py"):
        if not _has_formula(path):
            continue
        relative = path.relative_to(VARIABLES).with_suffix("")
        test_file, test_folder = ROOT / "tests" / relative.with_suffix(".yaml"), ROOT / "tests" / relative
        if not test_file.is_file() and not (test_folder.is_dir() and any(test_folder.rglob("*.yaml"))):
            missing.append(str(relative))
    assert not missing, f"variable files without tests/<same path>.yaml: {missing}"


def _references(data, where=()):
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "reference" and isinstance(value, list):
                for item in value:
                    yield where, item
            else:
                yield from _references(value, (*where, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _references(value, (*where, str(index)))


def test_parameter_reference_titles_hold_no_working_notes():
    bad = []
    for path in sorted((ROOT / "parameters").rglob("*.yaml")):
        for where, item in _references(yaml.safe_load(path.read_text(encoding="utf-8"))):
            title = item.get("title", "") if isinstance(item, dict) else str(item)
            if WORKING_NOTES.search(title):
                bad.append(f"{path.relative_to(ROOT)} {'.'.join(where)}: {title}")
    assert not bad, "reference titles with working notes (move them to metadata.verification):\n" + "\n".join(bad)
