"""Days off work because of the injury, and wages paid for a partial day (休業日数・待期・一部休業日の賃金), 労災保険法 第14条."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person

LAW = "https://laws.e-gov.go.jp/law/322AC0000000050"


class work_absence_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days off work in the month because of the injury, including the waiting days (休業日数)"
    reference = f"{LAW}#Mp-At_14"
    unit = "day"


class work_absence_waiting_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Of those days, days among the first 3 days of absence (待期期間の日数)"
    reference = f"{LAW}#Mp-At_14"
    unit = "day"


class partial_day_wages(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Wages paid for the part of a day of absence worked (一部休業日の賃金)"
    reference = f"{LAW}#Mp-At_14"
    unit = "currency-JPY"
