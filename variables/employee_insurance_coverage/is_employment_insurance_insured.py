"""Insured person of employment insurance in the month (雇用保険の被保険者, 雇用保険法 第4条, 第5条, 第6条)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer, Person
from openfisca_japan.enums import EmploymentStatus, HealthInsurer
from openfisca_japan.law.coverage import refuse_inputs


class expected_employment_days(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "day"
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
        "to true when the employer's health insurer is Kyokai Kenpo or a society, false for a person without "
        "employer; required (no default) when it is a mutual aid association, whose members are public servants "
        "(not covered) or staff of national university corporations and private schools (covered)."
    )
    reference = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_5"

    def formula(employer, period):
        insurer = employer("health_insurer", period)
        # 共済組合 employers are either government bodies (staff excluded, 第6条第6号) or national university
        # corporations / private schools (covered): neither default would be right for the other.
        mutual_aid = insurer == HealthInsurer.mutual_aid_association
        refuse_inputs(mutual_aid, employer.ids, f"employment_insurance_applicable ({period}) is not given for an "
                      "employer whose health insurer is a mutual aid association (共済組合): false for a national or "
                      "local government body (its public servants are excluded, 雇用保険法 第6条第6号), true for a "
                      "national university corporation, a private school (私学共済) or another covered business",
                      "employment_insurance_applicable", "true or false", entity="employer")
        return insurer != HealthInsurer.none


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
