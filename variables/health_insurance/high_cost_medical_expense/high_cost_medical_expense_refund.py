"""High-cost medical expense benefit (高額療養費, 健康保険法 第115条; 健康保険法施行令 第41条): the refund of the person's
aggregation group, and what is paid to this person."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_high_cost import groups, high_cost


class high_cost_medical_expense_group_refund(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "High-cost medical expense benefit of the person's aggregation group (世帯合算の高額療養費)"
    documentation = "The same amount on every member of the group; paid once, to the recipient (`high_cost_medical_expense_refund`)."
    reference = "健康保険法 第115条; 健康保険法施行令 第41条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"

    def formula(person, period, parameters):
        _, refund = high_cost(person, period, parameters, strict=False)
        return refund


class high_cost_medical_expense_refund(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "High-cost medical expense benefit paid to this person (高額療養費の支給額)"
    documentation = (
        "Copayments of the group above its limit, paid to the insured person (employee insurance, including for "
        "dependants' bills) or, for NHI and late-stage groups, to the household head if a member, otherwise to the "
        "member of the group first by role (spouse, child, other) and then by largest copayment; 0 for other members."
    )
    reference = "健康保険法 第115条; 健康保険法施行令 第41条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"

    def formula(person, period):
        recipient = groups(person, period)[-1]
        return np.where(recipient, person("high_cost_medical_expense_group_refund", period), 0)
