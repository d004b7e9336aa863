"""Bases on which the health insurance premium is due (保険料算定の基礎, 健康保険法 第156条・第159条).

The standard monthly remuneration and the standard bonus of an insured person, 0 when not insured in the month or
exempt for leave. The nursing-care premium and the child-rearing support levy are due on the same bases.
"""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.employee_premiums import due_base


class health_insurance_monthly_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Standard monthly remuneration on which health, care and support-levy premiums are due (保険料算定の標準報酬月額)"
    documentation = "`standard_monthly_remuneration_health` if insured in the month and not exempt for leave, else 0."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_156"

    def formula(person, period):
        return due_base(person, period, "is_employee_health_insured", "social_insurance_premium_exempt",
                        "standard_monthly_remuneration_health", "employee_health_insurance_loss_date")


class health_insurance_bonus_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Standard bonus on which health, care and support-levy premiums are due (保険料算定の標準賞与額)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_156"

    def formula(person, period):
        return due_base(person, period, "is_employee_health_insured", "social_insurance_bonus_premium_exempt",
                        "standard_bonus_health", "employee_health_insurance_loss_date")
