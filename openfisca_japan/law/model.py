"""What every tax-benefit system of the model does, the baseline and its reforms alike.

openfisca's `Reform` does not inherit the baseline's class, so behaviour that must hold for reforms too is
a mixin of both `CountryTaxBenefitSystem` and `CountryReform`:

- parameters after the supported periods are refused (`CoverageMixin`);
- populations are created with the classes the baseline system names in `population_types` (the edge's
  guarded populations, which check every input). A reform finds that attribute on its baseline (openfisca's
  `Reform.__getattr__` delegates to it), so the law never imports the edge: the system that composes them
  says which classes to use.
"""

from openfisca_core.populations import GroupPopulation, Population
from openfisca_core.reforms import Reform

from openfisca_japan.law.coverage import CoverageMixin


class ModelSystemMixin(CoverageMixin):
    """Behaviour shared by the baseline system and every reform of the model."""

    def instantiate_entities(self):
        person_type, group_type = getattr(self, "population_types", (Population, GroupPopulation))
        members = person_type(self.person_entity)
        populations = {self.person_entity.key: members}
        for entity in self.group_entities:
            populations[entity.key] = group_type(entity, members)
        return populations


class CountryReform(ModelSystemMixin, Reform):
    """Base of every reform of this package: a reform's system checks inputs and refuses unpublished periods
    exactly as the baseline does."""
