"""What the patient pays at the window, and the reimbursement of care paid in full without the card (窓口での支払額・療養費,
健康保険法 第74条, 第87条)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme
from openfisca_japan.law.health_insurance_bills import bills
from openfisca_japan.law.health_insurance_high_cost_steps import kept_bills, window_payments


class paid_without_insurance_card(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Received care without presenting the insurance card or certificate (保険証・資格確認書を提示せず受診)"
    documentation = (
        "The patient pays the full cost at the window and is reimbursed the insurer's share later (療養費): "
        "e.g. 70 % for a member of a mutual aid association paying 30 %."
    )
    reference = "健康保険法 第87条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_87)"


class copayment_at_window(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Amount paid at the medical institution (窓口での支払額)"
    documentation = (
        "The copayment of each bill, capped at the window for a specified disease (its certificate) and, with "
        "`high_cost_limit_applied_at_window`, at the limit of the month (that part of the high-cost benefit is paid "
        "in kind); the full cost when care was received without the card (`paid_without_insurance_card`). Give the "
        "receipts' total instead when known."
    )
    reference = "健康保険法 第74条, 第87条, 第115条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_74)"

    def formula(person, period, parameters):
        costs, _, _, _ = kept_bills(person, period, parameters)
        return np.where(
            person("paid_without_insurance_card", period),
            costs.sum(axis=0),
            window_payments(person, period, parameters).sum(axis=0),
        )


class reimbursement_for_care_without_card(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Reimbursement of care paid in full without the card (療養費)"
    documentation = "Cost minus the copayment (70 % of the cost at a 30 % copayment), for the insured and dependants."
    reference = "健康保険法 第87条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_87)"

    def formula(person, period):
        insured = person("health_insurance_scheme", period) != HealthInsuranceScheme.none
        return np.where(
            person("paid_without_insurance_card", period) * insured,
            bills(person, period)[0].sum(axis=0) - person("copayment_amount", period),
            0,
        )
