"""openfisca's group population with a faster `value_nth_person` (same results).

openfisca-core's `value_nth_person(n, array)` reorders the whole person array and compares every person's
position with `n` on each call; `group.max`, `group.min`, `group.all` and `person.get_rank` call it once per
position (up to the largest household's size), so a household maximum over 1 million persons reads the
array about ten times. Here the persons at each position are found once per population and kept: a call
only gathers the persons at position `n`. Mixed into the model's group populations
(`validation.GuardedGroupPopulation`) and given by the microsimulation engine to reforms' populations.
"""

from openfisca_core import indexed_enums, projectors
from openfisca_core.populations import GroupPopulation as CoreGroupPopulation


class FastValueNthPerson:
    """Mixin for a GroupPopulation."""

    def _persons_at(self, n):
        """(persons at position `n` in entity order, entities that have such a person), as openfisca computes them."""
        cache = self.__dict__.get("_persons_at_cache")
        if cache is None or cache[0] is not self.members_entity_id:
            members_map = self.ordered_members_map
            cache = (self.members_entity_id, members_map, self.members_position[members_map], self.nb_persons(), {})
            self._persons_at_cache = cache
        _, members_map, sorted_positions, nb_persons_per_entity, by_position = cache
        if n not in by_position:
            by_position[n] = (members_map[sorted_positions == n], nb_persons_per_entity > n)
        return by_position[n]

    @projectors.projectable
    def value_nth_person(self, n, array, default=0):
        """Value of `array` for the person at position `n` of each entity, `default` where there is none."""
        self.members.check_array_compatible_with_entity(array)
        persons, entities = self._persons_at(n)
        result = self.filled_array(default, dtype=array.dtype)
        result[entities] = array[persons]
        if isinstance(array, indexed_enums.EnumArray):
            result = indexed_enums.EnumArray(result, array.possible_values)
        return result


class GroupPopulation(FastValueNthPerson, CoreGroupPopulation):
    """openfisca's GroupPopulation with `FastValueNthPerson`."""


def use_fast_group_populations(populations):
    """Give openfisca's group populations of a simulation (dict by entity key) this class, in place."""
    for population in populations.values():
        if type(population) is CoreGroupPopulation:
            population.__class__ = GroupPopulation
    return populations


__all__ = ["FastValueNthPerson", "GroupPopulation", "use_fast_group_populations"]
