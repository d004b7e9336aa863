"""What a person still bears after the monthly high-cost benefit (高額療養費支給後の自己負担額), the amounts that the annual
cap (年間上限, 健康保険法施行令 第41条の3 as amended by 令和8年政令第240号, from August 2026) sums over August–July."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_high_cost import month_context
from openfisca_japan.law.health_insurance_high_cost_steps import eligible_bills, kept_bills

REFERENCE = "健康保険法施行令 第41条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"


class high_cost_own_pay_after_monthly(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Copayments the person still bears after the month's high-cost benefit (高額療養費支給後の自己負担額)"
    documentation = (
        "The person's copayments less the person's share of the group's benefit: steps 0, 1 and 1b to the person, "
        "steps 2 and 3 in proportion to what the person brought into them (only the bills that entered them). Every "
        "bill counts, those under 21,000 yen of members under 70 included (see `high_cost_own_pay_of_small_bills`). "
        "For the months of the August–July year that are not simulated, give it as an input (receipts). 0 without "
        "insurance."
    )
    reference = REFERENCE

    def formula(person, period, parameters):
        m = month_context(person, period, parameters)
        _, _, copays, kept = kept_bills(person, period, parameters)
        own = kept.sum(axis=0) - person("high_cost_outpatient_refund_70", period) - person(
            "high_cost_transfer_month_refund", period)
        elderly_sum = m.group_sum(np.where(m.elderly, own, 0))
        share_2 = np.where(m.elderly * (elderly_sum > 0),
                           person("high_cost_elderly_household_refund", period) * own / np.maximum(elderly_sum, 1), 0)
        into_3 = np.where(m.elderly, own - share_2, eligible_bills(person, period, parameters)[0])
        total_3 = m.group_sum(into_3)
        share_3 = np.where(total_3 > 0, person("high_cost_household_refund", period) * into_3 / np.maximum(total_3, 1), 0)
        return np.where(m.covered, own - share_2 - share_3, 0)


class high_cost_own_pay_of_small_bills(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Copayments of the bills under 21,000 yen of a member under 70 (2万1千円未満のレセプトの自己負担額)"
    documentation = (
        "They never enter the monthly benefit; whether they count toward the annual cap is not confirmed from an "
        "official text, so the annual benefit refuses a case where they change it. Give it as an input with "
        "`high_cost_own_pay_after_monthly` for months not simulated."
    )
    reference = REFERENCE

    def formula(person, period, parameters):
        m = month_context(person, period, parameters)
        _, _, _, kept = kept_bills(person, period, parameters)
        small = (kept > 0) * (kept < m.node.rules.household_aggregation_minimum) * ~m.elderly * m.covered
        return (kept * small).sum(axis=0)
