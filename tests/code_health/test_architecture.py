"""The architecture of the package, checked: which wing may import which, no import cycles, no patching.

Wings (docs/CONTRIBUTING.md, "Layout"):
- the law: variables/, reforms/, openfisca_japan/law/ (and the shared openfisca_japan/entities.py,
  enums.py, paths.py): it never imports the edge, the analysis, the CLI or the tools;
- the edge (openfisca_japan/edge/): never the analysis, the CLI or the tools;
- the analysis (openfisca_japan/analysis/): never the CLI or the tools.
`openfisca_japan/system.py` and `openfisca_japan/__init__.py` compose the law with the edge.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "openfisca_japan"

FORBIDDEN = {
    "law": ("openfisca_japan.edge", "openfisca_japan.analysis", "openfisca_japan.cli", "openfisca_japan.tools", "openfisca_japan.system"),
    "edge": ("openfisca_japan.analysis", "openfisca_japan.cli", "openfisca_japan.tools"),
    "analysis": ("openfisca_japan.cli", "openfisca_japan.tools"),
}
SHARED_LAW_MODULES = ("entities.py", "enums.py", "paths.py")


def module_name(path):
    if path.is_relative_to(PACKAGE):
        parts = ["openfisca_japan", *path.relative_to(PACKAGE).with_suffix("").parts]
    else:  # variables/, reforms/ are installed as openfisca_japan.variables / .reforms
        parts = ["openfisca_japan", *path.relative_to(ROOT).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def wing_files():
    wings = {"law": [], "edge": [], "analysis": []}
    wings["law"] += sorted((ROOT / "variables").rglob("*.py")) + sorted((ROOT / "reforms").rglob("*.py"))
    wings["law"] += sorted((PACKAGE / "law").rglob("*.py")) + [PACKAGE / name for name in SHARED_LAW_MODULES]
    wings["edge"] += sorted((PACKAGE / "edge").rglob("*.py"))
    wings["analysis"] += sorted((PACKAGE / "analysis").rglob("*.py"))
    return wings


def imported_modules(path):
    """Every openfisca_japan module imported by a file, at any depth of its code (lazy imports too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name.startswith("openfisca_japan")}


@pytest.mark.parametrize("wing", sorted(FORBIDDEN))
def test_wing_imports_follow_the_dependency_rule(wing):
    offences = []
    for path in wing_files()[wing]:
        for name in sorted(imported_modules(path)):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[wing]):
                offences.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not offences, f"the {wing} wing imports what it must not:\n" + "\n".join(offences)


def test_no_import_cycles():
    files = [p for p in PACKAGE.rglob("*.py")] + list((ROOT / "reforms").rglob("*.py"))
    modules = {module_name(path): path for path in files}
    graph = {}
    for name, path in modules.items():
        targets = set()
        for imported in imported_modules(path):
            # `from package import module` names a module; `from module import name` the module itself
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name and imported != "openfisca_japan":
                targets.add(imported)
        graph[name] = targets
    cycles = []
    state = {}

    def visit(node, stack):
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                cycles.append(" -> ".join([*stack[stack.index(target):], target]))
            elif target not in state:
                visit(target, [*stack, target])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


NO_PATCH_SCRIPT = r"""
import importlib, pkgutil, sys
import openfisca_core, openfisca_web_api

def load_all(package):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".tests" in info.name or info.name.endswith("scripts.serve") or ".scripts." in info.name:
            continue
        try:
            importlib.import_module(info.name)
        except Exception:
            pass

load_all(openfisca_core)
load_all(openfisca_web_api)

def snapshot():
    seen = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith(("openfisca_core", "openfisca_web_api")) or module is None:
            continue
        for attribute, value in list(vars(module).items()):
            seen[(name, attribute)] = id(value)
            if isinstance(value, type) and value.__module__ == name:
                for key, member in list(vars(value).items()):
                    seen[(name, attribute, key)] = id(member)
    return seen

before = snapshot()
import openfisca_japan
import openfisca_japan.paths
from openfisca_japan.edge.web_api import create_app
system = openfisca_japan.CountryTaxBenefitSystem()
create_app(system)
for info in pkgutil.walk_packages([str(openfisca_japan.paths.PACKAGE_DIR)], "openfisca_japan."):
    importlib.import_module(info.name)
importlib.import_module("openfisca_japan.reforms")
for info in pkgutil.iter_modules(openfisca_japan.reforms.__path__, "openfisca_japan.reforms."):
    importlib.import_module(info.name)
after = snapshot()
changed = sorted(str(key) for key in before if key in after and before[key] != after[key])
print("\n".join(changed))
sys.exit(1 if changed else 0)
"""


def test_importing_the_package_patches_nothing_in_openfisca():
    """Every attribute of every openfisca-core and openfisca-web-api module and class is the same object
    before and after importing every module of this package, building the system and the web app."""
    done = subprocess.run([sys.executable, "-c", NO_PATCH_SCRIPT], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, "changed by importing openfisca_japan:\n" + done.stdout + done.stderr[-3000:]
