"""Health insurance premium of an insured employee for month M (健康保険料 M月分).

Health Insurance Act arts. 156 (premium = standard monthly remuneration and standard bonus × rate), 160
(rates), 161 (half borne by the insured person), 159 (leave exemptions). The nursing-care premium of
insured persons aged 40–64 is collected with it (介護保険料, variables/nursing_care_insurance).
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer, Person
from openfisca_japan.enums import HealthInsurer
from openfisca_japan.law.employee_premiums import (
    HEALTH_BASES,
    due_base,
    employee_share_on_bases,
    employer_share,
    rate_by_insurer,
)
from openfisca_japan.law.parameter_lookup import enum_indexed
from openfisca_japan.law.rounding import premium_total, to_pcm


class health_insurance_society_employee_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Insured person's part of a health insurance society's rate (健康保険組合 被保険者負担分の保険料率)"
    documentation = (
        "A fraction (0.04 for 40/1000). A society may lower the insured person's share by its rules "
        "(健康保険法第162条). Leave 0 for the legal half of `health_insurance_society_rate`."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_162"


class mutual_aid_short_term_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Mutual aid association short-term contribution rate, member's part (共済組合 短期掛金率)"
    documentation = (
        "A fraction of the standard monthly remuneration and standard term-end allowance (0.04042 for "
        "40.42/1000), the member's contribution (掛金); the employer's contribution (負担金) is "
        "`mutual_aid_short_term_employer_rate`. Each association publishes its own rates: required when "
        "`health_insurer` is mutual_aid_association."
    )
    reference = "https://laws.e-gov.go.jp/law/333AC0000000128#Mp-At_100"


class mutual_aid_short_term_employer_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Mutual aid association short-term contribution rate, employer's part (共済組合 短期負担金率)"
    documentation = "Defaults to the member's rate (掛金と負担金は同率, 国家公務員共済組合法第99条・第102条)."
    reference = "https://laws.e-gov.go.jp/law/333AC0000000128#Mp-At_99"

    def formula(employer, period):
        return employer("mutual_aid_short_term_rate", period)


def _insurer(person, period):
    return person.employer("health_insurer", period)


def _unset_rate_error(variable, rate_name, insurer_name, mask):
    if np.any(mask):
        raise ValueError(
            f"{variable}: {int(np.sum(mask))} insured person(s) have an employer whose health_insurer is "
            f"{insurer_name} but whose `{rate_name}` is not set (0). Give the insurer's published rate."
        )


class health_insurance_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
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
    label = "Insured person's part of the health insurance rate, per 100,000 (被保険者負担分の保険料率)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period, parameters):
        insurer = _insurer(person, period)
        total = person("health_insurance_rate_pcm", period)
        half = to_pcm(parameters(period).health_insurance.premiums.kyokai_kenpo.employee_share) * total // 100_000
        society_own = to_pcm(person.employer("health_insurance_society_employee_rate", period))
        mutual = to_pcm(person.employer("mutual_aid_short_term_rate", period))
        return np.select(
            [insurer == HealthInsurer.health_insurance_society, insurer == HealthInsurer.mutual_aid_association],
            [np.where(society_own > 0, society_own, half), mutual],
            half,
        )


class health_insurance_monthly_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Standard monthly remuneration on which health, care and support-levy premiums are due (保険料算定の標準報酬月額)"
    documentation = "`standard_monthly_remuneration_health` if insured in the month and not exempt for leave, else 0."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_156"

    def formula(person, period):
        return due_base(person, period, "is_employee_health_insured", "social_insurance_premium_exempt",
                        "standard_monthly_remuneration_health")


class health_insurance_bonus_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Standard bonus on which health, care and support-levy premiums are due (保険料算定の標準賞与額)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_156"

    def formula(person, period):
        return due_base(person, period, "is_employee_health_insured", "social_insurance_bonus_premium_exempt",
                        "standard_bonus_health")


class health_insurance_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Health insurance premium of the month, employer and employee (健康保険料)"
    documentation = (
        "Standard monthly remuneration × rate plus standard bonus × rate, each truncated to the yen. "
        "Without the nursing-care premium (`nursing_care_premium`) and the support levy."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_156"

    def formula(person, period):
        rate = person("health_insurance_rate_pcm", period)
        monthly = person("health_insurance_monthly_base", period)
        bonus = person("health_insurance_bonus_base", period)
        insurer = _insurer(person, period)
        due = (monthly + bonus) > 0
        _unset_rate_error("health_insurance_premium", "health_insurance_society_rate", "health_insurance_society",
                          due * (insurer == HealthInsurer.health_insurance_society) * (rate == 0))
        _unset_rate_error("health_insurance_premium", "mutual_aid_short_term_rate", "mutual_aid_association",
                          due * (insurer == HealthInsurer.mutual_aid_association) * (rate == 0))
        return premium_total(monthly, bonus, rate)


class health_insurance_premium_employee(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Health insurance premium deducted from pay, insured person's share (健康保険料 被保険者負担分)"
    documentation = "Half (or the society's or association's member rate), 50-sen rule on the wage and on the bonus."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return employee_share_on_bases(person, period, HEALTH_BASES, person("health_insurance_employee_rate_pcm", period))


class health_insurance_premium_employer(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Health insurance premium, employer's share (健康保険料 事業主負担分)"
    documentation = "Premium truncated to the yen minus the insured person's deduction (事業主負担 = 保険料 − 控除額)."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return employer_share(person, period, "health_insurance_premium")
