"""Monthly self-pay limit of the person's group (高額療養費算定基準額・自己負担限度額, 健康保険法施行令 第42条)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_high_cost import month_context
from openfisca_japan.law.health_insurance_high_cost_steps import elderly_limit, transfer_month_limit, under_70_limit


class high_cost_medical_expense_limit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Monthly self-pay limit of the person's group (高額療養費算定基準額・自己負担限度額)"
    documentation = (
        "Under 70: the limit of the group's category at the group's medical costs (e.g. ウ: 80,100 + (cost − "
        "267,000) × 1 %). 70 and over: the household limit for 70+ members. The reduced limit from the 4th time. "
        "In the 75th-birthday month (75歳到達月の特例, 施行令 第41条第4項): the person's own halved limit, the one "
        "the benefit of that month is computed on."
    )
    reference = "健康保険法施行令 第42条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_42)"

    def formula(person, period, parameters):
        m = month_context(person, period, parameters)
        person("high_cost_income_category", period)  # refuses the categories not covered for every covered person
        group = np.where(m.elderly, elderly_limit(person, period, parameters, m.covered),
                         under_70_limit(person, period, parameters, m.covered))
        return np.where(m.transfer, transfer_month_limit(person, period, parameters), group)
