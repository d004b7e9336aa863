"""Where the model's files are: parameters/, variables/ and reforms/ ship inside the package in a wheel, and
are top-level folders beside it in a source checkout (see `openfisca_japan/__init__.py`)."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SOURCE_ROOT = PACKAGE_DIR.parent
DATA_ROOT = PACKAGE_DIR if (PACKAGE_DIR / "variables").is_dir() else SOURCE_ROOT

PARAMETERS_DIR = DATA_ROOT / "parameters"
VARIABLES_DIR = DATA_ROOT / "variables"
REFORMS_DIR = DATA_ROOT / "reforms"
SITUATION_EXAMPLES_DIR = PACKAGE_DIR / "situation_examples"
DATA_DIR = PACKAGE_DIR / "data"
