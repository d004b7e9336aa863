"""Wage at 60 of the older-worker continued-employment benefit (60歳到達時等の賃金月額), 雇用保険法 第61条第2項."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.employment_benefits import wage_daily_amount

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_61"


class wages_last_6_months_at_60(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Wages of the 6 months before reaching 60, without bonuses (60歳到達前6か月の賃金総額)"
    documentation = "Used for the wage at 60 (60歳到達時等の賃金月額 = 賃金日額 × 30), in yen."
    reference = LAW
    unit = "currency-JPY"


class wage_monthly_at_60(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wage at 60 within its limits (60歳到達時等の賃金月額)"
    documentation = (
        "Wage daily amount at 60 (6 months' wages ÷ 180, truncated) × 30, within 30 × the lower limit and "
        "30 × the 60–64 upper limit of the wage daily amount in force in the month."
    )
    reference = LAW
    unit = "currency-JPY"

    def formula(person, period, parameters):
        limits = parameters(period).employment_insurance.benefits.wage_daily_amount
        return 30 * wage_daily_amount(person("wages_last_6_months_at_60", period), limits, "age_60_to_64")
