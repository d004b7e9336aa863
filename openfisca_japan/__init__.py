"""openfisca-japan: Japan's social insurance system as code (an OpenFisca country package)."""

from pathlib import Path

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_japan import entities, validation
from openfisca_japan.validation import SUPPORTED_PERIOD_END, SUPPORTED_PERIOD_START

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent

# In a wheel, parameters/, variables/ and reforms/ are installed inside this package.
# In a source checkout (editable install, `make test`), they are top-level folders beside it:
# extend the package path so that `openfisca_japan.reforms` resolves in both layouts.
if not (_PACKAGE_DIR / "variables").is_dir() and (_SOURCE_ROOT / "variables").is_dir():
    __path__.append(str(_SOURCE_ROOT))  # noqa: F821 (module __path__)
    _DATA_ROOT = _SOURCE_ROOT
else:
    _DATA_ROOT = _PACKAGE_DIR

PARAMETERS_DIR = _DATA_ROOT / "parameters"
VARIABLES_DIR = _DATA_ROOT / "variables"
SITUATION_EXAMPLES_DIR = _PACKAGE_DIR / "situation_examples"


class CountryTaxBenefitSystem(validation.ValidatingSystemMixin, TaxBenefitSystem):
    """The Japanese social insurance tax-benefit system.

    Inputs are checked at the model's edge (`openfisca_japan.validation`): bad values, periods outside
    SUPPORTED_PERIOD_START..SUPPORTED_PERIOD_END and malformed situations raise `InputValidationError`.
    """

    CURRENCY = "¥"

    def __init__(self):
        super().__init__(entities.entities)
        self.add_variables_from_directory(str(VARIABLES_DIR))
        self.load_parameters(str(PARAMETERS_DIR))


# The web API (`openfisca serve`) checks whole situations and answers 400, never 500, on bad input;
# persons without a group of some entity get that entity's defaults (an openfisca-core 46 bug fix).
validation.install_web_api_hook()
validation.install_simulation_builder_fix()

__all__ = [
    "CountryTaxBenefitSystem",
    "SUPPORTED_PERIOD_START",
    "SUPPORTED_PERIOD_END",
    "PARAMETERS_DIR",
    "VARIABLES_DIR",
    "SITUATION_EXAMPLES_DIR",
]
