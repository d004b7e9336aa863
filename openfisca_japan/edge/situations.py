"""Situations (the JSON/dict of the web API, `openfisca test` and Python users): every problem at once."""

from __future__ import annotations

import dataclasses

from openfisca_core import periods
from openfisca_core.periods import DateUnit

from openfisca_japan.edge.bounds import _as_date, check_value
from openfisca_japan.edge.errors import InputValidationError, Problem, unknown_variable_problem
from openfisca_japan.edge.periods import validate_period
from openfisca_japan.edge.requirements import situation_problems


def validate_situation(tax_benefit_system, situation) -> list[Problem]:
    """Every problem of a fully specified situation dict (as posted to the web API).

    Checks input values against `bound_for`, enum names, the periods of requested computations (values
    `null`), that no person belongs to two groups of the same entity, and that the inputs whose default
    would change the answer are given (`openfisca_japan.edge.requirements`). Structural errors that openfisca
    reports clearly itself (unknown variables or entities, unreadable periods) are left to openfisca.
    """
    problems: list[Problem] = []
    if not isinstance(situation, dict):
        return [Problem("the situation must be a JSON object", allowed="{'persons': {...}, 'households': {...}}")]
    entities = {entity.plural: entity for entity in tax_benefit_system.entities}
    problems += _bad_keys(situation)
    if problems:
        return problems  # openfisca cannot even report errors on such keys
    births = {}
    requested_stops = []
    requested_names: set[str] = set()
    requested_persons: set[str] = set()
    for plural, instances in situation.items():
        entity = entities.get(plural)
        if entity is None or not isinstance(instances, dict):
            continue
        role_keys = {role.plural or role.key for role in getattr(entity, "roles", ())}
        members_seen: dict[str, list] = {}
        for instance_id, instance in instances.items():
            if not isinstance(instance, dict):
                continue
            for key, values in instance.items():
                if key in role_keys:
                    ids = values if isinstance(values, list) else [values]
                    for person_id in ids:
                        if isinstance(person_id, str):
                            members_seen.setdefault(person_id, []).append((instance_id, key))
                    continue
                variable = tax_benefit_system.variables.get(key)
                if variable is None:
                    problems.append(unknown_variable_problem(tax_benefit_system, key, entity=plural, id=instance_id))
                    continue
                if variable.entity.key != entity.key or not isinstance(values, dict):
                    continue  # openfisca answers these
                for period_text, value in values.items():
                    where = {"entity": plural, "id": instance_id}
                    try:
                        period = periods.period(period_text)
                    except (ValueError, TypeError, AttributeError):
                        continue  # openfisca answers these
                    if value is None:
                        requested_names.add(key)
                        if plural == tax_benefit_system.person_entity.plural:
                            requested_persons.add(instance_id)
                        found = validate_period(period, variable, where)
                        for problem in found:
                            problems.append(dataclasses.replace(problem, period=str(period_text)))
                        if not found and period.unit != DateUnit.ETERNITY:
                            requested_stops.append(period.stop.date)
                        continue
                    found = check_value(variable, value)
                    if found:
                        message, allowed = found
                        problems.append(
                            Problem(
                                message,
                                variable=key,
                                period=str(period_text),
                                value=value,
                                allowed=allowed,
                                **where,
                            )
                        )
                    elif key == "birth_date":
                        try:
                            births[instance_id] = _as_date(value)
                        except (TypeError, ValueError):
                            pass
        for person_id, memberships in members_seen.items():
            if len(memberships) > 1:
                listed = ", ".join(f"{group!r} ({role})" for group, role in memberships)
                problems.append(
                    Problem(
                        f"person {person_id!r} is a member of {len(memberships)} {plural}: {listed}",
                        entity=plural,
                        id=memberships[1][0],
                        variable=memberships[1][1],
                        allowed=f"each person in exactly one of the {plural}",
                    )
                )
    problems += situation_problems(situation, requested_names or None, requested_persons)
    if requested_stops:
        last = max(requested_stops)
        for person_id, born in births.items():
            if born > last:
                problems.append(
                    Problem(
                        f"born on {born}, after every period requested (the last ends on {last}): age would be negative",
                        entity=tax_benefit_system.person_entity.plural,
                        id=person_id,
                        variable="birth_date",
                        period="ETERNITY",
                        allowed=f"a birth date on or before {last}",
                    )
                )
    return problems


def _bad_keys(situation):
    """Empty keys and keys with '/' (openfisca addresses values by 'entity/id/variable/period' paths)."""
    problems = []

    def visit(node, path, depth):
        if depth > 4 or not isinstance(node, dict):
            return
        for key, value in node.items():
            if isinstance(key, str) and (not key.strip() or "/" in key):
                where = "/".join([*path, str(key)])
                problems.append(
                    Problem(
                        f"invalid key {key!r} at {where!r}",
                        entity="situation",
                        allowed="non-empty ids, variable names and periods without '/'",
                    )
                )
                continue
            visit(value, [*path, key], depth + 1)

    visit(situation, [], 1)
    return problems


def check_situation(tax_benefit_system, situation):
    """Raise one InputValidationError listing every problem of `situation`, if any."""
    problems = validate_situation(tax_benefit_system, situation)
    if problems:
        raise InputValidationError(problems, "Invalid situation")


