"""Health insurance premium rate and the insured person's part of it (健康保険料率・被保険者負担分, 健康保険法 第160条・第161条・第162条).

`health_insurance_rate` and `health_insurance_employee_rate` are the rates as published (fractions, any
precision: the premiums are computed on them exactly); the `_pcm` variables show them in 1/100,000.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsurer
from openfisca_japan.law.employee_premiums import exact_rate, own_or_share, rate_by_insurer
from openfisca_japan.law.health_insurance_premiums import insurer, refuse_missing_rate
from openfisca_japan.law.parameter_lookup import prefectural_value
from openfisca_japan.law.rounding import to_pcm


class health_insurance_rate(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "/1"
    label = "Health insurance premium rate, employer and employee (健康保険料率)"
    documentation = (
        "Kyokai Kenpo: the rate of the prefecture of the establishment; health insurance society: "
        "`health_insurance_society_rate`; mutual aid association: member's + employer's short-term rates. "
        "A fraction, as published (any number of decimals)."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_160"

    def formula(person, period, parameters):
        insured = person("is_employee_health_insured", period)
        kyokai_member = insured * (person.employer("health_insurer", period) == HealthInsurer.kyokai_kenpo)
        kyokai = prefectural_value(parameters(period).health_insurance.premiums.kyokai_kenpo.rate,
                                   person.employer("employer_prefecture", period), kyokai_member, person.ids, "employer_prefecture")
        rate = exact_rate(rate_by_insurer(person, period, kyokai, "health_insurance_society_rate",
                                          "mutual_aid_short_term_rate", "mutual_aid_short_term_employer_rate"))
        refuse_missing_rate(person, period, "health_insurance_rate", "health_insurance_society_rate",
                            HealthInsurer.health_insurance_society, rate, insured)
        refuse_missing_rate(person, period, "health_insurance_rate", "mutual_aid_short_term_rate",
                            HealthInsurer.mutual_aid_association, person.employer("mutual_aid_short_term_rate", period), insured)
        return rate


class health_insurance_employee_rate(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "/1"
    label = "Insured person's part of the health insurance rate (被保険者負担分の保険料率)"
    documentation = (
        "Half of `health_insurance_rate` (健康保険法 第161条), or the society's own split "
        "(`health_insurance_society_employee_rate`), or the mutual aid association member's rate; exact (the "
        "half of 10.017 % is 5.0085 %, not rounded)."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period, parameters):
        kind = insurer(person, period)
        own = np.select(
            [kind == HealthInsurer.health_insurance_society, kind == HealthInsurer.mutual_aid_association],
            [person.employer("health_insurance_society_employee_rate", period), person.employer("mutual_aid_short_term_rate", period)],
            0,
        )
        share = parameters(period).health_insurance.premiums.kyokai_kenpo.employee_share
        return own_or_share(own, person("health_insurance_rate", period), share)


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

    def formula(person, period):
        return to_pcm(person("health_insurance_rate", period))


class health_insurance_employee_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "/100000"
    label = "Insured person's part of the health insurance rate, per 100,000 (被保険者負担分の保険料率)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return to_pcm(person("health_insurance_employee_rate", period))
