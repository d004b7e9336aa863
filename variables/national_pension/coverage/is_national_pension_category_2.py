"""Category 2 insured persons of the National Pension (第2号被保険者): employees' pension insured persons; from 65,
only those not entitled to an old-age pension (国民年金法 第7条第1項第2号, 附則第3条)."""

from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Household, Person


class is_national_pension_category_2(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Category 2 insured person of the National Pension (第2号被保険者)"
    documentation = (
        "An employees' pension insured person (`is_employees_pension_insured`, which already ends at 70 and "
        "excludes posted workers exempt by an agreement). From 65 only those who are not entitled to an "
        "old-age pension, i.e. whose qualifying period (`pension_qualifying_months`) is short (NPA "
        "supplementary art. 3)."
    )
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_7"

    def formula(person, period, parameters):
        coverage = parameters(period).national_pension.coverage
        qualifying = parameters(period).national_pension.benefits.old_age_basic.calculation.qualifying_months
        entitled = person("pension_qualifying_months", period.this_year) >= qualifying
        over_limit = person("age", period) >= coverage.category_2_age_with_pension_entitlement
        return person("is_employees_pension_insured", period) * (1 - over_limit * entitled)


class spouse_is_national_pension_category_2(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The person's spouse in the household is a category 2 insured person (配偶者が第2号被保険者)"
    documentation = "The spouse is the other of the household's `head` and `spouse`."
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_7"

    def formula(person, period):
        household = person.household
        category_2 = person("is_national_pension_category_2", period)
        head_value = household.value_from_person(category_2, role=Household.HEAD, default=False)
        spouse_value = household.value_from_person(category_2, role=Household.SPOUSE, default=False)
        return where(
            person.has_role(Household.HEAD),
            spouse_value,
            where(person.has_role(Household.SPOUSE), head_value, False),
        )
