"""Step 2 of the high-cost medical expense benefit (高額療養費, 健康保険法施行令 第41条, limits 第42条): what the 70+ members
of the group still bear after the personal steps, capped at the 70+ limit of the group's category (世帯単位)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_high_cost import month_context
from openfisca_japan.law.health_insurance_high_cost_steps import elderly_limit, kept_bills

REFERENCE = "健康保険法施行令 第41条, 第42条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"


class high_cost_elderly_household_limit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Limit of the 70+ members of the person's group, step 2 (70歳以上の世帯単位の自己負担限度額)"
    documentation = "The same on every member of the group; 0 in groups without costs whose limit is not known."
    reference = REFERENCE

    def formula(person, period, parameters):
        return elderly_limit(person, period, parameters, month_context(person, period, parameters).relevant)


class high_cost_elderly_household_refund(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "High-cost benefit of the 70+ members of the person's group, step 2 (70歳以上の世帯単位の高額療養費)"
    documentation = "The same amount on every member of the group."
    reference = REFERENCE

    def formula(person, period, parameters):
        m = month_context(person, period, parameters)
        _, _, _, kept = kept_bills(person, period, parameters)
        own = kept.sum(axis=0) - person("high_cost_outpatient_refund_70", period) - person(
            "high_cost_transfer_month_refund", period)
        elderly_sum = m.group_sum(np.where(m.elderly, own, 0))
        has_elderly = m.group_sum(m.elderly * 1) > 0
        limit = person("high_cost_elderly_household_limit", period)
        return np.where(has_elderly, np.maximum(0, elderly_sum - limit), 0)
