"""Employed under the conditions of employee insurance, before age limits (被用者保険の適用要件, 健康保険法 第3条第1項第9号;
厚生年金保険法 第12条第5号): the 3/4 rule, or a short-time worker at a specified applicable establishment."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Employer, Person
from openfisca_japan.enums import EmploymentStatus, HealthInsurer


class contractual_monthly_wage(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Scheduled monthly wage for the short-time worker test (所定内賃金)"
    documentation = (
        "Wage fixed in the contract, excluding overtime, bonuses, commuting and family allowances "
        "(健康保険法施行規則第23条の4). Defaults to `monthly_wage`: set it when `monthly_wage` includes such items."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3"

    def formula(person, period):
        return person("monthly_wage", period)


class is_specified_applicable_establishment(Variable):
    value_type = bool
    entity = Employer
    definition_period = MONTH
    label = "Specified applicable establishment, where short-time workers are insured (特定適用事業所)"
    reference = "https://www.nenkin.go.jp/service/kounen/jigyosho-hiho/hihokensha1/tanjikan.html"

    def formula(employer, period, parameters):
        minimum = parameters(period).employee_insurance_coverage.short_time_workers.minimum_insured_employees
        return employer("employee_count", period) >= minimum


class works_under_employee_insurance(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Employed under the conditions of employee insurance, before age limits (被用者保険の適用要件)"
    documentation = (
        "Employed at an establishment with an employee health insurer, not on a fixed term of 2 months or "
        "less, and either meeting the 3/4 rule (weekly hours ≥ 3/4 of a full-time worker's) or, at a "
        "specified applicable establishment (51+ insured), a short-time worker with ≥ 20 h/week, a "
        "scheduled wage ≥ 88,000 yen, employment expected > 2 months, not a day-time student. The 3/4 rule "
        "is tested on weekly hours only (monthly days are assumed to pass too)."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3"

    def formula(person, period, parameters):
        coverage = parameters(period).employee_insurance_coverage
        short = coverage.short_time_workers
        status = person("employment_status", period)
        employed = (status == EmploymentStatus.employee) + (status == EmploymentStatus.public_servant)
        establishment = person.employer("health_insurer", period) != HealthInsurer.none
        months = person("expected_employment_months", period)
        hours = person("weekly_working_hours", period)
        three_quarters = hours >= coverage.three_quarters_ratio * person("full_time_weekly_hours", period)
        short_time_worker = (
            person.employer("is_specified_applicable_establishment", period)
            * (hours >= short.minimum_weekly_hours)
            * (person("contractual_monthly_wage", period) >= short.minimum_monthly_wage)
            * (months > short.minimum_expected_employment_months)
            * np.logical_not(person("is_student", period))
        )
        not_short_fixed_term = months > coverage.fixed_term_exclusion_months
        return employed * establishment * not_short_fixed_term * (three_quarters + short_time_worker)
