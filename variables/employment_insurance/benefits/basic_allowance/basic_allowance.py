"""Basic allowance of the unemployed (基本手当): the daily amount and the total of the certified days of the month,
雇用保険法 第15条・第16条."""

from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Person

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class basic_allowance_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days of unemployment certified and paid in the month (失業の認定を受けた日数)"
    reference = f"{LAW}#Mp-At_15"
    unit = "day"


class basic_allowance_daily(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Basic allowance daily amount (基本手当日額)"
    reference = f"{LAW}#Mp-At_16"
    unit = "currency-JPY"

    def formula(person, period):
        return where(person("basic_allowance_eligible", period), person("jobseeker_daily_amount", period), 0)


class basic_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Basic allowance paid for the days certified in the month (基本手当)"
    reference = f"{LAW}#Mp-At_15"
    unit = "currency-JPY"

    def formula(person, period):
        return person("basic_allowance_daily", period) * person("basic_allowance_days", period)
