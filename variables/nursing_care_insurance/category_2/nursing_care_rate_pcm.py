"""Nursing-care premium rate of a category-2 insured person and the insured person's part of it (介護保険料率, 健康保険法
第160条第16項, 第161条), in 1/100,000."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsurer
from openfisca_japan.law.employee_premiums import rate_by_insurer
from openfisca_japan.law.rounding import to_pcm


class nursing_care_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "/100000"
    label = "Nursing-care premium rate due in the month, employer and employee, per 100,000 (介護保険料率)"
    documentation = "0 unless the insured person is a category-2 insured person (40–64) in the month."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_160"

    def formula(person, period, parameters):
        rate = rate_by_insurer(person, period, parameters(period).nursing_care_insurance.category_2.kyokai_kenpo_rate,
                               "health_insurance_society_care_rate", "mutual_aid_care_rate", "mutual_aid_care_employer_rate")
        return to_pcm(rate) * person("is_nursing_care_category_2", period)


class nursing_care_employee_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "/100000"
    label = "Insured person's part of the nursing-care rate, per 100,000 (介護保険料率 被保険者負担分)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        insurer = person.employer("health_insurer", period)
        total = person("nursing_care_rate_pcm", period)
        society_own = to_pcm(person.employer("health_insurance_society_care_employee_rate", period))
        mutual = to_pcm(person.employer("mutual_aid_care_rate", period))
        own = np.select(
            [insurer == HealthInsurer.health_insurance_society, insurer == HealthInsurer.mutual_aid_association],
            [society_own, mutual],
            0,
        )
        return np.where((own > 0) * (total > 0), own, total // 2)
