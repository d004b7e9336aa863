"""What the patient pays at the window, and the reimbursement of care paid in full without the card (窓口での支払額・療養費,
健康保険法 第74条, 第87条)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme


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
    documentation = "The copayment; the full cost when care was received without the card (`paid_without_insurance_card`)."
    reference = "健康保険法 第74条, 第87条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_74)"

    def formula(person, period):
        return np.where(
            person("paid_without_insurance_card", period),
            person("medical_expenses", period),
            person("copayment_amount", period),
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
            person("medical_expenses", period) - person("copayment_amount", period),
            0,
        )
