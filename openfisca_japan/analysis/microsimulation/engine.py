"""Build openfisca simulations from arrays and compute output variables, chunk by chunk.

A chunk is a range of whole households (households are contiguous in a `PreparedTable`). Employers are
NOT split-safe in general, so two modes exist:

- employer groups are *replicated*: a chunk holds the part of each employer that falls in it, with the
  employer's inputs taken from the employer's first row in the whole table. This is exact as long as
  no formula aggregates over an employer's members (employer sizes are the input `employee_count`, not
  counted). `employer_aggregation_in_model` checks the formulas of the model for such aggregations;
- *components*: if one is found (or `group_employers=True`), chunks are cut at the boundaries of the
  connected components of the household–employer graph, so every employer is whole in one chunk.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import weakref

import numpy as np
import pandas as pd
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum, EnumArray
from openfisca_core.periods import DateUnit
from openfisca_core.simulations import SimulationBuilder

from openfisca_japan.analysis.microsimulation.bulk import make_bulk
from openfisca_japan.analysis.microsimulation.table import HOUSEHOLD_ROLES, PreparedTable
from openfisca_japan.populations import use_fast_group_populations

_EMPLOYER_AGGREGATION = re.compile(
    r"\bemployer\s*\.\s*(sum|any|all|max|min|nb_persons|count|members|value_from_first_person|value_nth_person|reduce|rank)\b"
)


_AGGREGATIONS_BY_SYSTEM = weakref.WeakKeyDictionary()


def employer_aggregation_in_model(tax_benefit_system):
    """Names of the variables whose formulas aggregate over the members of an employer (read from the
    formulas' source once per system)."""
    if tax_benefit_system not in _AGGREGATIONS_BY_SYSTEM:
        _AGGREGATIONS_BY_SYSTEM[tax_benefit_system] = _employer_aggregations(tax_benefit_system)
    return list(_AGGREGATIONS_BY_SYSTEM[tax_benefit_system])


def _employer_aggregations(tax_benefit_system):
    found = []
    for name, variable in tax_benefit_system.variables.items():
        for formula in variable.formulas.values():
            try:
                source = inspect.getsource(formula)
            except (OSError, TypeError):
                continue
            if _EMPLOYER_AGGREGATION.search(source) or (
                variable.entity.key == "employer" and re.search(r"\bmembers\b|\.sum\(|nb_persons", source)
            ):
                found.append(name)
                break
    return found


def employer_aggregation_used(prepared, outputs, period, specs, flagged, sample=400, exclude_refused=False):
    """The `flagged` variables (aggregating over employers) that the outputs actually compute, found by
    running the outputs on the first households (about `sample` persons) and looking at what was cached
    (without the households the law refuses, with `exclude_refused`)."""
    from openfisca_japan.analysis.microsimulation.systems import build_system

    if not flagged or prepared.n == 0:
        return []
    _, bounds = chunk_bounds(prepared, sample)

    def used_on(positions):
        used = set()
        for spec in specs.values():
            simulation = build_simulation(build_system(spec), prepared, positions)
            compute_outputs(simulation, outputs, period)
            used |= {name for name in flagged if simulation.get_holder(name).get_known_periods()}
        return sorted(used)

    return on_sample(used_on, prepared, slice(*bounds[0]), outputs, period, specs, exclude_refused)


def on_sample(function, prepared, positions, outputs, period, specs, exclude_refused):
    """`function(positions)` on a sample of whole households; when it meets a refusal of some households and
    `exclude_refused`, `function` again on the sample without the households the law refuses."""
    from openfisca_japan.law.coverage import NotCoveredError, refusal_of

    try:
        return function(positions)
    except (NotCoveredError, ValueError) as error:
        if not exclude_refused or refusal_of(error) is None:
            raise
    index = np.arange(prepared.n)[positions] if isinstance(positions, slice) else np.asarray(positions)
    _, excluded = compute_excluding(prepared, positions, outputs, period, specs)
    keep = np.ones(len(index), dtype=bool)
    keep[excluded["row"].to_numpy()] = False
    if not keep.any():
        from openfisca_japan.law.coverage import NotCoveredError

        reasons = "; ".join(dict.fromkeys(excluded["reason"]))
        raise NotCoveredError(f"every household of the first {len(index)} persons, on which the run is planned, is refused "
                              f"(exclude_refused cannot plan the run on them): {reasons}") from None
    return function(index[keep])


def employer_level_outputs(system, outputs):
    """The outputs that are numbers of an employer (put on one person of the employer)."""
    found = []
    for spec in outputs:
        variable = system.get_variable(spec.name, check_existence=True)
        if variable.entity.key == "employer" and getattr(variable, "possible_values", None) is None and variable.value_type in (float, int):
            found.append(spec.column)
    return found


def connected_components(household, employer, has_employer):
    """Component of each person in the graph linking households and employers, labelled by the smallest
    household code of the component (so that chunks keep the order of households).

    scipy's `connected_components` replaced a hand-written label propagation: on the 1-million-person
    synthetic population it takes 0.16-0.30 s against 0.30-0.36 s (min-max of 5 runs), same labels."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components as components

    label = household.astype(np.int64)
    if not has_employer.any():
        return label.copy()
    households = int(household.max()) + 1
    nodes = households + int(employer.max()) + 1
    rows, columns = household[has_employer], households + employer[has_employer]
    graph = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, columns)), shape=(nodes, nodes))
    _, component = components(graph, directed=False)
    smallest = np.full(component.max() + 1, np.iinfo(np.int64).max)
    np.minimum.at(smallest, component[:households], np.arange(households))
    return smallest[component[household]]


def chunk_bounds(prepared: PreparedTable, chunk_size: int, group_employers=False):
    """Chunks as (positions) index arrays: whole households, at most `chunk_size` persons unless one
    household (or component) is larger. Returns (permutation or None, list of (start, stop))."""
    n = prepared.n
    permutation = None
    unit = prepared.household
    if group_employers and prepared.has_employer.any():
        component = connected_components(prepared.household, prepared.employer, prepared.has_employer)
        permutation = np.argsort(component, kind="stable")
        unit = component[permutation]
    if n == 0:
        return permutation, []
    starts = np.flatnonzero(np.r_[True, unit[1:] != unit[:-1]])  # first position of each unit
    bounds = []
    start = 0
    while start < n:
        target = start + max(int(chunk_size), 1)
        if target >= n:
            bounds.append((start, n))
            break
        # last unit start <= target, but beyond `start`
        index = np.searchsorted(starts, target, side="right") - 1
        stop = int(starts[index])
        if stop <= start:
            following = np.searchsorted(starts, start, side="right")
            stop = int(starts[following]) if following < len(starts) else n
        bounds.append((start, stop))
        start = stop
    return permutation, bounds


def _local_codes(codes):
    """Codes of a chunk renumbered 0..k-1 in order of first appearance; and the global code of each."""
    if len(codes) and (np.diff(codes) >= 0).all():  # already grouped in ascending order (households)
        first = np.r_[True, codes[1:] != codes[:-1]]
        return np.cumsum(first) - 1, codes[first]
    uniques, first_index, inverse = np.unique(codes, return_index=True, return_inverse=True)
    order = np.argsort(first_index, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return rank[inverse], uniques[order]


def _set_roles(population, roles):
    """Members' roles as an object array (openfisca's setter would copy it through a Python list)."""
    if hasattr(population, "_members_role"):
        population._members_role = roles
    else:  # pragma: no cover (other openfisca-core versions)
        population.members_role = roles


def build_simulation(tax_benefit_system, prepared: PreparedTable, positions):
    """A simulation of the persons at `positions` (an index array or slice of whole households).

    Each input array is set for its first period through `set_input` (so that the model's input guards
    check it once) and shared, without copy, by its other periods."""
    household = prepared.household[positions]
    employer = prepared.employer[positions]
    role = prepared.household_role[positions]
    n = len(household)

    builder = SimulationBuilder()
    builder.create_entities(tax_benefit_system)
    populations = use_fast_group_populations(builder.populations)  # also for reforms' systems
    persons = populations["person"]
    persons.ids = np.arange(n)
    persons.count = n

    household_local, household_global = _local_codes(household)
    households = populations["household"]
    households.ids = np.arange(len(household_global))
    households.count = len(household_global)
    households.members_entity_id = household_local
    roles = households.entity.flattened_roles
    role_keys = [r.key for r in roles]
    role_objects = np.array(roles, dtype=object)
    _set_roles(households, role_objects[np.array([role_keys.index(k) for k in HOUSEHOLD_ROLES])[role]])

    employer_local, employer_global = _local_codes(employer)
    employers = populations["employer"]
    employers.ids = np.arange(len(employer_global))
    employers.count = len(employer_global)
    employers.members_entity_id = employer_local
    employee_role = np.empty(n, dtype=object)
    employee_role[:] = employers.entity.flattened_roles[0]
    _set_roles(employers, employee_role)
    simulation = make_bulk(builder.build(tax_benefit_system), inputs=[name for name, _, _ in prepared.inputs])

    household_first = np.flatnonzero(np.r_[True, household_local[1:] != household_local[:-1]]) if n else np.zeros(0, dtype=np.int64)
    for name, input_periods, values in prepared.inputs:
        variable = tax_benefit_system.get_variable(name, check_existence=True)
        entity = variable.entity.key
        if entity == "person":
            chunk_values = values[positions]
        elif entity == "household":
            chunk_values = values[positions][household_first]
        else:
            # Groups of persons without employer take the variable's default: the employer cells such a
            # row may carry are ignored (docs/analysis.md), never half-used.
            first_rows = prepared.employer_first_row[employer_global]
            chunk_values = values[first_rows]
            # (first rows beyond the table are rows of other partitions appended for their employer: employed)
            inside = first_rows < len(prepared.has_employer)
            without = np.zeros(len(first_rows), dtype=bool)
            without[inside] = ~prepared.has_employer[first_rows[inside]]
            if without.any():
                chunk_values = np.array(chunk_values, copy=True)
                default = variable.default_value
                chunk_values[without] = default.index if isinstance(default, Enum) else default
        if getattr(variable, "possible_values", None) is not None:
            chunk_values = EnumArray(np.asarray(chunk_values, dtype=np.int16), variable.possible_values)
        first, *others = input_periods
        simulation.set_input(variable.name, first, chunk_values)
        if others:
            holder = simulation.get_holder(variable.name)
            stored = holder.get_array(first)
            for period in others:
                holder.put_in_cache(stored, period)
    simulation.trace = False
    return simulation


@dataclasses.dataclass(frozen=True)
class OutputSpec:
    """An output column: `name` or `name@period`."""

    name: str
    period: str | None = None

    @classmethod
    def parse(cls, text):
        name, _, period = text.partition("@")
        return cls(name.strip(), period.strip() or None)

    @property
    def column(self):
        return self.name if self.period is None else f"{self.name}@{self.period}"


def output_period(variable, run_period, explicit=None):
    """(period, method) for an output: same unit -> calculate; MONTH variable over a longer period ->
    the sum of its months for numbers (calculate_add), the first month otherwise; YEAR variable over a
    month -> the fiscal year (April–March) that contains the month."""
    if explicit:
        run_period = periods.period(explicit)
    else:
        run_period = periods.period(run_period)
    unit = variable.definition_period
    if unit == DateUnit.ETERNITY:
        return periods.period("eternity"), "calculate"
    if unit == run_period.unit and run_period.size == 1:
        return run_period, "calculate"
    if unit == DateUnit.MONTH:
        if variable.value_type in (float, int) and getattr(variable, "possible_values", None) is None:
            return run_period, "add"
        return run_period.first_month, "calculate"
    if unit == DateUnit.YEAR:
        start = run_period.start
        fiscal_year = start.year if start.month >= 4 else start.year - 1
        if run_period.unit == DateUnit.YEAR:
            return periods.period(f"year:{start.year}-{start.month:02d}"), "calculate"
        return periods.period(f"year:{fiscal_year}-04"), "calculate"
    return run_period, "calculate"


def compute_outputs(simulation, outputs, run_period, plan=None):
    """Person-level columns for `outputs`. A numeric group variable is put on the group's first person
    (household: the first person of the household, normally the head), 0 elsewhere, so that weighted sums
    over persons are sums over groups; other group variables are projected on every member."""
    columns = {}
    system = simulation.tax_benefit_system
    for index, spec in enumerate(outputs):
        variable = system.get_variable(spec.name, check_existence=True)
        period, method = output_period(variable, run_period, spec.period)
        value = simulation.calculate_add(spec.name, period) if method == "add" else simulation.calculate(spec.name, period)
        entity = variable.entity
        population = simulation.populations[entity.key]
        if not entity.is_person:
            if getattr(variable, "possible_values", None) is None and variable.value_type in (float, int):
                person_value = np.zeros(simulation.persons.count, dtype=value.dtype)
                first = population.members_position == 0
                person_value[first] = value[population.members_entity_id[first]]
                value = person_value
            else:
                value = population.project(value)
        if getattr(variable, "possible_values", None) is not None:
            value = pd.Categorical.from_codes(np.asarray(value), categories=[m.name for m in variable.possible_values])
        # numbers keep openfisca's dtype (float64 amounts: openfisca_japan.law.model)
        columns[spec.column] = value
        if plan is not None and hasattr(simulation, "release"):
            simulation.release(plan[index])
    return columns


def release_plans(prepared, outputs, period, specs, sample=400, exclude_refused=False):
    """{suffix: release plan} for `compute_outputs` (`bulk.release_plan`), traced on the first households
    (about `sample` persons; without those the law refuses, with `exclude_refused`). Releasing intermediates keeps
    a chunk's memory near what its remaining outputs need (bench/README.md, "Levers": the fiscal-year peak)."""
    from openfisca_japan.analysis.microsimulation.bulk import release_plan
    from openfisca_japan.analysis.microsimulation.systems import build_system

    if prepared.n == 0:
        return None
    _, bounds = chunk_bounds(prepared, sample)

    def plans_on(positions):
        plans = {}
        for suffix, spec in specs.items():
            system = build_system(spec)
            plans[suffix] = release_plan(
                lambda system=system: build_simulation(system, prepared, positions),
                outputs,
                lambda simulation, output: compute_outputs(simulation, [output], period),
            )
        return plans

    return on_sample(plans_on, prepared, slice(*bounds[0]), outputs, period, specs, exclude_refused)


