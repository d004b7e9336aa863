"""Absence (compensation) benefit (休業(補償)等給付), 労災保険法 第14条・第20条の7・第22条の2: 60 % of the benefit base
daily amount per day from the 4th day of absence.

Work injuries (業務災害), multiple-job injuries (複数業務要因災害, since 2020-09-01) and commuting injuries
(通勤災害) give the same amounts; only work injuries oblige the employer to pay the 3 waiting days
(労働基準法76条)."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.workers_compensation import absence_daily_amount, absence_paid_days

LAW = "https://laws.e-gov.go.jp/law/322AC0000000050"


class absence_compensation_daily(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Absence compensation per day from the 4th day (休業(補償)等給付 日額)"
    documentation = "60 % of the benefit base daily amount (less wages paid for a partial day), truncated to the yen."
    reference = [f"{LAW}#Mp-At_14", f"{LAW}#Mp-At_20_7", f"{LAW}#Mp-At_22_2"]
    unit = "currency-JPY"

    def formula(person, period, parameters):
        return absence_daily_amount(person, period, parameters(period).workers_compensation.absence.compensation_rate)


class absence_compensation(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Absence compensation for the month (休業(補償)等給付)"
    reference = f"{LAW}#Mp-At_14"
    unit = "currency-JPY"

    def formula(person, period):
        return person("absence_compensation_daily", period) * absence_paid_days(person, period)
