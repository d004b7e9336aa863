"""Insured person of employees' pension in the month (厚生年金保険の被保険者, 厚生年金保険法 第9条, 第14条)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class is_employees_pension_insured(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Insured person of employees' pension in the month (厚生年金保険の被保険者)"
    documentation = (
        "Works under employee insurance, is under 70 (status is lost on reaching 70, the day before the "
        "70th birthday, so the month in which `age` is 70 is not owed), not exempt by a social security "
        "agreement."
    )
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_9"

    def formula(person, period, parameters):
        limit = parameters(period).employee_insurance_coverage.employees_pension_age_limit
        exempt = person("exempt_from_japanese_pension_by_agreement", period)
        return (
            person("works_under_employee_insurance", period)
            * (person("age", period) < limit)
            * np.logical_not(exempt)
        )
