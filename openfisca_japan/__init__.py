"""openfisca-japan: Japan's social insurance system as code (an OpenFisca country package).

Importing the package changes nothing in openfisca-core or its web API: the model's own behaviour lives in
its own classes (`CountryTaxBenefitSystem`, `SimulationBuilder`, the web API's `create_app`). The layout
of the package is described in docs/CONTRIBUTING.md (wings: law, edge, analysis, cli).
"""

from openfisca_japan.paths import DATA_ROOT, PARAMETERS_DIR, SITUATION_EXAMPLES_DIR, SOURCE_ROOT, VARIABLES_DIR

# In a wheel, parameters/, variables/ and reforms/ are installed inside this package. In a source checkout
# (editable install, `make test`) they are top-level folders beside it: extend the package path so that
# `openfisca_japan.reforms` resolves in both layouts.
if DATA_ROOT == SOURCE_ROOT:
    __path__.append(str(SOURCE_ROOT))  # noqa: F821 (module __path__)

from openfisca_japan.edge.simulation_builder import SimulationBuilder  # noqa: E402
from openfisca_japan.law.coverage import SUPPORTED_PERIOD_END, SUPPORTED_PERIOD_START  # noqa: E402
from openfisca_japan.system import CountryTaxBenefitSystem  # noqa: E402

__all__ = [
    "CountryTaxBenefitSystem",
    "SimulationBuilder",
    "SUPPORTED_PERIOD_START",
    "SUPPORTED_PERIOD_END",
    "PARAMETERS_DIR",
    "VARIABLES_DIR",
    "SITUATION_EXAMPLES_DIR",
]
