"""Dependants of an insured person of employee health insurance (被扶養者, 健康保険法 第3条第7項).

Who the insured person is: by default, another member of the same `household` entity who is insured by
employee health insurance (or a mutual aid association, or voluntary continued). For a relative living
elsewhere (parents abroad, a student living alone), put them in the insured person's household entity with
`lives_with_insured_person: false`, or give the `insured_person_*` inputs directly.
Incomes are those of the calendar year containing the month (the insurer's forecast of the next 12
months is approximated by `expected_annual_income` of that year).
"""

import numpy as np
from openfisca_core.model_api import MONTH, YEAR, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Household, Person
from openfisca_japan.enums import ResidenceStatus
from openfisca_japan.law.coverage import SUPPORTED_PERIOD_END


class DependantRelationship(Enum):
    """Relationship with the insured person (被保険者との続柄)."""

    none = "Not a relative (続柄なし)"
    spouse = "Spouse, including de facto (配偶者, 事実婚を含む)"
    child = "Child (子)"
    grandchild = "Grandchild (孫)"
    sibling = "Brother or sister (兄弟姉妹)"
    lineal_ascendant = "Parent, grandparent or other lineal ascendant (父母・祖父母等の直系尊属)"
    other_relative_within_third_degree = "Other relative within the third degree (その他の三親等内の親族)"
    de_facto_spouse_parent_or_child = "Parent or child of a de facto spouse (内縁の配偶者の父母及び子)"


# These relatives qualify without living in the insured person's household (生計維持のみ).
WITHOUT_LIVING_TOGETHER = (
    DependantRelationship.spouse,
    DependantRelationship.child,
    DependantRelationship.grandchild,
    DependantRelationship.sibling,
    DependantRelationship.lineal_ascendant,
)


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


class dependant_overseas_exception(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Lives abroad under an exception to the domestic residence requirement (国内居住要件の例外)"
    documentation = (
        "健康保険法施行規則 第37条の2: (1) student studying abroad, (2) accompanying the insured person posted "
        "abroad, (3) temporarily abroad for non-work purposes (sightseeing, recuperation, volunteering, "
        "working holiday), (4) became family during the insured person's posting abroad, (5) others with "
        "their base of life in Japan."
    )
    reference = "https://www.mhlw.go.jp/web/t_doc?dataId=00tc4995&dataType=1&pageNo=1"


class has_employee_insured_family_member(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "A family member is insured by employee health insurance (被保険者である家族がいる)"
    documentation = (
        "Defaults to: another member of the household entity is an insured person of employee health "
        "insurance, a mutual aid association or voluntary continued insurance. NHI has no dependants."
    )

    def formula(person, period):
        insured = person("is_employee_health_insured", period) + person("is_voluntary_continued_insured", period)
        return person.household.sum(insured) - insured > 0


class insured_person_annual_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Annual income of the insured person supporting this person (被保険者の年間収入)"
    documentation = (
        "Defaults to the highest `annual_income` of a member of the household insured by employee health insurance or "
        "voluntary continuation in a month of that year. Months after the last supported period (March 2027) are not "
        "looked at: their coverage rules are not modelled, and the dependant test of January–March 2027 needs this."
    )

    def formula(person, period):
        months = [month for month in period.get_subperiods(MONTH) if month.start.date <= SUPPORTED_PERIOD_END]
        insured = sum(person("is_employee_health_insured", month) | person("is_voluntary_continued_insured", month) for month in months) > 0
        return person.household.max(np.where(insured, person("annual_income", period), 0))


class remittance_from_insured_person(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Money sent by the insured person to this person in the year (被保険者からの仕送り額)"
    documentation = "Used when not living together: the income must be less than the remittance."


class dependant_income_limit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Applicable annual income limit of the dependant test (被扶養者の収入基準額)"
    documentation = (
        "1.3 million yen; 1.8 million from 60 or with a disability of the disability-pension level; from "
        "October 2025, 1.5 million for a dependant other than the spouse aged 19–22 at 31 December of the year."
    )
    reference = "昭和52年 保発第9号; 令和7年 保保発0704第1号 (https://www.kyoukaikenpo.or.jp/g3/cat320/sb3160/sbb3163/1959-230/)"

    def formula(person, period, parameters):
        p = parameters(period).health_insurance.dependants
        age = person("age", period)
        elderly = (age >= p.ages.elderly) + person("has_certified_disability", period)
        limit = np.where(elderly, p.income_limit.elderly_or_disabled, p.income_limit.general)
        if "age_19_to_22" in p.income_limit._children:  # in force from 1 October 2025
            age_31_december = person("age", period.this_year.first_month.offset(11))
            young = (age_31_december >= p.ages.young_adult_minimum) * (age_31_december < p.ages.young_adult_maximum)
            not_spouse = person("relationship_to_insured_person", period) != DependantRelationship.spouse
            limit = np.where(young * not_spouse * ~elderly, p.income_limit.age_19_to_22, limit)
        return limit


class is_health_insurance_dependent(Variable):
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
