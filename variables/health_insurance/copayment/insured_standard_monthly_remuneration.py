"""Standard monthly remuneration of an insured person of employee insurance (被保険者の標準報酬月額), read by the 現役並み test
(健康保険法施行令 第34条) and the high-cost income categories (健康保険法施行令 第42条)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme
from openfisca_japan.law.health_insurance_copayment import EMPLOYEE_TYPE, in_schemes


class insured_standard_monthly_remuneration(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Standard monthly remuneration of an insured person of employee insurance (被保険者の標準報酬月額)"
    documentation = "Employee or mutual aid: `standard_monthly_remuneration_health`; voluntary continued: its capped amount; others 0."
    reference = "健康保険法施行令 第34条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_34)"

    def formula(person, period):
        scheme = person("health_insurance_scheme", period)
        return np.select(
            [
                in_schemes(scheme, EMPLOYEE_TYPE[:2]),
                scheme == HealthInsuranceScheme.voluntary_continued,
            ],
            [
                person("standard_monthly_remuneration_health", period),
                person("voluntary_continuation_standard_monthly_remuneration", period),
            ],
            0,
        )
