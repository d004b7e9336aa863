"""Bulk-run subclasses of the model's simulation, populations and holders (same results, less work).

The microsimulation engine builds every chunk's simulation with openfisca's `SimulationBuilder` and then gives
its objects these classes (subclasses of the model's own classes: openfisca-core's extension points, nothing
of openfisca-core is patched). Each lever below was kept because a measurement supported it (bench/README.md,
"Levers"); results are identical bit for bit (tests/python/test_bulk_identical.py, `bench/compare.py`).

- `SharedDefaultHolder.default_array`: one read-only default array per variable and simulation, shared by
  every period that falls back to the default, instead of a new array for each period (a whole-model month run
  reads about 15 months of many variables that have no input: half the bytes stored were copies of defaults).
- `BulkPopulation.has_role` / `BulkGroupPopulation`: a person's role test (`members_role == role`, a
  comparison of Python objects per person) computed once per role and simulation; `value_from_person` finds
  the members of a unique role (and the groups that have one) once per role.
- `BulkSimulation.release`: arrays of intermediate variables that no output still to compute needs are
  dropped (the plan comes from tracing the outputs on a small sample, `release_plan`); a variable needed again
  after all (a path the sample did not take) is simply computed again, with the same result. Inputs are never
  dropped.
"""

from __future__ import annotations

import numpy as np
from openfisca_core import projectors
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.simulations import Simulation

import openfisca_japan.analysis.microsimulation.reuse as reuse
from openfisca_japan.edge.populations import GuardedGroupPopulation, GuardedHolder, GuardedPopulation


class SharedDefaultHolder(GuardedHolder):
    """A holder whose default array is created once and shared (read-only) by all the periods that use it."""

    def default_array(self):
        shared = self.__dict__.get("_shared_default")
        if shared is None or len(shared) != self.population.count:
            shared = self.variable.default_array(self.population.count)
            (shared.view(np.ndarray) if isinstance(shared, EnumArray) else shared).flags.writeable = False
            self._shared_default = shared
        return shared


class _BulkHolders:
    def __call__(self, variable_name, period, options=None):
        if reuse.current_frame() is None:
            return super().__call__(variable_name, period, options)
        return reuse.population_call(self, super().__call__, variable_name, period, options)

    def get_holder(self, variable_name):
        holder = self._holders.get(variable_name)
        if holder:
            return holder
        self.entity.check_variable_defined_for_entity(variable_name)
        variable = self.entity.get_variable(variable_name)
        self._holders[variable_name] = holder = SharedDefaultHolder(variable, self)
        return holder


class BulkPopulation(_BulkHolders, GuardedPopulation):
    """The persons of a bulk run: shared defaults, roles tested once per role."""

    @projectors.projectable
    def has_role(self, role):
        if self.simulation is None:
            return None
        group_population = self.simulation.get_population(role.entity.plural)
        roles = group_population.members_role
        cache = self.__dict__.setdefault("_role_cache", {})
        key = (id(roles), role.key, role.entity.key)
        found = cache.get(key)
        if found is None or found[0] is not roles:
            result = super().has_role(role)
            result.flags.writeable = False
            found = cache[key] = (roles, result)
        return found[1]


class BulkGroupPopulation(_BulkHolders, GuardedGroupPopulation):
    """A group population of a bulk run (shared defaults; the members of a unique role found once)."""

    @projectors.projectable
    def value_from_person(self, array, role, default=0):
        """openfisca's `value_from_person` (the value of the group's member with the unique `role`, `default`
        where there is none), with the members of that role and their groups found once per role: a call
        gathers them only (`array[members_map][role_filter[members_map]]` is `array[members]`)."""
        self.entity.check_role_validity(role)
        if role.max != 1:
            raise Exception(f"You can only use value_from_person with a role that is unique in {self.key}. Role {role.key} is not unique.")
        self.members.check_array_compatible_with_entity(array)
        role_filter = self.members.has_role(role)
        cache = self.__dict__.setdefault("_role_members_cache", {})
        key = (role.key, role.entity.key)
        found = cache.get(key)
        if found is None or found[0] is not self.members_entity_id or found[1] is not role_filter:
            members_map = self.ordered_members_map
            found = cache[key] = (self.members_entity_id, role_filter, self.any(role_filter), members_map[role_filter[members_map]])
        _, _, entity_filter, members = found
        result = self.filled_array(default, dtype=array.dtype)
        if isinstance(array, EnumArray):
            result = EnumArray(result, array.possible_values)
        result[entity_filter] = array[members]
        return result


class BulkSimulation(Simulation):
    """The simulation of a bulk-run chunk."""

    def _run_formula(self, variable, population, period):
        """openfisca's, or a month's result reused for another month when provably identical (`reuse`)."""
        if not reuse.ENABLED:
            return super()._run_formula(variable, population, period)
        return reuse.run_formula(self, variable, population, period, lambda: super(BulkSimulation, self)._run_formula(variable, population, period))

    def release(self, names):
        """Drop the stored arrays of the formula variables `names` (never inputs: `_bulk_inputs`)."""
        inputs = self.__dict__.get("_bulk_inputs", ())
        for name in names:
            if name in inputs:
                continue
            holder = self.get_variable_population(name)._holders.get(name)
            if holder is not None:
                holder.delete_arrays()
        reuse.forget(self, names)


def make_bulk(simulation, inputs=()):
    """Give a freshly built simulation and its populations the bulk-run classes (in place)."""
    for population in simulation.populations.values():
        if type(population) is GuardedPopulation:
            population.__class__ = BulkPopulation
        elif type(population) is GuardedGroupPopulation:
            population.__class__ = BulkGroupPopulation
        for holder in population._holders.values():
            if type(holder) is GuardedHolder:
                holder.__class__ = SharedDefaultHolder
    if type(simulation) is Simulation:
        simulation.__class__ = BulkSimulation
        simulation._bulk_inputs = frozenset(inputs)
    return simulation


def release_plan(simulation_factory, outputs, compute):
    """For each output (by position), the formula variables computed for it or earlier that no later output
    reads: traced on a small sample (`simulation_factory()` builds it; `compute(simulation, output)` computes one
    output). A variable that a later output reads from the cache counts as read."""
    simulation = simulation_factory()
    simulation.trace = True
    last_use = {}
    for index, output in enumerate(outputs):
        before = len(simulation.tracer.trees)
        compute(simulation, output)
        stack = list(simulation.tracer.trees[before:])
        while stack:
            node = stack.pop()
            last_use[node.name] = index
            stack.extend(node.children)
    plan = [[] for _ in outputs]
    for name, index in last_use.items():
        plan[index].append(name)
    return plan
