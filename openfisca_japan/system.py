"""`CountryTaxBenefitSystem`: the law (variables/, parameters/) composed with the edge's input checks.

This module is where the wings meet: the law never imports the edge, so it is here that the system says
which populations to create (the edge's guarded populations, which check every input array).
"""

import importlib.metadata
import json
import os

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_japan import entities
from openfisca_japan.edge.populations import GuardedGroupPopulation, GuardedPopulation
from openfisca_japan.law.model import ModelSystemMixin
from openfisca_japan.paths import DATA_ROOT, PARAMETERS_DIR, SITUATION_EXAMPLES_DIR, VARIABLES_DIR

#: The distribution name on the package index. `openfisca-japan` is another project there (same import name
#: `openfisca_japan`): the two cannot be installed side by side (README, "Installing").
DISTRIBUTION = "openfisca-japan-social-insurance"

#: Where the web API's `source` links of variables and parameters point: by default the API itself serves
#: the files (`/blob/<version>/<path>`, see `openfisca_japan.edge.web_api`); set this variable to a forge's
#: repository URL (e.g. https://example.org/<owner>/<repo>) to point them there instead.
SOURCE_URL_VARIABLE = "OPENFISCA_JAPAN_SOURCE_URL"

OPENAPI_EXAMPLE = "employee_tokyo.json"


def openapi_simulation_example():
    """The situation example of the published OpenAPI spec: a Tokyo employee's pay slip for April 2026."""
    situation = json.loads((SITUATION_EXAMPLES_DIR / OPENAPI_EXAMPLE).read_text(encoding="utf-8"))
    period = situation.pop("period")
    situation.pop("description", None)
    requested = ["health_insurance_premium_employee", "employees_pension_premium_employee", "social_insurance_premiums_employee"]
    for person in situation["persons"].values():
        person.update({name: {period: None} for name in requested})
    return situation


class CountryTaxBenefitSystem(ModelSystemMixin, TaxBenefitSystem):
    """The Japanese social insurance tax-benefit system.

    Inputs are checked when they are set (`openfisca_japan.edge.populations`); parameters after the
    supported periods are refused (`openfisca_japan.law.coverage`). Reforms of this package subclass
    `openfisca_japan.law.model.CountryReform` and behave the same.
    """

    CURRENCY = "¥"
    population_types = (GuardedPopulation, GuardedGroupPopulation)

    def __init__(self):
        super().__init__(entities.entities)
        self.add_variables_from_directory(str(VARIABLES_DIR))
        self.load_parameters(str(PARAMETERS_DIR))
        self.open_api_config = {
            "variable_example": "health_insurance_premium_employee",
            "parameter_example": "employees_pension.premiums.rate",
            "simulation_example": openapi_simulation_example(),
        }

    def get_package_metadata(self):
        """Name, version and source location for the web API (openfisca looks the distribution up by the
        import name, which is not this package's distribution name)."""
        try:
            version = importlib.metadata.version(DISTRIBUTION)
        except importlib.metadata.PackageNotFoundError:
            version = "0.0.0"
        return {
            "name": DISTRIBUTION,
            "version": version,
            "repository_url": os.environ.get(SOURCE_URL_VARIABLE, "").rstrip("/"),
            "location": str(DATA_ROOT),
        }
