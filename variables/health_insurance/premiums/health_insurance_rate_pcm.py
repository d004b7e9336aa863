"""Health insurance premium rate and the insured person's part of it (健康保険料率・被保険者負担分, 健康保険法 第160条・第161条・第162条).

Rates are held in 1/100,000 (9.85 % = 9,850) so that float32 storage keeps the published rate exact.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsurer
from openfisca_japan.law.employee_premiums import rate_by_insurer
from openfisca_japan.law.health_insurance_premiums import insurer
from openfisca_japan.law.parameter_lookup import enum_indexed
from openfisca_japan.law.rounding import to_pcm


class health_insurance_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "/100000"
    label = "Health insurance premium rate, employer and employee, per 100,000 (健康保険料率)"
    documentation = (
        "Kyokai Kenpo: the rate of the prefecture of the establishment; health insurance society: "
        "`health_insurance_society_rate`; mutual aid association: member's + employer's short-term rates. "
        "In 1/100,000 (9.85 % = 9,850) so that float32 storage keeps the published rate exact."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_160"

    def formula(person, period, parameters):
        kyokai = enum_indexed(
            parameters(period).health_insurance.premiums.kyokai_kenpo.rate, person.employer("employer_prefecture", period)
        )
        return to_pcm(rate_by_insurer(person, period, kyokai, "health_insurance_society_rate",
                                      "mutual_aid_short_term_rate", "mutual_aid_short_term_employer_rate"))


class health_insurance_employee_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "/100000"
    label = "Insured person's part of the health insurance rate, per 100,000 (被保険者負担分の保険料率)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period, parameters):
        kind = insurer(person, period)
        total = person("health_insurance_rate_pcm", period)
        half = to_pcm(parameters(period).health_insurance.premiums.kyokai_kenpo.employee_share) * total // 100_000
        society_own = to_pcm(person.employer("health_insurance_society_employee_rate", period))
        mutual = to_pcm(person.employer("mutual_aid_short_term_rate", period))
        return np.select(
            [kind == HealthInsurer.health_insurance_society, kind == HealthInsurer.mutual_aid_association],
            [np.where(society_own > 0, society_own, half), mutual],
            half,
        )
