"""Contractual weekly working hours (週所定労働時間), inputs of the 3/4 rule and of the 20-hour rule."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person


class weekly_working_hours(Variable):
    value_type = float
    default_value = 40.0
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "hour"
    label = "Contractual weekly working hours (週所定労働時間)"
    documentation = "Defaults to 40 hours, a full-time worker."
    reference = [
        "健康保険法 第3条第1項第9号 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)",
        "雇用保険法 第6条第1号 (https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_6)",
    ]


class full_time_weekly_hours(Variable):
    value_type = float
    default_value = 40.0
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "hour"
    label = "Weekly hours of a full-time worker at the same employer (通常の労働者の週所定労働時間)"
    documentation = "The reference for the 3/4 rule (4分の3基準) of employee insurance coverage."
    reference = "健康保険法 第3条第1項第9号 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"
