"""A family member is an insured person of employee health insurance (被保険者である家族), the person whose dependant one can be
(健康保険法 第3条第7項). NHI has no dependants."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person


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
    reference = "健康保険法 第3条第7項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"

    def formula(person, period):
        insured = person("is_employee_health_insured", period) + person("is_voluntary_continued_insured", period)
        return person.household.sum(insured) - insured > 0