def run_chunk(prepared: PreparedTable, positions, outputs, period, specs, plans=None, exclude_refused=False, employer_coupled=False):
    """Compute `outputs` for the persons at `positions` under each named reform spec.

    `specs` maps a suffix ('' for a lone baseline, or 'baseline', 'reform') to a ReformSpec; `plans` (optional,
    `release_plans`) the intermediates to drop after each output.

    With `exclude_refused`, returns (frame, excluded) instead: the households the law refuses (`refusal_of`) are
    left out and the chunk computed again without them (`compute_excluding`); `frame` still has one row per
    position (the rows of excluded persons hold zeros, for the caller to drop), `excluded` is a DataFrame of the
    excluded persons: `row` (their row in `frame`) and `reason`."""
    if exclude_refused:
        return compute_excluding(prepared, positions, outputs, period, specs, plans, employer_coupled)
    return _run_specs(prepared, positions, outputs, period, specs, plans)


def _run_specs(prepared, positions, outputs, period, specs, plans=None):
    from openfisca_japan.analysis.microsimulation.systems import build_system

    frame = {}
    for suffix, spec in specs.items():
        simulation = build_simulation(build_system(spec), prepared, positions)
        plan = plans.get(suffix) if plans else None
        for column, values in compute_outputs(simulation, outputs, period, plan).items():
            frame[f"{column}_{suffix}" if suffix else column] = values
        del simulation
    return pd.DataFrame(frame, copy=False)  # the computed arrays themselves, not a consolidated copy


