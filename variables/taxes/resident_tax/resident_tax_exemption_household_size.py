"""Number of persons of the non-taxable limits (本人・同一生計配偶者・扶養親族の数)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household, Person


class resident_tax_exemption_household_size(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    unit = "person"
    label = "The person, the spouse in the same household and the dependants, incl. those under 16 (本人＋同一生計配偶者＋扶養親族の数)"
    documentation = (
        "1 + a spouse whose total income is at most the resident-tax limit + (for the main taxpayer) the "
        "household's dependants of any age with total income at most that limit."
    )
    reference = "地方税法 第295条第3項, 附則第3条の3; 地方税法施行令 第47条の3 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_295)"

    def formula(person, period, parameters):
        limit = parameters(f"{period.start.year + 1}-01-01").taxes.resident_tax.dependant_income_limit
        spouse = person("has_tax_partner", period) * (person("tax_partner_total_income", period) <= limit)
        member = person.has_role(Household.CHILD) + person.has_role(Household.OTHER)
        dependant = member * person("is_claimed_as_tax_dependant", period) * (person("total_income", period) <= limit)
        dependants = person("is_main_taxpayer", period) * person.household.sum(dependant)
        return 1 + spouse + dependants
