"""Former dependants of employee health insurance (被用者保険の被扶養者であった者) joining late-stage care."""

from openfisca_core.model_api import ETERNITY, Variable

from openfisca_japan.entities import Person


class was_employee_insurance_dependant_before_late_stage(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Dependant of employee health insurance on the day before joining late-stage care (資格取得日の前日に被用者保険の被扶養者)"
    documentation = "Not for former NHI members. Gives the former-dependant reduction (no income-based part; per-capita halved for 24 months)."
    reference = "https://www.aichi-kouiki.jp/iryou/hoken/1001529/1001542.html"
