"""Total income of the person's spouse in the household (配偶者の合計所得金額)."""

from openfisca_core.model_api import YEAR, Variable, where

from openfisca_japan.entities import Household, Person


class tax_partner_total_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Total income of the spouse in the household, for the spouse deductions (配偶者の合計所得金額)"
    documentation = (
        "For the household head, the total income of the household spouse; for the spouse, that of the head; "
        "0 for other members. The spouse is the one of the household roles head/spouse (民法上の配偶者)."
    )
    reference = "所得税法 第2条第1項第33号, 第83条 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_2)"
    unit = "currency-JPY"

    def formula(person, period):
        income = person("total_income", period)
        household = person.household
        head = household.value_from_person(income, role=Household.HEAD, default=0)
        spouse = household.value_from_person(income, role=Household.SPOUSE, default=0)
        return where(person.has_role(Household.HEAD), spouse, where(person.has_role(Household.SPOUSE), head, 0))
