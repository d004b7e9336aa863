"""Step 3 of the high-cost medical expense benefit (高額療養費, 健康保険法施行令 第41条第1項, limits 第42条第1項): the bills of
21,000 yen or more of the members under 70, with what the 70+ members still bear after step 2, capped at the under-70
limit of the group's category (世帯合算)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_high_cost import month_context
from openfisca_japan.law.health_insurance_high_cost_steps import eligible_bills, kept_bills, under_70_limit


class high_cost_household_refund(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "High-cost benefit of the person's group on the bills of 21,000 yen or more, step 3 (世帯合算の高額療養費)"
    documentation = (
        "max(0, Σ bills of 21,000 yen or more of the members under 70 + what the 70+ members still bear − the under-70 "
        "limit at the costs of those bills and of the 70+ members); 0 when no bill of a member under 70 enters the "
        "step. The same amount on every member of the group."
    )
    reference = "健康保険法施行令 第41条第1項, 第42条第1項 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"

    def formula(person, period, parameters):
        m = month_context(person, period, parameters)
        eligible_sum = m.group_sum(eligible_bills(person, period, parameters)[0])
        _, _, _, kept = kept_bills(person, period, parameters)
        elderly_own = kept.sum(axis=0) - person("high_cost_outpatient_refund_70", period) - person(
            "high_cost_transfer_month_refund", period)
        elderly_left = m.group_sum(np.where(m.elderly, elderly_own, 0)) - person("high_cost_elderly_household_refund", period)
        limit = under_70_limit(person, period, parameters, m.relevant)
        return np.where(eligible_sum > 0, np.maximum(0, eligible_sum + elderly_left - limit), 0)
