"""Insured person's part of a health insurance society's rate (健康保険組合 被保険者負担分, 健康保険法 第162条)."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer


class health_insurance_society_employee_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "/1"
    label = "Insured person's part of a health insurance society's rate (健康保険組合 被保険者負担分の保険料率)"
    documentation = (
        "A fraction (0.04 for 40/1000). A society may lower the insured person's share by its rules "
        "(健康保険法第162条). Leave 0 for the legal half of `health_insurance_society_rate`."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_162"
