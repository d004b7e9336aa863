"""Health insurance premium of an insured employee for month M and its shares (健康保険料 M月分).

Health Insurance Act arts. 156 (premium = standard monthly remuneration and standard bonus × rate), 160
(rates), 161 (half borne by the insured person), 159 (leave exemptions). The nursing-care premium of
insured persons aged 40–64 is collected with it (介護保険料, variables/nursing_care_insurance/category_2).
"""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsurer
from openfisca_japan.law.employee_premiums import (
    HEALTH_BASES,
    employer_share,
    share_on_bases_exact,
    total_on_bases_exact,
)
from openfisca_japan.law.health_insurance_premiums import insurer, refuse_unset_rate


class health_insurance_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Health insurance premium of the month, employer and employee (健康保険料)"
    documentation = (
        "Standard monthly remuneration × rate plus standard bonus × rate, each truncated to the yen. "
        "Without the nursing-care premium (`nursing_care_premium`) and the support levy."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_156"

    def formula(person, period):
        rate = person("health_insurance_rate", period)
        monthly = person("health_insurance_monthly_base", period)
        bonus = person("health_insurance_bonus_base", period)
        kind = insurer(person, period)
        due = (monthly + bonus) > 0
        refuse_unset_rate("health_insurance_premium", "health_insurance_society_rate", "health_insurance_society",
                          due * (kind == HealthInsurer.health_insurance_society) * (rate == 0))
        refuse_unset_rate("health_insurance_premium", "mutual_aid_short_term_rate", "mutual_aid_association",
                          due * (kind == HealthInsurer.mutual_aid_association) * (rate == 0))
        return total_on_bases_exact(person, period, HEALTH_BASES, rate)


class health_insurance_premium_employee(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Health insurance premium deducted from pay, insured person's share (健康保険料 被保険者負担分)"
    documentation = "Half (or the society's or association's member rate), 50-sen rule on the wage and on the bonus."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return share_on_bases_exact(person, period, HEALTH_BASES, person("health_insurance_employee_rate", period))


class health_insurance_premium_employer(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Health insurance premium, employer's share (健康保険料 事業主負担分)"
    documentation = "Premium truncated to the yen minus the insured person's deduction (事業主負担 = 保険料 − 控除額)."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return employer_share(person, period, "health_insurance_premium")
