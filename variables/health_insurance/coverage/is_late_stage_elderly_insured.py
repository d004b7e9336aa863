"""Insured person of late-stage elderly medical care (後期高齢者医療の被保険者, 高齢者の医療の確保に関する法律 第50条, 第52条):
from the 75th birthday, or from 65 with a certified disability on application."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_coverage import born_on_next_first, check_age


class late_stage_elderly_disability_certified(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Aged 65–74, applied and certified by the wide-area union as disabled (後期高齢者医療 障害認定)"
    documentation = "Joining late-stage elderly care at 65–74 is optional: true only if the person applied and was certified."
    reference = "高齢者の医療の確保に関する法律 第50条第2号 (https://laws.e-gov.go.jp/law/357AC0000000080#Mp-At_50)"


class is_late_stage_elderly_insured(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Insured person of late-stage elderly medical care at the end of the month (後期高齢者医療の被保険者)"
    documentation = (
        "From the 75th birthday itself (a person born on the 1st of month M+1 is 75 in month M by `age`, "
        "but joins on the 1st of M+1: read from `birth_date`), or from 65 with a certified disability."
    )
    reference = "高齢者の医療の確保に関する法律 第50条, 第52条 (https://laws.e-gov.go.jp/law/357AC0000000080#Mp-At_50)"

    def formula(person, period, parameters):
        limit = parameters(period).employee_insurance_coverage.late_stage_elderly_age
        minimum = parameters(period).health_insurance.copayment.ages.late_stage_disability_minimum
        age = person("age", period)
        check_age(age)
        reached = (age >= limit) * ~((age == limit) * born_on_next_first(person, period, limit, age))
        by_disability = (age >= minimum) * person("late_stage_elderly_disability_certified", period)
        exempt = person("exempt_from_japanese_health_insurance_by_agreement", period)
        return (reached + by_disability) * person("is_resident_for_regional_insurance", period) * ~exempt
