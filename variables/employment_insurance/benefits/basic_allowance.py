"""Basic allowance of the unemployed (基本手当), 雇用保険法 第13条〜第33条.

All variables are MONTH. A claim is described by inputs given for the month computed: the daily amounts
use the limits and taper points in force on the first day of that month (they change every 1 August and
apply to days from then on, including to people already drawing benefit). The restriction for voluntary
leavers depends on the date of leaving: compute `basic_allowance_restriction_months` for the month of leaving.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Enum, Variable, select, set_input_dispatch_by_period, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class JobLeavingReason(Enum):
    """Reason for leaving the last job, as Hello Work classifies it (離職理由)."""

    not_left = "Has not left a job (離職していない)"
    voluntary = "Own-reason leaving without just cause (正当な理由のない自己都合退職)"
    voluntary_with_just_cause = (
        "Own-reason leaving with just cause: illness, family care, move… (正当な理由のある自己都合退職・特定理由離職者)"
    )
    contract_not_renewed = (
        "Fixed-term contract not renewed although the worker wished it (雇止め・特定理由離職者)"
    )
    contract_expiry_or_retirement = (
        "Contract expiry or mandatory retirement, general leaver (契約期間満了・定年等 一般の離職者)"
    )
    dismissal = "Dismissal, bankruptcy of the employer and similar (解雇・倒産等 特定受給資格者)"
    serious_misconduct = "Dismissal for serious misconduct (自己の責めに帰すべき重大な理由による解雇・重責解雇)"


INVOLUNTARY = (
    JobLeavingReason.dismissal,
    JobLeavingReason.contract_not_renewed,
    JobLeavingReason.voluntary_with_just_cause,
)


class job_leaving_reason(Variable):
    value_type = Enum
    possible_values = JobLeavingReason
    default_value = JobLeavingReason.not_left
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Reason for leaving the last job (離職理由)"
    reference = f"{LAW}#Mp-At_23"


class age_on_leaving(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Age on the day of leaving (離職の日における年齢, 基準日)"
    documentation = "Defaults to `age` of the month computed."
    reference = f"{LAW}#Mp-At_17"

    def formula(person, period):
        return person("age", period)


class wages_last_6_months(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Wages of the last 6 insured months before leaving, without bonuses (離職前6か月の賃金総額)"
    documentation = (
        "Wages paid in the last 6 months counted as insured months, excluding wages paid at intervals of more "
        "than 3 months (bonuses) and one-off payments (法17条1項), in yen."
    )
    reference = f"{LAW}#Mp-At_17"


class insured_months_last_2_years(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Insured months in the 2 years before leaving or before the leave (被保険者期間, 算定対象期間2年)"
    documentation = (
        "Months with 11 or more paid days (or 80 or more paid hours) in the 2 years before the event: "
        "the day of leaving (basic allowance) or the start of childcare / family-care leave."
    )
    reference = f"{LAW}#Mp-At_13"


class insured_months_last_year(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Insured months in the year before leaving (被保険者期間, 離職前1年間)"
    reference = f"{LAW}#Mp-At_13"


class employment_insurance_insured_years(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Insured years, the periods of insured employment added up (算定基礎期間・被保険者であった期間)"
    documentation = "Periods separated by more than a year, or before a benefit already drawn, are not counted (法22条3項)."
    reference = f"{LAW}#Mp-At_22"


class is_hard_to_employ(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Person hard to employ, e.g. with a disability (就職困難者, 施行規則32条)"
    reference = f"{LAW}#Mp-At_22"


class prior_voluntary_leavings_last_5_years(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Earlier qualification decisions for voluntary leaving in the 5 years before this leaving (過去5年間の自己都合離職による受給資格決定の回数)"
    reference = f"{LAW}#Mp-At_33"


class took_training_lifting_restriction(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Took qualifying education or training, started from April 2025, in the year before leaving or after (教育訓練の受講による給付制限の解除)"
    reference = f"{LAW}#Mp-At_33"


class basic_allowance_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of unemployment certified and paid in the month (失業の認定を受けた日数)"
    reference = f"{LAW}#Mp-At_15"


class wage_daily_amount_before_limits(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages of the last 6 months ÷ 180, truncated to the yen (賃金日額, 上限・下限適用前)"
    reference = f"{LAW}#Mp-At_17"

    def formula(person, period, parameters):
        divisor = parameters(period).employment_insurance.benefits.wage_daily_amount.days_divisor
        return floor_to(person("wages_last_6_months", period) / divisor)


def upper_limit_for_age(limits, age):
    """Upper limit of the wage daily amount by age band (法17条4項2号); 65+ use the under-30 limit."""
    return select(
        [age < 30, age < 45, age < 60, age < 65],
        [limits.under_30, limits.age_30_to_44, limits.age_45_to_59, limits.age_60_to_64],
        default=limits.under_30,
    )


class wage_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wage daily amount within its limits (賃金日額)"
    documentation = "Wages of the last 6 months ÷ 180, raised to the lower limit and cut to the upper limit of the age band on leaving."
    reference = f"{LAW}#Mp-At_17"

    def formula(person, period, parameters):
        limits = parameters(period).employment_insurance.benefits.wage_daily_amount
        upper = upper_limit_for_age(limits.upper_limit, person("age_on_leaving", period))
        return np.clip(person("wage_daily_amount_before_limits", period), limits.lower_limit, upper)


class jobseeker_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Daily amount by the benefit-rate formula, before eligibility (基本手当日額の算定額)"
    documentation = (
        "y = 0.8w below the 80 % band end a; y = 0.8w − 0.3·((w − a)/(b − a))·w up to b (under 60, 65+); "
        "ages 60–64: the lower of 0.8w − 0.35·((w − a)/(b60 − a))·w and 0.05w + 0.4·b60 up to b60; then "
        "0.5w (0.45w at 60–64). w is the wage daily amount within its limits; truncated to the yen."
    )
    reference = [f"{LAW}#Mp-At_16", "https://laws.e-gov.go.jp/law/350M50002000003 (施行規則28条の3)"]

    def formula(person, period, parameters):
        benefits = parameters(period).employment_insurance.benefits.basic_allowance
        rates, points = benefits.benefit_rates, benefits.taper_points
        w = person("wage_daily_amount", period).astype(np.float64)
        age = person("age_on_leaving", period)
        is_60_to_64 = (age >= 60) & (age < 65)
        taper_end = where(is_60_to_64, points.taper_end_60_to_64, points.taper_end_under_60)
        low_rate = where(is_60_to_64, rates.minimum_60_to_64, rates.minimum_under_60)
        a, high = points.rate_80_end, rates.maximum
        tapered = high * w - (high - low_rate) * (w - a) / (taper_end - a) * w
        second_cap = rates.taper_cap_wage_ratio_60_to_64 * w + rates.taper_cap_ratio_60_to_64 * points.taper_end_60_to_64
        tapered = where(is_60_to_64, np.minimum(tapered, second_cap), tapered)
        amount = select([w < a, w <= taper_end], [high * w, tapered], default=low_rate * w)
        return floor_to(amount)


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


class basic_allowance_daily(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Basic allowance daily amount (基本手当日額)"
    reference = f"{LAW}#Mp-At_16"

    def formula(person, period):
        return where(person("basic_allowance_eligible", period), person("jobseeker_daily_amount", period), 0)


class basic_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Basic allowance paid for the days certified in the month (基本手当)"
    reference = f"{LAW}#Mp-At_15"

    def formula(person, period):
        return person("basic_allowance_daily", period) * person("basic_allowance_days", period)


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


class basic_allowance_waiting_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Waiting period after the claim, not paid (待期)"
    reference = f"{LAW}#Mp-At_21"

    def formula(person, period, parameters):
        waiting = parameters(period).employment_insurance.benefits.basic_allowance.waiting_days
        return where(person("basic_allowance_eligible", period), waiting, 0)


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

    def formula(person, period, parameters):
        p = parameters(period).employment_insurance.benefits.basic_allowance
        left = person("job_leaving_reason", period) != JobLeavingReason.not_left
        qualifies = left & (person("age_on_leaving", period) >= p.eligibility.maximum_age) & (
            person("insured_months_last_year", period) >= p.eligibility.involuntary_months
        )
        days = p.prescribed_days.older_jobseeker.calc(person("employment_insurance_insured_years", period))
        return where(qualifies, person("jobseeker_daily_amount", period) * days, 0)
