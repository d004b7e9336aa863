"""Who is insured in employee health insurance, employees' pension and employment insurance (被用者保険の適用).

Health Insurance Act art. 3 (健康保険法第3条), Employees' Pension Insurance Act arts. 9, 12, 14
(厚生年金保険法), Employment Insurance Act arts. 4, 6 (雇用保険法).
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer, Person
from openfisca_japan.enums import EmploymentStatus, HealthInsurer
from openfisca_japan.law.dates import ymd


class contractual_monthly_wage(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Scheduled monthly wage for the short-time worker test (所定内賃金)"
    documentation = (
        "Wage fixed in the contract, excluding overtime, bonuses, commuting and family allowances "
        "(健康保険法施行規則第23条の4). Defaults to `monthly_wage`: set it when `monthly_wage` includes such items."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3"

    def formula(person, period):
        return person("monthly_wage", period)


class expected_employment_days(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Expected length of employment, in days (雇用見込期間・日数)"
    documentation = (
        "Used by the employment insurance test (31日以上の雇用見込み). Defaults to "
        "`expected_employment_months` × 365 / 12, truncated: 1 month gives 30 days (not covered)."
    )
    reference = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_6"

    def formula(person, period):
        return np.floor(person("expected_employment_months", period) * 365.0 / 12.0)


class employment_insurance_applicable(Variable):
    value_type = bool
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Employer's business is covered by employment insurance (雇用保険の適用事業)"
    documentation = (
        "Every business employing a worker is covered (雇用保険法第5条), except national and local "
        "government bodies whose staff are public servants (同法第6条第6号): set false for them. Defaults "
        "to true when the employer has an employee health insurer, false for a person without employer."
    )
    reference = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_5"

    def formula(employer, period):
        return employer("health_insurer", period) != HealthInsurer.none


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


class is_employee_health_insured(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Insured person of employee health insurance in the month (健康保険の被保険者)"
    documentation = (
        "Works under employee insurance, is not exempt by a social security agreement, and owes the "
        "premium of the month: membership ends on the 75th birthday itself (後期高齢者医療), and the "
        "premium is owed up to the month before the month of that birthday. `age` is attained the day "
        "before the birthday, so a person born on the 1st of month M+1 is 75 in month M and still owes "
        "month M (read from `birth_date`)."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3"

    def formula(person, period, parameters):
        limit = parameters(period).employee_insurance_coverage.late_stage_elderly_age
        age = person("age", period)
        birth_year, birth_month, birth_day = ymd(person("birth_date", period))
        next_month = period.start.offset(1, MONTH)
        # 75th birthday on the 1st of the next month: born on that day 75 years earlier.
        born_on_next_first = (
            (birth_year + int(limit) == next_month.year) * (birth_month == next_month.month) * (birth_day == 1)
        )
        under_limit = (age < limit) + ((age == limit) * born_on_next_first)
        exempt = person("exempt_from_japanese_health_insurance_by_agreement", period)
        return person("works_under_employee_insurance", period) * under_limit * np.logical_not(exempt)


class is_employees_pension_insured(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Insured person of employees' pension in the month (厚生年金保険の被保険者)"
    documentation = (
        "Works under employee insurance, is under 70 (status is lost on reaching 70, the day before the "
        "70th birthday, so the month in which `age` is 70 is not owed), not exempt by a social security "
        "agreement."
    )
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_9"

    def formula(person, period, parameters):
        limit = parameters(period).employee_insurance_coverage.employees_pension_age_limit
        exempt = person("exempt_from_japanese_pension_by_agreement", period)
        return (
            person("works_under_employee_insurance", period)
            * (person("age", period) < limit)
            * np.logical_not(exempt)
        )


class is_nursing_care_category_2(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Category-2 insured person of long-term care insurance, aged 40–64 (介護保険 第2号被保険者)"
    documentation = (
        "A resident aged 40 to 64 who is a member of a medical insurance scheme. From the month in which "
        "one reaches 40 (the day before the 40th birthday) to the month before the one in which one reaches "
        "65: `age` is 40 to 64. Residence in Japan is required (介護保険法第9条第2号)."
    )
    reference = "https://laws.e-gov.go.jp/law/409AC0000000123#Mp-At_9"

    def formula(person, period, parameters):
        age = person("age", period)
        return (age >= 40) * (age < 65) * person("lives_in_japan", period)


class is_employment_insurance_insured(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Insured person of employment insurance in the month (雇用保険の被保険者)"
    documentation = (
        "Employee at a business covered by employment insurance, with ≥ 20 contractual hours a week, "
        "employment expected for ≥ 31 days, not a day-time student (雇用保険法第6条). No age limit "
        "since 2017."
    )
    reference = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_6"

    def formula(person, period, parameters):
        rules = parameters(period).employee_insurance_coverage.employment_insurance
        status = person("employment_status", period)
        employed = (status == EmploymentStatus.employee) + (status == EmploymentStatus.public_servant)
        return (
            employed
            * person.employer("employment_insurance_applicable", period)
            * (person("weekly_working_hours", period) >= rules.minimum_weekly_hours)
            * (person("expected_employment_days", period) >= rules.minimum_expected_employment_days)
            * np.logical_not(person("is_student", period))
        )
