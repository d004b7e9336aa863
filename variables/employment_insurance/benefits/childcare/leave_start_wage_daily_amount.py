"""Wage daily amount at the start of childcare leave or of short-time work (休業開始時賃金日額), 雇用保険法 第61条の7第6項."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.employment_benefits import wage_daily_amount

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class wages_6_months_before_leave(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Wages of the 6 months before the start of leave or of short-time work, without bonuses (休業開始前6か月の賃金総額)"
    reference = f"{LAW}#Mp-At_61_7"
    unit = "currency-JPY"


class leave_start_wage_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wage daily amount at the start of childcare leave (休業開始時賃金日額)"
    documentation = "6 months' wages ÷ 180, truncated, within the lower limit and the 30–44 upper limit of the wage daily amount (法61条の7第6項)."
    reference = f"{LAW}#Mp-At_61_7"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        limits = parameters(period).employment_insurance.benefits.wage_daily_amount
        return wage_daily_amount(person("wages_6_months_before_leave", period), limits, "age_30_to_44")
