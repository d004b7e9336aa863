"""Benefit base daily amount of workers' compensation (給付基礎日額), 労災保険法 第8条: the average wage of the Labour
Standards Act (平均賃金, 労働基準法 第12条), raised to the yen and to the minimum. For a multiple-job holder, the
wages of all employers are added together: give `wages_last_3_months_before_accident` as that total."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import ceil_to, floor_to

LAW = "https://laws.e-gov.go.jp/law/322AC0000000050"


class wages_last_3_months_before_accident(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Wages of the 3 months before the accident, all employers, without bonuses (算定事由発生日以前3か月間の賃金総額)"
    reference = "https://laws.e-gov.go.jp/law/322AC0000000049#Mp-At_12"
    unit = "currency-JPY"


class calendar_days_last_3_months_before_accident(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Calendar days of those 3 months (その期間の総日数)"
    reference = "https://laws.e-gov.go.jp/law/322AC0000000049#Mp-At_12"
    unit = "day"


class average_wage(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Average wage of the Labour Standards Act, to the sen (平均賃金, 銭未満切捨て)"
    reference = "https://laws.e-gov.go.jp/law/322AC0000000049#Mp-At_12"
    unit = "currency-JPY"

    def formula(person, period):
        days = person("calendar_days_last_3_months_before_accident", period)
        wages = person("wages_last_3_months_before_accident", period).astype(np.float64)
        return where(days > 0, floor_to(wages / np.maximum(days, 1), 0.01), 0)


class benefit_base_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Benefit base daily amount (給付基礎日額)"
    documentation = (
        "The average wage raised to the yen (法8条の5), and at least the minimum (自動変更対象額) in force in "
        "the month. Give it directly to override. The age-band limits that apply from 1 year 6 months after "
        "treatment began are not encoded (see `months_since_treatment_start`)."
    )
    reference = f"{LAW}#Mp-At_8"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        minimum = parameters(period).workers_compensation.benefit_base_daily_amount.minimum
        return np.maximum(ceil_to(person("average_wage", period)), minimum)
