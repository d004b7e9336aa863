"""Medical care inputs (療養)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person

BILL_SLOTS = range(1, 7)  # as openfisca_japan.law.health_insurance_bills.BILL_SLOTS


class medical_expenses(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Medical costs of the month at full price, 10/10 (医療費総額)"
    unit = "currency-JPY"
    reference = "健康保険法 第74条第1項 (療養の給付に要する費用の額) (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_74)"
    documentation = (
        "Total cost of insured medical care of the month, before the copayment, in yen. An input; when the bills "
        "(`medical_bill_cost_<k>`) are given instead, their sum."
    )

    def formula(person, period):
        return np.sum([person(f"medical_bill_cost_{k}", period) for k in BILL_SLOTS], axis=0)
