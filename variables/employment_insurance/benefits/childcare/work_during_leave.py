"""Wages paid and work done during a payment unit period of childcare leave (休業期間中の賃金・就業), 雇用保険法 第61条の7."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class wages_paid_during_leave(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages paid by the employer for the unit period of leave (休業期間中に支払われた賃金)"
    reference = f"{LAW}#Mp-At_61_7"
    unit = "currency-JPY"


class days_worked_during_leave(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days worked during the unit period of leave (就業日数)"
    reference = f"{LAW}#Mp-At_61_7"
    unit = "day"


class hours_worked_during_leave(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Hours worked during the unit period of leave (就業時間)"
    reference = f"{LAW}#Mp-At_61_7"
    unit = "hour"
