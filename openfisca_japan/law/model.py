"""What every tax-benefit system of the model does, the baseline and its reforms alike.

openfisca's `Reform` does not inherit the baseline's class, so behaviour that must hold for reforms too is
a mixin of both `CountryTaxBenefitSystem` and `CountryReform`:

- parameters are refused outside the dates their values are known, and formulas that start on a date refuse
  earlier periods (`CoverageMixin`, see `openfisca_japan.law.coverage`);
- amounts are exact to the yen: every `float` variable is stored as float64 (openfisca stores floats as
  float32, exact only up to 16,777,216; float64 is exact for whole yen up to 2**53, about 9 * 10**15);
- populations are created with the classes the baseline system names in `population_types` (the edge's
  guarded populations, which check every input). A reform finds that attribute on its baseline (openfisca's
  `Reform.__getattr__` delegates to it), so the law never imports the edge: the system that composes them
  says which classes to use.
"""

from collections import OrderedDict

import numpy as np
from openfisca_core import periods
from openfisca_core.populations import GroupPopulation, Population
from openfisca_core.reforms import Reform

from openfisca_japan.law.coverage import CoverageMixin

#: The dtype of every `float` variable of the model (see the module docstring and bench/README.md).
AMOUNT_DTYPE = np.float64


class ModelSystemMixin(CoverageMixin):
    """Behaviour shared by the baseline system and every reform of the model."""

    def load_variable(self, variable_class, update=False):
        variable = super().load_variable(variable_class, update)
        if variable.value_type is float:
            variable.dtype = AMOUNT_DTYPE
        return variable

    #: Parameters at this many instants are kept (openfisca keeps 128 arguments).
    PARAMETERS_AT_INSTANTS_KEPT = 256

    def get_parameters_at_instant(self, instant):
        """openfisca's parameters at an instant, kept per instant. openfisca's own cache (`functools.lru_cache`)
        is keyed by the argument as given: a month Period, its start Instant and the string of the same day are
        three entries, each a full build of the parameter tree (35 ms: a whole-model month run built 63 trees
        for 46 instants). The same tree is returned for the same instant, whatever the argument's type."""
        if isinstance(instant, periods.Period):
            key = instant.start
        elif isinstance(instant, periods.Instant):
            key = instant
        elif isinstance(instant, (str, int)):
            key = periods.instant(instant)
        else:
            return super().get_parameters_at_instant(instant)  # openfisca's error
        kept = self.__dict__.get("_parameters_at_instants")
        if kept is None or kept[0] is not self.parameters:  # (a reform that replaced its tree starts afresh)
            kept = self._parameters_at_instants = (self.parameters, OrderedDict())
        trees = kept[1]
        tree = trees.get(key)
        if tree is None:
            tree = trees[key] = super().get_parameters_at_instant(key)
            if len(trees) > self.PARAMETERS_AT_INSTANTS_KEPT:
                trees.popitem(last=False)
        else:
            trees.move_to_end(key)
        return tree

    def instantiate_entities(self):
        person_type, group_type = getattr(self, "population_types", (Population, GroupPopulation))
        members = person_type(self.person_entity)
        populations = {self.person_entity.key: members}
        for entity in self.group_entities:
            populations[entity.key] = group_type(entity, members)
        return populations


class CountryReform(ModelSystemMixin, Reform):
    """Base of every reform of this package: a reform's system checks inputs, refuses what its parameters do
    not cover and stores amounts as float64 exactly as the baseline does."""
