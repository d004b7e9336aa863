"""Day-time students (学生), excluded from some employee insurance coverage."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person


class is_student(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Is a day-time student (学生)"
    reference = [
        "健康保険法 第3条第1項第9号ハ (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)",
        "雇用保険法 第6条第4号 (https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_6)",
    ]
