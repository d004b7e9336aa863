"""Injury and sickness allowance (傷病手当金, 健康保険法 第99条, 第108条第1項): the daily amount and the allowance of the month.

Not under NHI, nor for voluntary continued insured persons or dependants (the continuation of a benefit already paid
at the loss of coverage is not modelled). Mutual aid associations pay it on their own rules: an error is raised.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_cash_benefits import check_days, refuse_mutual_aid


class injury_sickness_allowance_daily(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Injury and sickness allowance, daily amount (傷病手当金の日額)"
    reference = "健康保険法 第99条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period):
        return person("allowance_daily_amount", period)


class sick_leave_waiting_period_completed(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The 3-day waiting period was completed before the month (待期完成済み)"
    documentation = "If false, the first 3 days off of the month (assumed consecutive) are the waiting period."
    reference = "健康保険法 第99条第1項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"


class wages_paid_per_sick_day(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Wages paid for each day off (休業中に受けた報酬の日額)"
    documentation = "Only the excess of the allowance over the wages is paid (健康保険法 第108条第1項)."
    reference = "健康保険法 第108条第1項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_108)"


class injury_sickness_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Injury and sickness allowance of the month (傷病手当金)"
    documentation = (
        "(daily amount − wages per day, not below 0) × payable days: `sick_leave_days` less the 3-day waiting "
        "period if not yet completed, within the 1 year 6 months of payment days. Employee health insurance only."
    )
    reference = "健康保険法 第99条, 第108条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period, parameters):
        p = parameters(period).health_insurance.cash_benefits.injury_sickness
        days = person("sick_leave_days", period)
        check_days(days, period, "sick_leave_days")
        refuse_mutual_aid(person, period, days, "the injury and sickness allowance")
        waiting = np.where(person("sick_leave_waiting_period_completed", period), 0, p.waiting_days)
        payable = np.maximum(0, days - waiting)
        remaining = person("injury_sickness_maximum_days", period) - person("injury_sickness_days_already_paid", period)
        payable = np.minimum(payable, np.maximum(0, remaining))
        per_day = np.maximum(0, person("injury_sickness_allowance_daily", period) - person("wages_paid_per_sick_day", period))
        return per_day * payable
