"""Nursing-care premium rate of a category-2 insured person and the insured person's part of it (介護保険料率, 健康保険法
第160条第16項, 第161条): as published (`nursing_care_rate`, `nursing_care_employee_rate`, exact) and in 1/100,000."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsurer
from openfisca_japan.law.employee_premiums import exact_rate, own_or_share, rate_by_insurer
from openfisca_japan.law.health_insurance_premiums import refuse_missing_rate
from openfisca_japan.law.rounding import to_pcm


class nursing_care_rate(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "/1"
    label = "Nursing-care premium rate due in the month, employer and employee (介護保険料率)"
    documentation = "0 unless the insured person is a category-2 insured person (40–64) in the month. A fraction, as published."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_160"

    def formula(person, period, parameters):
        rate = rate_by_insurer(person, period, parameters(period).nursing_care_insurance.category_2.kyokai_kenpo_rate,
                               "health_insurance_society_care_rate", "mutual_aid_care_rate", "mutual_aid_care_employer_rate")
        category_2 = person("is_nursing_care_category_2", period)
        refuse_missing_rate(person, period, "nursing_care_rate", "health_insurance_society_care_rate",
                            HealthInsurer.health_insurance_society, rate, category_2)
        refuse_missing_rate(person, period, "nursing_care_rate", "mutual_aid_care_rate",
                            HealthInsurer.mutual_aid_association, person.employer("mutual_aid_care_rate", period), category_2)
        return exact_rate(rate) * category_2


class nursing_care_employee_rate(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "/1"
    label = "Insured person's part of the nursing-care premium rate (介護保険料率 被保険者負担分)"
    documentation = "Half of `nursing_care_rate`, or the society's own split, or the association member's rate; exact."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period, parameters):
        insurer = person.employer("health_insurer", period)
        total = person("nursing_care_rate", period)
        own = np.select(
            [insurer == HealthInsurer.health_insurance_society, insurer == HealthInsurer.mutual_aid_association],
            [person.employer("health_insurance_society_care_employee_rate", period), person.employer("mutual_aid_care_rate", period)],
            0,
        )
        share = parameters(period).health_insurance.premiums.kyokai_kenpo.employee_share
        return own_or_share(np.where(total > 0, own, 0), total, share)


class nursing_care_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "/100000"
    label = "Nursing-care premium rate due in the month, employer and employee, per 100,000 (介護保険料率)"
    documentation = "0 unless the insured person is a category-2 insured person (40–64) in the month."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_160"

    def formula(person, period):
        return to_pcm(person("nursing_care_rate", period))


class nursing_care_employee_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "/100000"
    label = "Insured person's part of the nursing-care rate, per 100,000 (介護保険料率 被保険者負担分)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return to_pcm(person("nursing_care_employee_rate", period))
