"""Employment insurance premium on the wages of month M (雇用保険料).

Labour Insurance Premium Collection Act (労働保険徴収法) art. 12 (rates by industry class), art. 31 (worker's
share), art. 32 (deduction from wages). The worker's share deducted from a payment uses the 50-sen rule (MHLW);
the employer's share is the wages times its part of the rate (事業主負担率), truncated; the premium of the month
is their sum."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.employee_premiums import employee_share_on_bases, total_on_bases

EMPLOYMENT_BASES = ("employment_insurance_wage_base", "employment_insurance_bonus_base")


class employment_insurance_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Employment insurance premium on the month's wages and bonus, worker and employer (雇用保険料)"
    documentation = (
        "The worker's deduction (50-sen rule) plus the employer's share (its rate, truncated); the annual premium "
        "(賃金総額 × rate, truncated once) can differ by less than one yen a month and base."
    )
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_12"
    unit = "currency-JPY"

    def formula(person, period):
        return person("employment_insurance_premium_employee", period) + person("employment_insurance_premium_employer", period)


class employment_insurance_premium_employee(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Employment insurance premium deducted from pay (雇用保険料 被保険者負担額)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_31"
    unit = "currency-JPY"

    def formula(person, period):
        return employee_share_on_bases(
            person, period, EMPLOYMENT_BASES, person("employment_insurance_worker_rate_pcm", period)
        )


class employment_insurance_premium_employer(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Employment insurance premium, employer's share (雇用保険料 事業主負担額)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_31"
    unit = "currency-JPY"

    def formula(person, period):
        # The employer's share of the month: wages × the employer's part of the rate (事業主負担率), truncated to
        # the yen on the wage and on the bonus. The law sets the premium per year (労働保険徴収法 第15条・第19条:
        # 賃金総額 × 雇用保険率) and the worker's deduction per payment (第31条・第32条, 50-sen rule); the employer
        # bears the rest. "Premium minus deduction" per month fell when the worker's rounding jumped (wage 536
        # → 6 yen, 552 → 5 yen, construction, Feb 2026); the employer's rate per base never falls.
        return total_on_bases(person, period, EMPLOYMENT_BASES, person("employment_insurance_employer_rate_pcm", period))
