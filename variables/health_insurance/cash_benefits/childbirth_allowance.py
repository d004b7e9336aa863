"""Childbirth allowance (出産手当金, 健康保険法 第102条, 第108条第2項): the daily amount and the allowance of the month.

Employee health insurance only (not NHI, voluntary continued insured persons or dependants). Mutual aid associations
pay it on their own rules: an error is raised.
"""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable, date

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_cash_benefits import (
    check_days,
    daily_amount_at_first_payment,
    refuse_mutual_aid,
)


class childbirth_allowance_first_payment_date(Variable):
    value_type = date
    default_value = date(2100, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "First payment day of the childbirth allowance (出産手当金の支給開始日)"
    documentation = (
        "Usually the first day off work within the 42 (98) days before childbirth. Sets the daily amount for the later "
        "months of the leave. Not given: the month computed is taken as the month of the first payment day."
    )
    reference = "健康保険法 第102条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102)"


class childbirth_allowance_daily(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Childbirth allowance, daily amount (出産手当金の日額)"
    documentation = (
        "Set at the first payment day: when `childbirth_allowance_first_payment_date` is in an earlier month, the average, "
        "the insured months and the parameters of that month; otherwise `allowance_daily_amount` of the month."
    )
    reference = "健康保険法 第102条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102)"

    def formula(person, period, parameters):
        return daily_amount_at_first_payment(person, period, parameters, "childbirth_allowance_first_payment_date")


class wages_paid_per_maternity_day(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Wages paid for each day off for childbirth (産休中に受けた報酬の日額)"
    reference = "健康保険法 第108条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_108)"


class childbirth_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Childbirth allowance of the month (出産手当金)"
    documentation = (
        "(daily amount − wages per day, not below 0) × `maternity_leave_days` (days off in the month within the "
        "period before and after childbirth). Employee health insurance only."
    )
    reference = "健康保険法 第102条, 第108条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102)"

    def formula(person, period):
        days = person("maternity_leave_days", period)
        check_days(days, period, "maternity_leave_days")
        refuse_mutual_aid(person, period, days, "the childbirth allowance")
        per_day = np.maximum(0, person("childbirth_allowance_daily", period) - person("wages_paid_per_maternity_day", period))
        return per_day * days