#: At most this many computations of a chunk when households are excluded (each leaves out at least one more
#: household; a refusal names every household it refuses at once, so a few rounds are the rule).
MAX_EXCLUSION_ROUNDS = 50

EXCLUDED_COLUMNS = ("row", "reason")


def _no_exclusions():
    return pd.DataFrame({"row": pd.Series([], dtype=np.int64), "reason": pd.Series([], dtype=object)})


def compute_excluding(prepared, positions, outputs, period, specs, plans=None, employer_coupled=False):
    """(frame, excluded): `run_chunk` leaving out the households the law refuses.

    A refusal that marks the groups it refuses (`openfisca_japan.law.coverage.refusing`) leaves out the whole
    households of those groups (of their members for a group that is not a household) and the chunk is computed
    again, under every spec, without them; a refusal that marks none (a whole period not covered...) is raised.
    A household is excluded from every scenario when one scenario refuses it. When nothing is refused, the frame
    is the one `run_chunk` computes (same arrays). `employer_coupled` (outputs that sum over an employer's members,
    or employer-level outputs): a refused household with an employed person is not left out (the employer's
    numbers would change): the refusal is raised, with that reason."""
    from openfisca_japan.law.coverage import NotCoveredError, refusal_of

    index = np.arange(prepared.n)[positions] if isinstance(positions, slice) else np.asarray(positions)
    household_local, _ = _local_codes(prepared.household[index])
    keep = np.ones(len(index), dtype=bool)
    reasons = np.empty(len(index), dtype=object)
    for _ in range(MAX_EXCLUSION_ROUNDS):
        kept = index[keep]
        current = positions if keep.all() else kept
        try:
            frame = _run_specs(prepared, current, outputs, period, specs, plans) if len(kept) else None
            break
        except (NotCoveredError, ValueError) as error:
            refusal = refusal_of(error)
            if refusal is None:
                raise
            entity, refused, reason = refusal
            households = _refused_households(prepared, kept, entity, refused)
            if households is None or not len(households):
                raise
            members = np.isin(household_local[keep], households_of_kept(household_local[keep], households))
            if employer_coupled and prepared.has_employer[kept[members]].any():
                raise NotCoveredError(f"{error} (such a household cannot be left out of these results: a person of it "
                                      "has an employer, and the outputs include an employer-level amount or one that "
                                      "sums over an employer's employees, which would change without them)") from error
            rows = np.flatnonzero(keep)[members]
            reasons[rows] = reason
            keep[rows] = False
    else:
        raise RuntimeError(f"more than {MAX_EXCLUSION_ROUNDS} rounds of exclusions in one chunk")
    excluded = np.flatnonzero(~keep)
    if not len(excluded):
        return frame, _no_exclusions()
    frame = _widen(frame, keep, outputs, specs)
    return frame, pd.DataFrame({"row": excluded.astype(np.int64), "reason": reasons[excluded]})


