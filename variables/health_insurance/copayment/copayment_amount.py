"""Copayment of the month before the high-cost benefit (一部負担金等の額, 健康保険法 第74条, 第75条): `medical_expenses` ×
`copayment_rate`, the outpatient and inpatient parts each rounded to 10 yen (5 yen and over up)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_copayment import check_medical_expenses
from openfisca_japan.law.rounding import round_half_up_to


class outpatient_medical_expenses(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Part of `medical_expenses` that is outpatient care (外来の医療費, 10割)"
    documentation = "Used by the outpatient limit of persons aged 70 and over (外来特例). Defaults to 0: all inpatient."
    reference = "健康保険法施行令 第41条第5項 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"


class copayment_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Copayment of the month before the high-cost benefit (一部負担金等の額)"
    documentation = (
        "`medical_expenses` × `copayment_rate`, outpatient and inpatient parts each rounded to 10 yen (5 yen and "
        "over up, 健康保険法第75条). Without insurance, the full cost."
    )
    reference = "健康保険法 第75条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_75)"

    def formula(person, period):
        total = person("medical_expenses", period)
        outpatient = person("outpatient_medical_expenses", period)
        check_medical_expenses(total, outpatient)
        if np.any(outpatient > total):
            raise ValueError("outpatient_medical_expenses must not exceed medical_expenses.")
        rate = np.asarray(person("copayment_rate", period), dtype=np.float64)
        rate = np.round(rate, 2)
        return round_half_up_to(outpatient * rate, 10) + round_half_up_to((total - outpatient) * rate, 10)


class outpatient_copayment_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Outpatient part of the copayment (外来の一部負担金)"
    reference = "健康保険法 第75条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_75)"

    def formula(person, period):
        rate = np.round(np.asarray(person("copayment_rate", period), dtype=np.float64), 2)
        return round_half_up_to(person("outpatient_medical_expenses", period) * rate, 10)
