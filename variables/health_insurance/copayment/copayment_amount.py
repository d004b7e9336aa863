"""Copayment of the month before the high-cost benefit (一部負担金等の額, 健康保険法 第74条, 第75条): the cost of each bill ×
`copayment_rate`, rounded to 10 yen (5 yen and over up); without bills, the outpatient and inpatient parts of
`medical_expenses` are two bills."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import MedicalBillSetting
from openfisca_japan.law.health_insurance_bills import BILL_SLOTS, bill_copayments, bills


class outpatient_medical_expenses(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Part of `medical_expenses` that is outpatient care (外来の医療費, 10割)"
    documentation = (
        "Used by the outpatient limit of persons aged 70 and over (外来特例). An input, 0 by default (all inpatient); "
        "when the bills are given, the sum of the outpatient ones."
    )
    reference = "健康保険法施行令 第41条第5項 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"

    def formula(person, period):
        outpatient = MedicalBillSetting.outpatient
        return np.sum([person(f"medical_bill_cost_{k}", period) * (person(f"medical_bill_setting_{k}", period) == outpatient)
                       for k in BILL_SLOTS], axis=0)


class copayment_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Copayment of the month before the high-cost benefit (一部負担金等の額)"
    documentation = (
        "Σ over the bills of cost × `copayment_rate`, each rounded to 10 yen (5 yen and over up, 健康保険法第75条); "
        "without bills, the outpatient and inpatient parts of `medical_expenses`. Without insurance, the full cost."
    )
    reference = "健康保険法 第75条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_75)"

    def formula(person, period):
        return bill_copayments(person, period).sum(axis=0)


class outpatient_copayment_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Outpatient part of the copayment (外来の一部負担金)"
    reference = "健康保険法 第75条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_75)"

    def formula(person, period):
        _, outpatient, _ = bills(person, period)
        return (bill_copayments(person, period) * outpatient).sum(axis=0)
