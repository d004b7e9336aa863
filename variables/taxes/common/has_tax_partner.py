"""Whether the person is one of a married couple of the household (配偶者の有無)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household, Person


class has_tax_partner(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Has a spouse in the same household, for the spouse deductions (生計を一にする配偶者の有無)"
    documentation = "True for the household head when the household has a spouse, and for the spouse."
    reference = "所得税法 第83条, 第83条の2 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_83)"

    def formula(person, period):
        has_spouse = person.household.nb_persons(Household.SPOUSE) > 0
        return person.has_role(Household.SPOUSE) + person.has_role(Household.HEAD) * has_spouse
