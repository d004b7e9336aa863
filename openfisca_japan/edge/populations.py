"""Populations whose holders refuse bad input arrays (all bad entries at once) before storing them.

The model's tax-benefit system creates its populations with these classes, so that every input set
through any OpenFisca entry point (`SimulationBuilder`, `simulation.set_input`, `openfisca test`, the web
API) is checked against the bounds of its variable (`openfisca_japan.edge.bounds`).
"""

from __future__ import annotations

import numpy as np
from openfisca_core.holders import Holder
from openfisca_core.populations import GroupPopulation, Population

from openfisca_japan.edge.bounds import bad_entries
from openfisca_japan.edge.errors import InputValidationError, Problem
from openfisca_japan.populations import FastValueNthPerson


def _entity_ids(population):
    ids = getattr(population, "ids", None)
    if ids is None or not len(ids):
        return None
    return [i.item() if isinstance(i, np.generic) else i for i in ids]


def persons_without_group(population):
    """Ids of the persons that openfisca-core's own `SimulationBuilder` put in a group of their own because
    the situation lists them in no group of this entity, or [] (also for populations built otherwise).

    openfisca-core 46 appends such groups after the declared ones, each with the id of its only member, and
    then gives them COPIES of the declared groups' inputs (it tiles the input arrays): a person with no
    employer would silently pay the declared employer's premiums. This package's `SimulationBuilder` gives
    them the defaults instead (and marks its populations `auto_groups_padded`); with openfisca's builder
    (`openfisca test`, `openfisca serve`) the input is refused, since those groups cannot be told apart from
    declared ones afterwards.
    """
    ids = getattr(population, "ids", None)
    if getattr(population, "auto_groups_padded", False) or not isinstance(ids, list) or not ids:
        return []
    cached = population.__dict__.get("_persons_without_group")
    if cached is not None and cached[0] is ids:
        return cached[1]
    members = np.asarray(population.members_entity_id)
    person_ids = list(population.members.ids)
    sizes = np.bincount(members, minlength=len(ids))
    only_member = np.full(len(ids), -1)
    only_member[members] = np.arange(len(members))
    found = []
    for group in range(len(ids) - 1, -1, -1):  # the trailing groups only: openfisca appends them last
        member = only_member[group]
        if sizes[group] != 1 or str(person_ids[member]) != str(ids[group]):
            break
        found.append(ids[group])
    found.reverse()
    population._persons_without_group = (ids, found)
    return found


class GuardedHolder(Holder):
    """A Holder that refuses bad input arrays (all bad entries at once) before storing them."""

    def set_input(self, period, array):
        if isinstance(self.population, GroupPopulation):
            alone = persons_without_group(self.population)
            if alone:
                plural = self.population.entity.plural
                raise InputValidationError(
                    [
                        Problem(
                            f"person {person!r} is in none of the {plural}, and openfisca's own SimulationBuilder "
                            f"would give them a copy of the declared {plural}' inputs",
                            variable=self.variable.name,
                            entity=plural,
                            id=person,
                            allowed=f"list every person in one of the {plural} (e.g. a group of their own without "
                            "inputs), or build the situation with openfisca_japan.SimulationBuilder "
                            "(openfisca-japan serve, the package's CLI), which gives such persons the defaults",
                        )
                        for person in alone
                    ],
                    f"Persons without {self.population.entity.key}",
                )
        if not self.variable.is_neutralized:
            values = array
            if self.variable.value_type in (float, int) and isinstance(values, str):
                from openfisca_core.commons import eval_expression

                values = eval_expression(values)
            entries, allowed = bad_entries(self.variable, values)
            if entries:
                ids = _entity_ids(self.population)
                plural = self.population.entity.plural
                raise InputValidationError(
                    [
                        Problem(
                            f"{message}: {value!r}",
                            variable=self.variable.name,
                            entity=plural,
                            id=(ids[index] if ids is not None and index < len(ids) else f"#{index}"),
                            period=str(period),
                            value=value,
                            allowed=allowed,
                        )
                        for index, value, message in entries
                    ],
                    f"Invalid input for {self.variable.name}",
                )
        return super().set_input(period, array)

    def put_in_cache(self, value, period):
        """Formula results of float variables are snapped to whole yen within 256 ulps (`snap_to_whole`);
        an array already held (an input shared by several periods) is stored as it is."""
        if (
            self.variable.value_type is float
            and isinstance(value, np.ndarray)
            and value.dtype.kind == "f"
            and not any(value is known for known in self._memory_storage._arrays.values())
        ):
            # in place: openfisca returns this very array to the formula or caller that asked for it
            value = snap_to_whole(value, out=value if value.flags.writeable else None)
        return super().put_in_cache(value, period)


#: A float64 result within this many units in the last place of a whole number is that whole number.
SNAP_ULPS = 256


def snap_to_whole(values, out=None):
    """`values` (float64) with every value within `SNAP_ULPS` units in the last place of a whole number
    replaced by it (in `out` when given, e.g. `values` itself).

    Amounts are stored as float64 (exact to the yen, `openfisca_japan.law.model`). A formula that multiplies
    by a decimal rate can land a hair off a whole yen (1,048,800 computed as 1,048,800.0000000002) where the
    law's amount is whole: compared with a threshold of exactly 1,048,800, or truncated, that hair would
    change the answer (float32 storage used to hide it, and broke amounts above 16,777,216 instead). Values
    that are genuinely fractional (rates, sen: 10,000,000,000.5) are far more than 256 ulps from a whole
    number and kept as they are."""
    if values.size == 0:
        return values
    whole = np.rint(values)
    near = np.abs(values - whole) <= SNAP_ULPS * np.spacing(np.abs(values))
    near &= values != whole
    if out is None:
        return np.where(near, whole, values) if near.any() else values
    if near.any():
        out[near] = whole[near]
    return out


class _GuardedHolders:
    def get_holder(self, variable_name):
        self.entity.check_variable_defined_for_entity(variable_name)
        holder = self._holders.get(variable_name)
        if holder:
            return holder
        variable = self.entity.get_variable(variable_name)
        self._holders[variable_name] = holder = GuardedHolder(variable, self)
        return holder


class GuardedPopulation(_GuardedHolders, Population):
    """Population of persons whose holders check their inputs."""


class GuardedGroupPopulation(_GuardedHolders, FastValueNthPerson, GroupPopulation):
    """Population of a group entity whose holders check their inputs."""


