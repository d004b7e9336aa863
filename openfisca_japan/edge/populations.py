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
        """Formula results of float variables lose their float noise (`remove_float_noise`); an array
        already held (an input shared by several periods) is stored as it is."""
        if (
            self.variable.value_type is float
            and isinstance(value, np.ndarray)
            and value.dtype.kind == "f"
            and not any(value is known for known in self._memory_storage._arrays.values())
        ):
            # in place: openfisca returns this very array to the formula or caller that asked for it
            value = remove_float_noise(value, out=value if value.flags.writeable else None)
        return super().put_in_cache(value, period)


#: Significant digits a float64 formula result is rounded to (of the largest value of its array).
SIGNIFICANT_DIGITS = 14


def remove_float_noise(values, out=None):
    """`values` (float64) rounded to `SIGNIFICANT_DIGITS` significant digits of the array's largest value
    (in `out` when given, e.g. `values` itself).

    Amounts are stored as float64 (exact to the yen, `openfisca_japan.law.model`). A formula that multiplies
    by a decimal rate can land a hair off the amount the law means (1,048,800 computed as
    1,048,800.0000000002, 4,216,657.2 as 4,216,657.199999999): compared with a threshold of exactly
    1,048,800, or truncated, that hair would change the answer (openfisca's float32 storage used to hide it,
    and broke amounts above 16,777,216 instead). The hair lives in the last 1-3 of float64's ~16 digits;
    14 significant digits keep whole yen exact up to 10^12 with their sen, and rates to 14 decimals.
    One reduction and one rounding per array (np.round)."""
    if values.size == 0:
        return values
    top = max(abs(float(values.max())), abs(float(values.min())))
    if not np.isfinite(top) or top == 0:
        return values
    decimals = min(max(SIGNIFICANT_DIGITS - int(np.ceil(np.log10(top))), 0), 15)
    return np.round(values, decimals, out=out)


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


