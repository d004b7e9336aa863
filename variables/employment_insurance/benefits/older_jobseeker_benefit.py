"""Older job-seeker benefit (高年齢求職者給付金), 雇用保険法 第37条の2〜第37条の4."""

from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.enums import JobLeavingReason

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class older_jobseeker_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Older job-seeker benefit, lump sum for insured persons leaving at 65 or over (高年齢求職者給付金)"
    documentation = (
        "30 days (insured less than 1 year) or 50 days of the daily amount computed as for the basic allowance "
        "with the under-30 limits, for 6 insured months in the year before leaving (法37条の3, 37条の4)."
    )
    reference = f"{LAW}#Mp-At_37_4"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(period).employment_insurance.benefits.basic_allowance
        left = person("job_leaving_reason", period) != JobLeavingReason.not_left
        qualifies = left & (person("age_on_leaving", period) >= p.eligibility.maximum_age) & (
            person("insured_months_last_year", period) >= p.eligibility.involuntary_months
        )
        days = p.prescribed_days.older_jobseeker.calc(person("employment_insurance_insured_years", period))
        return where(qualifies, person("jobseeker_daily_amount", period) * days, 0)
