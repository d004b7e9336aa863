"""High-cost medical expense benefit (高額療養費, 健康保険法 第115条; 健康保険法施行令 第41条): the benefit of the person's
aggregation group, the part the providers already deducted at the window, and what is still paid to this person."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_high_cost import month_context

REFERENCE = "健康保険法 第115条; 健康保険法施行令 第41条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"


class high_cost_medical_expense_group_refund(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "High-cost medical expense benefit of the person's aggregation group (世帯合算の高額療養費)"
    documentation = (
        "Steps 0, 1 and 1b of the members plus steps 2 and 3 of the group; the same amount on every member of the "
        "group, whether paid in kind at the window or paid back (`high_cost_medical_expense_refund`)."
    )
    reference = REFERENCE

    def formula(person, period, parameters):
        m = month_context(person, period, parameters)
        personal = sum(person(name, period) for name in ("high_cost_specified_disease_refund",
                                                          "high_cost_outpatient_refund_70",
                                                          "high_cost_transfer_month_refund"))
        group = person("high_cost_elderly_household_refund", period) + person("high_cost_household_refund", period)
        return (m.group_sum(personal) + group) * m.covered


class high_cost_medical_expense_paid_in_kind(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Part of the group's high-cost benefit the providers already deducted at the window (現物給付された高額療養費)"
    documentation = (
        "Σ over the group of `copayment_amount` − `copayment_at_window` (the specified-disease bills, and the limit "
        "applied at the window with `high_cost_limit_applied_at_window`); care without the card is not counted."
    )
    reference = REFERENCE

    def formula(person, period, parameters):
        m = month_context(person, period, parameters)
        in_kind = np.where(person("paid_without_insurance_card", period), 0,
                           person("copayment_amount", period) - person("copayment_at_window", period))
        if np.any(in_kind < -0.5):
            raise ValueError("copayment_at_window must not exceed copayment_amount (care with the card).")
        return m.group_sum(in_kind) * m.covered


class high_cost_medical_expense_refund(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "High-cost medical expense benefit still paid back to this person after the month (高額療養費の支給額)"
    documentation = (
        "The group's benefit less what the providers already deducted at the window, paid to the insured person "
        "(employee insurance, including for dependants' bills) or, for NHI and late-stage groups, to the household "
        "head if a member, otherwise to the member of the group first by role (spouse, child, other) and then by "
        "largest copayment; 0 for other members."
    )
    reference = REFERENCE

    def formula(person, period, parameters):
        still_due = person("high_cost_medical_expense_group_refund", period) - person(
            "high_cost_medical_expense_paid_in_kind", period)
        if np.any(still_due < -0.5):
            raise ValueError("high-cost medical expense: `copayment_at_window` is below what the law's limits allow "
                             "(the window deducted more than the benefit of the group).")
        return np.where(month_context(person, period, parameters).recipient, np.maximum(0, still_due), 0)
