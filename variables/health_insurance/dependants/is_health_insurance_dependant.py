"""Dependants of an insured person of employee health insurance (被扶養者, 健康保険法 第3条第7項).

Who the insured person is: by default, another member of the same `household` entity who is insured by
employee health insurance (or a mutual aid association, or voluntary continued). For a relative living
elsewhere (parents abroad, a student living alone), put them in the insured person's household entity with
`lives_with_insured_person: false`, or give the `insured_person_*` inputs directly.
Incomes are those of the calendar year containing the month (the insurer's forecast of the next 12
months is approximated by `expected_annual_income` of that year).
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import DependantRelationship, ResidenceStatus

# These relatives qualify without living in the insured person's household (生計維持のみ).
WITHOUT_LIVING_TOGETHER = (
    DependantRelationship.spouse,
    DependantRelationship.child,
    DependantRelationship.grandchild,
    DependantRelationship.sibling,
    DependantRelationship.lineal_ascendant,
)


class is_health_insurance_dependant(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Dependant of an insured person of employee health insurance (被扶養者)"
    documentation = (
        "Relative of an employee-insured person (spouse, child, grandchild, sibling, lineal ascendant; other "
        "relatives within the third degree only when living together), not insured themself, under 75, with "
        "an address in Japan (or an overseas exception) and a status that is not excluded, and an expected "
        "annual income below the limit and below half the insured person's income (living together) or "
        "below the remittance (living apart). Short-term-stay relatives never qualify."
    )
    reference = "健康保険法 第3条第7項; 健康保険法施行規則 第37条の2, 第37条の3 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"

    def formula(person, period, parameters):
        p = parameters(period).health_insurance.dependants
        related = _relative_of_insured_person(person, period)
        income_test = _income_requirement(person, period, p)
        resident = _residence_requirement(person, period, p)
        not_insured = _not_insured_in_own_right(person, period)
        return person("has_employee_insured_family_member", period) * related * income_test * resident * not_insured


class is_health_insurance_dependent(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Deprecated alias of is_health_insurance_dependant (kept for web API users) (被扶養者)"
    documentation = (
        "The same value as `is_health_insurance_dependant` (renamed to the spelling of the parameter tree, "
        "`health_insurance.dependants`). Do not use in new code."
    )
    reference = "健康保険法 第3条第7項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"

    def formula(person, period):
        return person("is_health_insurance_dependant", period)


def _relative_of_insured_person(person, period):
    """Relatives who can be dependants (健康保険法 第3条第7項第1号〜第4号): spouse, child, grandchild, sibling
    and lineal ascendant with support alone (生計維持); other relatives within the third degree and a de facto
    spouse's parents and children only when they also live in the insured person's household (同一世帯)."""
    relation = person("relationship_to_insured_person", period)
    together = person("lives_with_insured_person", period)
    no_cohabitation_needed = np.isin(relation, [r.index for r in WITHOUT_LIVING_TOGETHER])
    return (relation != DependantRelationship.none) * (no_cohabitation_needed + together)


def _income_requirement(person, period, p):
    """Income requirement (収入要件, 昭和52年 保発第9号; 令和7年 保保発0704第1号): expected annual income below
    `dependant_income_limit` and, living together, below half the insured person's income (2分の1未満), living
    apart, below the remittance from the insured person (仕送り額未満)."""
    year = period.this_year
    together = person("lives_with_insured_person", period)
    income = person("expected_annual_income", year)
    support_test = np.where(
        together,
        income < p.income_ratio * person("insured_person_annual_income", year),
        income < person("remittance_from_insured_person", year),
    )
    return (income < person("dependant_income_limit", period)) * support_test


def _residence_requirement(person, period, p):
    """Domestic residence requirement (国内居住要件, 健康保険法 第3条第7項, from April 2020): an address in Japan or
    an exception of 施行規則 第37条の2 (students abroad, accompanying a posted insured person…); never with a
    status excluded by 施行規則 第37条の3 (特定活動 医療滞在・ロングステイ), nor short-term stay or diplomat."""
    status = person("residence_status", period)
    excluded_status = np.isin(status, [
        ResidenceStatus.short_term_stay.index,
        ResidenceStatus.diplomat.index,
        ResidenceStatus.designated_activities_medical.index,
        ResidenceStatus.designated_activities_long_stay_tourism.index,
    ])
    resident = (
        person("lives_in_japan", period)
        + person("dependant_overseas_exception", period)
        + (not p.domestic_residence_required)
    )
    return resident * ~excluded_status


def _not_insured_in_own_right(person, period):
    """Not an insured person of employee health insurance (incl. voluntary continued) in their own right, and not
    insured by the late-stage elderly medical care system (健康保険法 第3条第7項 ただし書: 後期高齢者医療の被保険者等を除く)."""
    not_insured = ~(person("is_employee_health_insured", period) + person("is_voluntary_continued_insured", period))
    not_late = ~person("is_late_stage_elderly_insured", period)
    return not_insured * not_late
