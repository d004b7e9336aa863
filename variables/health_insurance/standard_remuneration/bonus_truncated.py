"""Bonus of the month truncated to 1,000 yen (賞与額の千円未満切り捨て, 健康保険法 第45条, 厚生年金保険法 第24条の4)."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to


class bonus_truncated(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Bonus of the month truncated to 1,000 yen (賞与額 千円未満切り捨て)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_45"

    def formula(person, period):
        return floor_to(person("bonus", period), 1000)
