"""Application for voluntary continuation (任意継続の申出, 健康保険法 第37条): within 20 days of the loss of coverage."""

from openfisca_core.model_api import ETERNITY, Variable, date

from openfisca_japan.entities import Person


class applies_for_voluntary_continuation(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Applies for voluntary continuation (任意継続の申出をする)"
    reference = "健康保険法 第37条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_37)"


class voluntary_continuation_application_date(Variable):
    value_type = date
    entity = Person
    definition_period = ETERNITY
    label = "Date the application reaches the insurer (任意継続の申出日)"
    documentation = (
        "Defaults to the date of loss. The 20th day is extended to the next business day when it is a "
        "holiday: give the date as if it were the 20th day in that case."
    )
    reference = "健康保険法 第37条第1項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_37)"

    def formula(person, period):
        return person("employee_health_insurance_loss_date", period)