def households_of_kept(household_local_kept, households):
    """The local household codes (among the kept persons' codes in order of first appearance) of `households`,
    given as ranks of the households in the simulation of the kept persons."""
    first = np.r_[True, household_local_kept[1:] != household_local_kept[:-1]] if len(household_local_kept) else np.zeros(0, bool)
    return household_local_kept[first][households]


def _refused_households(prepared, kept, entity, refused):
    """Positions, in the simulation of the persons `kept`, of the households of the groups `refused` (positions in
    the population `entity`); None for an entity that cannot be traced back to persons."""
    household_local, _ = _local_codes(prepared.household[kept])
    if entity == "household":
        return np.unique(refused)
    if entity == "person":
        return np.unique(household_local[refused])
    if entity == "employer":
        employer_local, _ = _local_codes(prepared.employer[kept])
        return np.unique(household_local[np.isin(employer_local, refused)])
    return None


def _widen(frame, keep, outputs, specs):
    """`frame` (rows of the kept persons) with a row for every person: zeros (the first category) for the excluded."""
    if frame is None:  # every household excluded: the columns' types from an empty simulation are not known
        frame = _empty_frame(outputs, specs)
    wide = {}
    for name in frame.columns:
        values = frame[name]
        if isinstance(values.dtype, pd.CategoricalDtype):
            codes = np.zeros(len(keep), dtype=values.cat.codes.dtype)
            codes[keep] = values.cat.codes.to_numpy()
            wide[name] = pd.Categorical.from_codes(codes, categories=values.cat.categories)
        else:
            array = values.to_numpy()
            full = np.zeros(len(keep), dtype=array.dtype)
            full[keep] = array
            wide[name] = full
    return pd.DataFrame(wide, copy=False)


def _empty_frame(outputs, specs):
    """The output columns, without rows, with the types `compute_outputs` gives them (every household of the chunk
    excluded: the model cannot run on no person)."""
    from openfisca_japan.analysis.microsimulation.systems import build_system

    frame = {}
    for suffix, spec in specs.items():
        system = build_system(spec)
        for output in outputs:
            variable = system.get_variable(output.name, check_existence=True)
            if getattr(variable, "possible_values", None) is not None:
                values = pd.Categorical.from_codes(np.zeros(0, dtype=np.int8), categories=[m.name for m in variable.possible_values])
            else:
                values = np.asarray(variable.default_array(0))
            frame[f"{output.column}_{suffix}" if suffix else output.column] = values
    return pd.DataFrame(frame, copy=False)
