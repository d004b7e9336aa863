"""Burial allowance (埋葬料・家族埋葬料, 健康保険法 第100条, 第113条; 健康保険法施行令 第35条)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_cash_benefits import INSURED_OR_DEPENDANT


class died_in_month(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Died in the month, not from a work accident (業務外の事由により死亡)"
    reference = "健康保険法 第100条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_100)"


class burial_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Burial allowance on this person's death (埋葬料・家族埋葬料)"
    documentation = (
        "50,000 yen on the death of an insured person (paid to the family member who was supported and holds the "
        "burial) or of a dependant (paid to the insured person). NHI and late-stage funeral grants (葬祭費) are "
        "set by each municipality and not modelled (0)."
    )
    reference = "健康保険法 第100条, 第113条; 健康保険法施行令 第35条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_35)"

    def formula(person, period, parameters):
        amount = parameters(period).health_insurance.cash_benefits.burial
        covered = np.isin(person("health_insurance_scheme", period), INSURED_OR_DEPENDANT)
        return person("died_in_month", period) * covered * amount
