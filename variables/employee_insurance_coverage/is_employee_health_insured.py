"""Insured person of employee health insurance in the month (健康保険の被保険者, 健康保険法 第3条第1項)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_coverage import born_on_next_first


class is_employee_health_insured(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Insured person of employee health insurance in the month (健康保険の被保険者)"
    documentation = (
        "Works under employee insurance, is not exempt by a social security agreement, and owes the "
        "premium of the month: membership ends on the 75th birthday itself (後期高齢者医療), and the "
        "premium is owed up to the month before the month of that birthday. `age` is attained the day "
        "before the birthday, so a person born on the 1st of month M+1 is 75 in month M and still owes "
        "month M (read from `birth_date`)."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3"

    def formula(person, period, parameters):
        limit = parameters(period).employee_insurance_coverage.late_stage_elderly_age
        age = person("age", period)
        # 75th birthday on the 1st of the next month: born on that day 75 years earlier.
        under_limit = (age < limit) + ((age == limit) * born_on_next_first(person, period, limit, age))
        exempt = person("exempt_from_japanese_health_insurance_by_agreement", period)
        return person("works_under_employee_insurance", period) * under_limit * np.logical_not(exempt)
