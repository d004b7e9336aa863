"""Injury and sickness allowance (傷病手当金, 健康保険法 第99条, 第108条第1項): the daily amount and the allowance of the month.

Not under NHI, nor for voluntary continued insured persons or dependants (the continuation of a benefit already paid
at the loss of coverage is not modelled). Mutual aid associations pay it on their own rules: an error is raised.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_cash_benefits import (
    daily_amount_at_first_payment,
    injury_sickness_allowance_of_days,
    injury_sickness_calendar_period,
    injury_sickness_payable_days,
)
from openfisca_japan.law.parameter_lookup import parameter_at_dates


class injury_sickness_allowance_daily(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Injury and sickness allowance, daily amount (傷病手当金の日額)"
    documentation = (
        "Set at the first payment day (支給開始日): when `injury_sickness_first_payment_date` is in an earlier month, the "
        "average and the insured months of the 12 months up to that month and the parameters of that day, not those of "
        "the month computed; otherwise `allowance_daily_amount` of the month (taken as the month of the first payment)."
    )
    reference = "健康保険法 第99条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period, parameters):
        return daily_amount_at_first_payment(person, period, parameters, "injury_sickness_first_payment_date")


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
        "period if not yet completed, within the 1 year 6 months from `injury_sickness_first_payment_date`: until "
        "December 2021 a calendar period (days of the month after its last day are not paid, whatever was paid "
        "before); from January 2022 the days already paid (`injury_sickness_days_already_paid`) are counted "
        "against the days of that period, for allowances whose calendar period had not ended on 2021-12-31 "
        "(first paid on or after 2020-07-02); older allowances keep their calendar period. Employee health "
        "insurance only."
    )
    reference = "健康保険法 第99条, 第108条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period, parameters):
        # 健康保険法 第99条第4項 before 令和3年法律第66号: 支給を始めた日から起算して1年6月を超えないもの (a calendar period).
        payable = injury_sickness_payable_days(person, period, parameters)
        _, _, given, in_calendar_period = injury_sickness_calendar_period(person, period)
        payable = np.where(given, np.minimum(payable, in_calendar_period), payable)
        return injury_sickness_allowance_of_days(person, period, payable)

    def formula_2022_01(person, period, parameters):
        # 令和3年法律第66号 (from 2022-01-01): 通算して1年6月; its transitional provision keeps the calendar period of an
        # allowance whose 1 year 6 months had elapsed by 2021-12-31: `counted_cumulatively` read on the last day of the
        # claim's calendar period (no later than the month asked: the rule is the same for every later date).
        payable = injury_sickness_payable_days(person, period, parameters)
        _, calendar_last, given, in_calendar_period = injury_sickness_calendar_period(person, period)
        when = np.clip(calendar_last, np.datetime64("2019-04-01"), np.datetime64(str(period.start), "D"))
        cumulative = parameter_at_dates(
            when, lambda day: parameters(day).health_insurance.cash_benefits.injury_sickness.counted_cumulatively) > 0
        remaining = person("injury_sickness_maximum_days", period) - person("injury_sickness_days_already_paid", period)
        limit = np.where(cumulative, np.maximum(0, remaining), in_calendar_period)
        return injury_sickness_allowance_of_days(person, period, np.where(given, np.minimum(payable, limit), payable))
