"""Daily amount of the injury and sickness allowance and of the childbirth allowance (支給日額, 健康保険法 第99条第2項, 第102条第2項).

Average standard monthly remuneration of the 12 months up to the month of the first payment day ÷ 30, rounded half
up to 10 yen, × 2/3 rounded half up to the yen; insured less than 12 months: the average is capped at the insurer's
average of all insured persons (Kyokai Kenpo cap). Compute it for the month of the first payment day.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_cash_benefits import daily_amount_of, refuse_society_short_insured


class allowance_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Daily amount of the sickness and childbirth allowances, first payment day in this month (支給日額)"
    documentation = (
        "average ÷ 30 rounded half up to 10 yen, × 2/3 rounded half up to the yen; insured < 12 months: "
        "average capped at the Kyokai Kenpo cap of the fiscal year. Employee health insurance only."
    )
    reference = "健康保険法 第99条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period, parameters):
        p = parameters(period).health_insurance.cash_benefits.daily_amount
        average = person("average_standard_monthly_remuneration_12_months", period)
        short = person("insured_months_before_allowance", period) < p.averaging_months
        employee = refuse_society_short_insured(person, period, p, average, short)
        return np.where(employee, daily_amount_of(average, short, p), 0)
