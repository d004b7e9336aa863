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
  is 2 while there are 3 employers"). Here the inputs of the auto-created groups take the variable's default;
- building is linear in the number of persons: openfisca-core 46 finds every person and group by
  `list.index` (once per person, per group and per input), so building N persons took O(N^2) (a 4,000-person
  situation: 3.4 s of its 18 s in `list.index`). Here id lists answer `index` and `in` from a dict
  (`IndexedIds`), and `add_group_entity` looks groups up the same way.
"""

from __future__ import annotations

import numpy as np
from openfisca_core import errors
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.simulations import SimulationBuilder as CoreSimulationBuilder
from openfisca_core.simulations import helpers

from openfisca_japan.edge.situations import check_situation


class IndexedIds(list):
    """A list of ids whose `index` and `in` use a dict (built on first use; the lists are not mutated)."""

    def _positions(self):
        cached = self.__dict__.get("_positions_cache")
        if cached is None or cached[1] != len(self):
            mapping = {}
            for position, value in enumerate(self):
                mapping.setdefault(value, position)
            cached = self._positions_cache = (mapping, len(self))
        return cached[0]

    def index(self, value, *args):
        if args:
            return list.index(self, value, *args)
        try:
            return self._positions()[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not in list") from None

    def __contains__(self, value):
        try:
            return value in self._positions()
        except TypeError:
            return list.__contains__(self, value)

    def __add__(self, other):
        return IndexedIds(list.__add__(self, other))


class _IdsByEntity(dict):
    """`SimulationBuilder.entity_ids`: every list of ids stored is an IndexedIds."""

    def __setitem__(self, key, value):
        super().__setitem__(key, value if isinstance(value, IndexedIds) else IndexedIds(value))


class SimulationBuilder(CoreSimulationBuilder):
    """openfisca's `SimulationBuilder`, checking whole situations, padding auto-created groups, linear.

    `check=False` skips the whole-situation check (for a caller that has just made it)."""

    def __init__(self, check=True):
        super().__init__()
        self.check = check
        self.entity_ids = _IdsByEntity()

    def build_from_entities(self, tax_benefit_system, input_dict):
        if self.check:
            check_situation(tax_benefit_system, input_dict)
        return super().build_from_entities(tax_benefit_system, input_dict)

    def finalize_variables_init(self, population):
        population.auto_groups_padded = True  # see `openfisca_japan.edge.populations.persons_without_group`
        return super().finalize_variables_init(population)

    def add_group_entity(self, persons_plural, persons_ids, entity, instances_json):
        persons_ids = persons_ids if isinstance(persons_ids, IndexedIds) else IndexedIds(persons_ids)
        self._add_group_entity(persons_plural, persons_ids, entity, instances_json)
        declared = len(instances_json) if isinstance(instances_json, dict) else None
        count = self.entity_counts.get(entity.plural)
        if declared is None or count is None or count <= declared:
            return
        for variable_name, buffer in self.input_buffer.items():
            variable = entity.get_variable(variable_name)
            if variable is None or variable.entity.key != entity.key:
                continue
            for period_text, array in list(buffer.items()):
                if len(array) == declared:
                    padding = variable.default_array(count - declared)
                    padded = np.concatenate([np.asarray(array), np.asarray(padding)])
                    buffer[period_text] = EnumArray(padded, variable.possible_values) if isinstance(array, EnumArray) else padded

    def _add_group_entity(self, persons_plural, persons_ids, entity, instances_json):
        """openfisca-core 46's `add_group_entity`, with groups and persons found through dicts."""
        helpers.check_type(instances_json, dict, [entity.plural])
        entity_ids = IndexedIds(map(str, instances_json.keys()))
        self.entity_ids[entity.plural] = entity_ids
        self.entity_counts[entity.plural] = len(entity_ids)
        persons_count = len(persons_ids)
        persons_to_allocate = set(persons_ids)
        self.memberships[entity.plural] = np.empty(persons_count, dtype=np.int32)
        self.roles[entity.plural] = np.empty(persons_count, dtype=object)
        role_by_plural = {role.plural or role.key: role for role in entity.roles}
        for instance_id, instance_object in instances_json.items():
            helpers.check_type(instance_object, dict, [entity.plural, instance_id])
            variables_json = instance_object.copy()  # Don't mutate function input
            roles_json = {
                role.plural or role.key: helpers.transform_to_strict_syntax(variables_json.pop(role.plural or role.key, []))
                for role in entity.roles
            }
            for role_id, role_definition in roles_json.items():
                helpers.check_type(role_definition, list, [entity.plural, instance_id, role_id])
                for index, person_id in enumerate(role_definition):
                    self.check_persons_to_allocate(
                        persons_plural, entity.plural, persons_ids, person_id, instance_id, role_id, persons_to_allocate, index
                    )
                    persons_to_allocate.discard(person_id)
            entity_index = entity_ids.index(instance_id)
            for role_plural, persons_with_role in roles_json.items():
                role = role_by_plural[role_plural]
                if role.max is not None and len(persons_with_role) > role.max:
                    raise errors.SituationParsingError(
                        [entity.plural, instance_id, role_plural],
                        f"There can be at most {role.max} {role_plural} in a {entity.key}. "
                        f"{len(persons_with_role)} were declared in '{instance_id}'.",
                    )
                for index_within_role, person_id in enumerate(persons_with_role):
                    person_index = persons_ids.index(person_id)
                    self.memberships[entity.plural][person_index] = entity_index
                    self.roles[entity.plural][person_index] = role.subroles[index_within_role] if role.subroles else role
            self.init_variable_values(entity, variables_json, instance_id)
        if persons_to_allocate:
            entity_ids = entity_ids + IndexedIds(persons_to_allocate)
            for person_id in persons_to_allocate:
                person_index = persons_ids.index(person_id)
                self.memberships[entity.plural][person_index] = entity_ids.index(person_id)
                self.roles[entity.plural][person_index] = entity.flattened_roles[0]
            self.entity_ids[entity.plural] = entity_ids
            self.entity_counts[entity.plural] = len(entity_ids)
        self.roles[entity.plural] = self.roles[entity.plural].tolist()
        self.memberships[entity.plural] = self.memberships[entity.plural].tolist()
