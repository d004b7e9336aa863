"""Payment period of the injury and sickness allowance (健康保険法 第99条第4項): the days of 1 year 6 months from the first
payment day, a calendar period until December 2021 and a number of payment days counted cumulatively from January 2022
(支給期間の通算, 令和3年法律第66号; allowances whose calendar period had ended by 2021-12-31 keep it)."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable, date

from openfisca_japan.entities import Person


class injury_sickness_first_payment_date(Variable):
    value_type = date
    default_value = date(2100, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "First payment day of the injury and sickness allowance (支給開始日)"
    documentation = (
        "Sets the 1 year 6 months: a calendar period from this day (until December 2021, and later for allowances "
        "first paid on or before 2020-07-01), or as many payment days counted cumulatively (通算). Not given: the "
        "limit is not checked."
    )
    reference = "健康保険法 第99条第4項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"


class injury_sickness_days_already_paid(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Days already paid for the same illness before the month (既に支給した日数)"
    reference = "健康保険法 第99条第4項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"


class injury_sickness_maximum_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "day"
    label = "Payable days of the injury and sickness allowance, 1 year 6 months from the first payment day (支給期間の日数)"
    reference = "健康保険法 第99条第4項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period, parameters):
        months = int(parameters(period).health_insurance.cash_benefits.injury_sickness.maximum_duration_months)
        start = person("injury_sickness_first_payment_date", period).astype("datetime64[D]")
        start_month = start.astype("datetime64[M]")
        day = (start - start_month.astype("datetime64[D]")).astype(int)
        end_month = start_month + months
        end_month_days = ((end_month + 1).astype("datetime64[D]") - end_month.astype("datetime64[D]")).astype(int)
        # 健康保険法 第194条, 民法 第143条第2項: the period ends on the day before the corresponding day of the last month,
        # or on that month's last day when it has no corresponding day; `end` is the day after the period.
        end = end_month.astype("datetime64[D]") + np.minimum(day, end_month_days)
        return (end - start).astype(int)
