"""Employees' pension premium for month M (厚生年金保険料 M月分).

Employees' Pension Insurance Act art. 81 (standard monthly remuneration and standard bonus × 18.3 %), art. 82 (half
borne by the insured person)."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.employee_premiums import employee_share_on_bases, employer_share, total_on_bases
from openfisca_japan.law.rounding import to_pcm

PENSION_BASES = ("employees_pension_monthly_base", "employees_pension_bonus_base")


class employees_pension_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Employees' pension premium of the month, employer and employee (厚生年金保険料)"
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_81"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        return total_on_bases(person, period, PENSION_BASES, to_pcm(parameters(period).employees_pension.premiums.rate))


class employees_pension_premium_employee(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Employees' pension premium deducted from pay (厚生年金保険料 被保険者負担分)"
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_82"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        premiums = parameters(period).employees_pension.premiums
        return employee_share_on_bases(
            person, period, PENSION_BASES, to_pcm(premiums.rate) * to_pcm(premiums.employee_share) // 100_000
        )


class employees_pension_premium_employer(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Employees' pension premium, employer's share (厚生年金保険料 事業主負担分)"
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_82"
    unit = "currency-JPY"

    def formula(person, period):
        return employer_share(person, period, "employees_pension_premium")
