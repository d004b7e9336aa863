"""`CountryTaxBenefitSystem`: the law (variables/, parameters/) composed with the edge's input checks.

This module is where the wings meet: the law never imports the edge, so it is here that the system says
which populations to create (the edge's guarded populations, which check every input array).
"""

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_japan import entities
from openfisca_japan.edge.populations import GuardedGroupPopulation, GuardedPopulation
from openfisca_japan.law.model import ModelSystemMixin
from openfisca_japan.paths import PARAMETERS_DIR, VARIABLES_DIR


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
