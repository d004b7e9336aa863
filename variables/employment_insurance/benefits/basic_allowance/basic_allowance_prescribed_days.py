"""Prescribed number of benefit days (所定給付日数), 雇用保険法 第22条・第23条."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, select, set_input_dispatch_by_period, where

from openfisca_japan.entities import Person
from openfisca_japan.enums import JobLeavingReason

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class is_hard_to_employ(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Person hard to employ, e.g. with a disability (就職困難者, 施行規則32条)"
    reference = f"{LAW}#Mp-At_22"


class basic_allowance_prescribed_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Prescribed number of benefit days (所定給付日数)"
    documentation = (
        "Hard-to-employ persons: 法22条2項; dismissed and bankrupt-employer leavers (特定受給資格者): 法23条; "
        "others: 法22条1項. Non-renewed fixed-term workers (雇止め) get the 法23条 table only under a temporary "
        "measure whose end date is not confirmed here: computing them raises an error."
    )
    reference = [f"{LAW}#Mp-At_22", f"{LAW}#Mp-At_23"]
    unit = "day"

    def formula(person, period, parameters):
        days = parameters(period).employment_insurance.benefits.basic_allowance.prescribed_days
        reason = person("job_leaving_reason", period)
        age = person("age_on_leaving", period)
        years = person("employment_insurance_insured_years", period)
        eligible = person("basic_allowance_eligible", period)
        if np.any(eligible & (reason == JobLeavingReason.contract_not_renewed)):
            raise ValueError(
                "basic_allowance_prescribed_days: the days of non-renewed fixed-term workers (雇止め, 特定理由離職者) "
                "depend on the temporary measure of 雇用保険法附則4条, whose end date (reported as 2027-03-31) is "
                "not confirmed against the official text; not encoded, see docs/employment-insurance.md."
            )
        inv = days.involuntary
        involuntary = select(
            [age < 30, age < 35, age < 45, age < 60],
            [inv.under_30.calc(years), inv.age_30_to_34.calc(years), inv.age_35_to_44.calc(years), inv.age_45_to_59.calc(years)],
            default=inv.age_60_to_64.calc(years),
        )
        hard = where(age < 45, days.hard_to_employ.under_45.calc(years), days.hard_to_employ.age_45_to_64.calc(years))
        result = select(
            [person("is_hard_to_employ", period), reason == JobLeavingReason.dismissal],
            [hard, involuntary],
            default=days.general.calc(years),
        )
        return where(eligible, result, 0)
