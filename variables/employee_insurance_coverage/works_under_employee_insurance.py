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


def _employed_under_conditions(person, period, parameters, expected_employment_test):
    """Employed at an insured establishment, not on a fixed term of 2 months or less, and the 3/4 rule or, at a
    specified applicable establishment, the short-time worker conditions with `expected_employment_test`."""
    coverage = parameters(period).employee_insurance_coverage
    short = coverage.short_time_workers
    status = person("employment_status", period)
    employed = (status == EmploymentStatus.employee) + (status == EmploymentStatus.public_servant)
    establishment = person.employer("health_insurer", period) != HealthInsurer.none
    hours = person("weekly_working_hours", period)
    three_quarters = hours >= coverage.three_quarters_ratio * person("full_time_weekly_hours", period)
    short_time_worker = (
        person.employer("is_specified_applicable_establishment", period)
        * (hours >= short.minimum_weekly_hours)
        * (person("contractual_monthly_wage", period) >= short.minimum_monthly_wage)
        * expected_employment_test
        * np.logical_not(person("is_student", period))
    )
    not_short_fixed_term = person("expected_employment_months", period) > coverage.fixed_term_exclusion_months
    return employed * establishment * not_short_fixed_term * (three_quarters + short_time_worker)


class works_under_employee_insurance(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Employed under the conditions of employee insurance, before age limits (被用者保険の適用要件)"
    documentation = (
        "Employed at an establishment with an employee health insurer, not on a fixed term of 2 months or "
        "less, and either meeting the 3/4 rule (weekly hours ≥ 3/4 of a full-time worker's) or, at a "
        "specified applicable establishment (501+ insured until September 2022, 101+ to September 2024, 51+ "
        "since), a short-time worker with ≥ 20 h/week, a scheduled wage ≥ 88,000 yen, not a day-time student, "
        "and employment expected for 1 year or more (until September 2022) or for more than 2 months (from "
        "October 2022). The 3/4 rule is tested on weekly hours only (monthly days are assumed to pass too)."
    )
    reference = "健康保険法 第3条第1項第9号 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"

    def formula(person, period, parameters):
        # 健康保険法 第3条第1項第9号ロ before 令和2年法律第40号: 継続して1年以上使用されることが見込まれること.
        short = parameters(period).employee_insurance_coverage.short_time_workers
        expected = person("expected_employment_months", period) >= short.expected_employment_at_least_months
        return _employed_under_conditions(person, period, parameters, expected)

    def formula_2022_10(person, period, parameters):
        # 令和2年法律第40号 (from 2022-10-01): the 1-year condition is deleted; more than 2 months, as for everyone.
        short = parameters(period).employee_insurance_coverage.short_time_workers
        expected = person("expected_employment_months", period) > short.minimum_expected_employment_months
        return _employed_under_conditions(person, period, parameters, expected)
