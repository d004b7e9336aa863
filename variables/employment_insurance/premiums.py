"""Employment insurance premium on the wages of month M (雇用保険料).

Labour Insurance Premium Collection Act (労働保険徴収法) art. 12 (rates by industry class), art. 31 (worker's
share), art. 32 (deduction from wages). The base is the wages actually paid, bonuses included. The
worker's share deducted from a payment uses the 50-sen rule (MHLW); the employer's share is the rest.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.employee_premiums import employee_share_on_bases, employer_share, total_on_bases
from openfisca_japan.law.parameter_lookup import enum_indexed
from openfisca_japan.law.rounding import to_pcm

EMPLOYMENT_BASES = ("employment_insurance_wage_base", "employment_insurance_bonus_base")


class employment_insurance_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Employment insurance premium rate, worker and employer, per 100,000 (雇用保険料率)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_12"

    def formula(person, period, parameters):
        rates = parameters(period).employment_insurance.premiums
        industry = person.employer("employment_insurance_industry", period)
        return to_pcm(enum_indexed(rates.worker_rate, industry)) + to_pcm(enum_indexed(rates.employer_rate, industry))


class employment_insurance_worker_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Employment insurance rate borne by the worker, per 100,000 (雇用保険料率 労働者負担)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_31"

    def formula(person, period, parameters):
        rates = parameters(period).employment_insurance.premiums
        return to_pcm(enum_indexed(rates.worker_rate, person.employer("employment_insurance_industry", period)))


class employment_insurance_wage_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages of the month on which employment insurance is due, without bonus (雇用保険料の賃金)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_11"

    def formula(person, period):
        return np.where(person("is_employment_insurance_insured", period), person("monthly_wage", period), 0)


class employment_insurance_bonus_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Bonus of the month on which employment insurance is due (雇用保険料の賞与)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_11"

    def formula(person, period):
        return np.where(person("is_employment_insurance_insured", period), person("bonus", period), 0)


class employment_insurance_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Employment insurance premium on the month's wages and bonus, worker and employer (雇用保険料)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_12"

    def formula(person, period):
        return total_on_bases(person, period, EMPLOYMENT_BASES, person("employment_insurance_rate_pcm", period))


class employment_insurance_premium_employee(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Employment insurance premium deducted from pay (雇用保険料 被保険者負担額)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_31"

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

    def formula(person, period):
        return employer_share(person, period, "employment_insurance_premium")
