"""Premium rate of a health insurance society (健康保険組合の保険料率, 健康保険法 第160条第13項), set by the society."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer


class health_insurance_society_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "/1"
    label = "Health insurance society's premium rate, employer + employee (健康保険組合の保険料率)"
    documentation = "A fraction: 0.092 for 92/1000. Used when `health_insurer` is health_insurance_society."
    reference = "健康保険法 第160条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_160)"
