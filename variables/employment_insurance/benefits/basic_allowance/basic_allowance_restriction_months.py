"""Benefit restriction after the waiting period (給付制限), 雇用保険法 第33条. The restriction depends on the date of
leaving: compute `basic_allowance_restriction_months` for the month of leaving."""

from openfisca_core.model_api import MONTH, Variable, select, set_input_dispatch_by_period, where

from openfisca_japan.entities import Person
from openfisca_japan.enums import JobLeavingReason

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class prior_voluntary_leavings_last_5_years(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Earlier qualification decisions for voluntary leaving in the 5 years before this leaving (過去5年間の自己都合離職による受給資格決定の回数)"
    reference = f"{LAW}#Mp-At_33"
    unit = "count"


class took_training_lifting_restriction(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Took qualifying education or training, started from April 2025, in the year before leaving or after (教育訓練の受講による給付制限の解除)"
    reference = f"{LAW}#Mp-At_33"


class basic_allowance_restriction_months(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Months of benefit restriction after the waiting period (給付制限期間); compute for the month of leaving"
    documentation = (
        "Voluntary leaving without just cause: 2 months (leaving from 2020-10-01), 1 month (from 2025-04-01), "
        "3 months when 2 or more such qualifications were decided in the 5 years before; none from 2025-04-01 "
        "for a person who took qualifying training. Dismissal for serious misconduct: 3 months."
    )
    reference = f"{LAW}#Mp-At_33"
    unit = "month"

    def formula(person, period, parameters):
        p = parameters(period).employment_insurance.benefits.basic_allowance.benefit_restriction
        reason = person("job_leaving_reason", period)
        repeated = person("prior_voluntary_leavings_last_5_years", period) >= p.repeated_voluntary_prior_count
        voluntary = where(repeated, p.repeated_voluntary_months, p.voluntary_months)
        voluntary = where(p.training_exception & person("took_training_lifting_restriction", period), 0, voluntary)
        return select(
            [reason == JobLeavingReason.voluntary, reason == JobLeavingReason.serious_misconduct],
            [voluntary, p.serious_misconduct_months],
            default=0,
        )
