"""Qualification for the basic allowance (基本手当の受給資格), 雇用保険法 第13条."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import JobLeavingReason

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"
INVOLUNTARY = (
    JobLeavingReason.dismissal,
    JobLeavingReason.contract_not_renewed,
    JobLeavingReason.voluntary_with_just_cause,
)


class basic_allowance_eligible(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Qualifies for the basic allowance (基本手当の受給資格)"
    documentation = (
        "Left a job before 65 with 12 insured months in the 2 years before leaving, or 6 in the year before "
        "for dismissed and specified-reason leavers (法13条)."
    )
    reference = f"{LAW}#Mp-At_13"

    def formula(person, period, parameters):
        p = parameters(period).employment_insurance.benefits.basic_allowance.eligibility
        reason = person("job_leaving_reason", period)
        involuntary = (reason == INVOLUNTARY[0]) | (reason == INVOLUNTARY[1]) | (reason == INVOLUNTARY[2])
        qualifies = (person("insured_months_last_2_years", period) >= p.general_months) | (
            involuntary & (person("insured_months_last_year", period) >= p.involuntary_months)
        )
        left = reason != JobLeavingReason.not_left
        return left & qualifies & (person("age_on_leaving", period) < p.maximum_age)
