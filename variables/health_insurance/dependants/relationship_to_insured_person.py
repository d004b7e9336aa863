"""Relationship with the insured person and living in the same household (被保険者との続柄・同一世帯, 健康保険法 第3条第7項)."""

import numpy as np
from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Household, Person
from openfisca_japan.enums import DependantRelationship


class relationship_to_insured_person(Variable):
    value_type = Enum
    possible_values = DependantRelationship
    default_value = DependantRelationship.none
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Relationship with the insured person (被保険者との続柄)"
    documentation = (
        "Defaults from the household roles: `spouse` (or `head` when the household has a spouse) → spouse, "
        "`child` → child, others → none (give it explicitly, e.g. lineal_ascendant for a parent)."
    )
    reference = "健康保険法 第3条第7項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"

    def formula(person, period):
        has_spouse = person.household.nb_persons(Household.SPOUSE) > 0
        spouse = person.has_role(Household.SPOUSE) + person.has_role(Household.HEAD) * has_spouse
        child = person.has_role(Household.CHILD)
        return np.select(
            [spouse, child],
            [DependantRelationship.spouse.index, DependantRelationship.child.index],
            DependantRelationship.none.index,
        )


class lives_with_insured_person(Variable):
    value_type = bool
    default_value = True
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Lives in the same household as the insured person (被保険者と同一世帯)"
    reference = "健康保険法 第3条第7項第2号 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"
