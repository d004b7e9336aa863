"""A health insurance society's nursing-care premium rate and the insured person's part of it (健康保険組合 介護保険料率,
健康保険法 第160条, 第162条)."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer


class health_insurance_society_care_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "/1"
    label = "Health insurance society's nursing-care premium rate, employer + employee (健康保険組合 介護保険料率)"
    documentation = "A fraction (0.018 for 18/1000). Required for insured persons aged 40–64 of a society."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_160"


class health_insurance_society_care_employee_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "/1"
    label = "Insured person's part of a society's nursing-care rate (健康保険組合 介護保険料率 被保険者負担分)"
    documentation = "Leave 0 for the legal half of `health_insurance_society_care_rate`."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_162"
