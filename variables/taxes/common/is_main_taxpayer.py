"""The member of the couple who claims the spouse and dependant deductions (控除を受ける納税者)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household, Person


class is_main_taxpayer(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Claims the household's spouse and dependant deductions (扶養控除等を受ける納税者)"
    documentation = (
        "Model convention: of the household head and spouse, the one with the higher total income (the head "
        "on a tie) claims the spouse deduction for the other and the dependant deductions for the children and "
        "other members. A spouse special deduction cannot be claimed by both spouses (所得税法 第83条の2第2項), "
        "and a dependant is counted by one taxpayer only (所得税法施行令 第219条). Give this variable to assign "
        "them otherwise."
    )
    reference = "所得税法 第83条の2第2項, 第85条 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_85)"

    def formula(person, period):
        income = person("total_income", period)
        household = person.household
        head = household.value_from_person(income, role=Household.HEAD, default=0)
        spouse = household.value_from_person(income, role=Household.SPOUSE, default=0)
        spouse_earns_more = (household.nb_persons(Household.SPOUSE) > 0) * (spouse > head)
        return person.has_role(Household.HEAD) * ~spouse_earns_more + person.has_role(Household.SPOUSE) * spouse_earns_more
