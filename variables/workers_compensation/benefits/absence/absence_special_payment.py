"""Absence special payment (休業特別支給金), 労働者災害補償保険特別支給金支給規則 第3条: 20 % of the benefit base daily
amount per day from the 4th day of absence."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.workers_compensation import absence_daily_amount, absence_paid_days

SPECIAL = "https://laws.e-gov.go.jp/law/349M50002000030"


class absence_special_payment_daily(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Absence special payment per day from the 4th day (休業特別支給金 日額)"
    documentation = "20 % of the benefit base daily amount (less wages paid for a partial day), truncated to the yen."
    reference = f"{SPECIAL} (特別支給金支給規則3条)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        return absence_daily_amount(person, period, parameters(period).workers_compensation.absence.special_payment_rate)


class absence_special_payment(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Absence special payment for the month (休業特別支給金)"
    reference = SPECIAL
    unit = "currency-JPY"

    def formula(person, period):
        return person("absence_special_payment_daily", period) * absence_paid_days(person, period)
