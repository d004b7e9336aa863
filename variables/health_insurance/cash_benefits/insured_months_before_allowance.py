"""Continuous insured months before the first payment day (支給開始日以前の継続した被保険者期間, 健康保険法 第99条第2項)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class insured_months_before_allowance(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "month"
    label = "Continuous insured months up to and including the month (支給開始日以前の継続した被保険者期間の月数)"
    documentation = "Counted back from the month over at most 12 months of `is_employee_health_insured`. Can be input."
    reference = "健康保険法 第99条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period, parameters):
        months = int(parameters(period).health_insurance.cash_benefits.daily_amount.averaging_months)
        count = np.zeros(person.count, dtype=np.int32)
        continuous = np.ones(person.count, dtype=bool)
        for back in range(months):
            continuous = continuous * person("is_employee_health_insured", period.offset(-back))
            count = count + continuous
        return count
