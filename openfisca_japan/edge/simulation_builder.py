"""`SimulationBuilder`: openfisca's builder with the whole situation checked first, used by every entry point
of this package (Python users, the CLI, the web API of `openfisca-japan serve`).

It subclasses openfisca-core's builder (no change to openfisca-core itself):

- `build_from_entities` first checks the whole situation (`check_situation`), so that ALL problems are
  reported at once, with the person, the variable and the allowed values;
- `add_group_entity` corrects an openfisca-core 46 bug: a person listed in no group of an entity gets a
  group of their own, appended AFTER the declared groups, but the input arrays of that entity's variables
  were sized for the declared groups only. `finalize_variables_init` then tiles them: with 1 declared
  employer and 2 persons without employer, the 3 employers all got the declared employer's values (a
  person without employer silently paid its premiums); with 2 declared and 1 extra it crashed ("its length
  is 2 while there are 3 employers"). Here the inputs of the auto-created groups take the variable's default.
"""

from __future__ import annotations

import numpy as np
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.simulations import SimulationBuilder as CoreSimulationBuilder

from openfisca_japan.edge.situations import check_situation


class SimulationBuilder(CoreSimulationBuilder):
    """openfisca's `SimulationBuilder`, checking whole situations and padding auto-created groups."""

    def build_from_entities(self, tax_benefit_system, input_dict):
        check_situation(tax_benefit_system, input_dict)
        return super().build_from_entities(tax_benefit_system, input_dict)

    def finalize_variables_init(self, population):
        population.auto_groups_padded = True  # see `openfisca_japan.edge.populations.persons_without_group`
        return super().finalize_variables_init(population)

    def add_group_entity(self, persons_plural, persons_ids, entity, instances_json):
        result = super().add_group_entity(persons_plural, persons_ids, entity, instances_json)
        declared = len(instances_json) if isinstance(instances_json, dict) else None
        count = self.entity_counts.get(entity.plural)
        if declared is None or count is None or count <= declared:
            return result
        for variable_name, buffer in self.input_buffer.items():
            variable = entity.get_variable(variable_name)
            if variable is None or variable.entity.key != entity.key:
                continue
            for period_text, array in list(buffer.items()):
                if len(array) == declared:
                    padding = variable.default_array(count - declared)
                    padded = np.concatenate([np.asarray(array), np.asarray(padding)])
                    buffer[period_text] = EnumArray(padded, variable.possible_values) if isinstance(array, EnumArray) else padded
        return result
