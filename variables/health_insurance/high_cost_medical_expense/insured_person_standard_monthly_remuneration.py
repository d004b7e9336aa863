"""Standard monthly remuneration of the insured person of a person's group (被保険者の標準報酬月額), which sets the high-cost
category of the insured person and the dependants (健康保険法施行令 第42条第1項)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_high_cost import EMPLOYEE_TYPE


class insured_person_standard_monthly_remuneration(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "currency-JPY"
    label = "Standard monthly remuneration of the insured person of the person's group (被保険者の標準報酬月額)"
    documentation = (
        "An insured person's own; for a dependant, the highest of the employee-insured members of the "
        "household (give it for a dependant whose insured person is not in the household entity)."
    )
    reference = "健康保険法施行令 第42条第1項 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_42)"

    def formula(person, period):
        smr = person("insured_standard_monthly_remuneration", period)
        employee = np.isin(person("health_insurance_scheme", period), EMPLOYEE_TYPE)
        return np.where(employee, smr, person.household.max(np.where(employee, smr, 0)))
