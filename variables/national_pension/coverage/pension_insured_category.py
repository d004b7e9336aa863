"""National Pension insured category (国民年金の被保険者の種別), 国民年金法 第7条.

Category 1 (第1号): residents aged 20–59 who are neither category 2 nor 3.
Category 2 (第2号): employees' pension insured persons (厚生年金保険の被保険者); from 65, only those not
entitled to an old-age pension.
Category 3 (第3号): the dependent spouse of a category 2 insured person, aged 20–59."""

from openfisca_core.model_api import MONTH, Enum, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.enum_arrays import enum_select


class PensionInsuredCategory(Enum):
    """National Pension insured category (国民年金の被保険者の種別)."""

    none = "Not insured (被保険者でない)"
    category_1 = "Category 1 insured person (第1号被保険者)"
    category_2 = "Category 2 insured person (第2号被保険者)"
    category_3 = "Category 3 insured person (第3号被保険者)"


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
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_7"

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
        return enum_select(
            [category_2, category_3, category_1],
            [PensionInsuredCategory.category_2, PensionInsuredCategory.category_3, PensionInsuredCategory.category_1],
            PensionInsuredCategory.none,
        )
