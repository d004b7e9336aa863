"""Expected length of the employment (雇用見込期間), an input of the coverage rules."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person


class expected_employment_months(Variable):
    value_type = float
    default_value = 120.0
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "month"
    label = "Expected length of employment, in months (雇用見込期間)"
    documentation = "Defaults to 120 months: an employment without a fixed term."
    reference = [
        "健康保険法 第3条第1項第2号 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)",
        "雇用保険法 第6条第2号 (https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_6)",
    ]
