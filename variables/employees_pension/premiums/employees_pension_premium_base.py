"""Standard monthly remuneration and standard bonus on which the employees' pension premium of month M is due
(保険料算定の標準報酬月額・標準賞与額), 厚生年金保険法 第81条, without the months exempt for leave (第81条の2・第81条の2の2)."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.employee_premiums import due_base


class employees_pension_monthly_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Standard monthly remuneration on which the pension premium is due (保険料算定の標準報酬月額, 厚生年金)"
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_81"
    unit = "currency-JPY"

    def formula(person, period):
        return due_base(person, period, "is_employees_pension_insured", "social_insurance_premium_exempt",
                        "standard_monthly_remuneration_pension", "employees_pension_loss_date")


class employees_pension_bonus_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Standard bonus on which the pension premium is due (保険料算定の標準賞与額, 厚生年金)"
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_81"
    unit = "currency-JPY"

    def formula(person, period):
        return due_base(person, period, "is_employees_pension_insured", "social_insurance_bonus_premium_exempt",
                        "standard_bonus_pension", "employees_pension_loss_date")
