"""Who is insured by the National Pension, and in which category (国民年金の被保険者の種別).

Category 1 (第1号): residents aged 20–59 who are neither category 2 nor 3.
Category 2 (第2号): employees' pension insured persons (厚生年金保険の被保険者); from 65, only those not
entitled to an old-age pension.
Category 3 (第3号): the dependent spouse of a category 2 insured person, aged 20–59.
"""

from openfisca_core.model_api import MONTH, Enum, Variable, where

from openfisca_japan.entities import Household, Person
from openfisca_japan.enums import ResidenceStatus


class PensionInsuredCategory(Enum):
    """National Pension insured category (国民年金の被保険者の種別)."""

    none = "Not insured (被保険者でない)"
    category_1 = "Category 1 insured person (第1号被保険者)"
    category_2 = "Category 2 insured person (第2号被保険者)"
    category_3 = "Category 3 insured person (第3号被保険者)"


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
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141"

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
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141"

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


class is_national_pension_category_3_dependent(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Dependent for category 3: expected annual income under 1.3 million yen (被扶養配偶者の収入要件)"
    documentation = (
        "The health-insurance dependant income test used for category 3: expected annual income "
        "(`expected_annual_income` of the calendar year of the month) under 1,300,000 yen. The further "
        "test 'less than half of the insured person's income' is not modelled."
    )
    reference = "https://www.city.odawara.kanagawa.jp/field/welfare/plan/kokumi.html"

    def formula(person, period, parameters):
        limit = parameters(period).national_pension.coverage.category_3_income_limit
        return person("expected_annual_income", period.this_year) < limit


class national_pension_resident_eligible(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Aged 20–59 and not excluded by status of residence (国民年金の強制加入の年齢・在留資格要件)"
    documentation = (
        "Age 20–59 (`age` attained by the end of the month: insured from the month one reaches 20 to the "
        "month before one reaches 60), status of residence not excluded (short-term stay, diplomat, "
        "non-resident; since April 2020 designated activities for medical stay or long-stay tourism), and "
        "not exempt by a social security agreement."
    )
    reference = "https://www.nenkin.go.jp/service/kokunen/kanyu/tekiyojogai.html"

    def formula(person, period, parameters):
        coverage = parameters(period).national_pension.coverage
        age = person("age", period)
        status = person("residence_status", period)
        excluded_status = (
            (status == ResidenceStatus.short_term_stay)
            + (status == ResidenceStatus.diplomat)
            + (status == ResidenceStatus.not_resident)
            + coverage.excludes_medical_and_long_stay_tourism
            * (
                (status == ResidenceStatus.designated_activities_medical)
                + (status == ResidenceStatus.designated_activities_long_stay_tourism)
            )
        )
        return (
            (age >= coverage.minimum_age)
            * (age < coverage.age_limit)
            * (1 - excluded_status)
            * (1 - person("exempt_from_japanese_pension_by_agreement", period))
        ).astype(bool)


class pension_insured_category(Variable):
    value_type = Enum
    possible_values = PensionInsuredCategory
    default_value = PensionInsuredCategory.none
    entity = Person
    definition_period = MONTH
    label = "National Pension insured category in the month (国民年金の被保険者の種別)"
    documentation = (
        "An enum: `category_1`, `category_2`, `category_3` or `none`. Category 2 comes first; category 3 "
        "needs a category 2 spouse in the household, age 20–59, dependency, and (since April 2020) an "
        "address in Japan; category 1 needs an address in Japan and age 20–59."
    )
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141"

    def formula(person, period, parameters):
        coverage = parameters(period).national_pension.coverage
        category_2 = person("is_national_pension_category_2", period)
        eligible = person("national_pension_resident_eligible", period)
        lives_in_japan = person("lives_in_japan", period)
        category_3 = (
            person("spouse_is_national_pension_category_2", period)
            * eligible
            * person("is_national_pension_category_3_dependent", period)
            * (lives_in_japan + (1 - coverage.category_3_requires_residence))
        ).astype(bool)
        category_1 = eligible * lives_in_japan
        return where(
            category_2,
            PensionInsuredCategory.category_2,
            where(
                category_3,
                PensionInsuredCategory.category_3,
                where(category_1, PensionInsuredCategory.category_1, PensionInsuredCategory.none),
            ),
        )
