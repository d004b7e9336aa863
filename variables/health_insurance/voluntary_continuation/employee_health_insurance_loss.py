"""The last loss of employee health insurance (資格喪失, 健康保険法 第36条): its date and the continuous insured months before it,
which open voluntary continuation (任意継続, 第3条第4項, 第37条)."""

from openfisca_core.model_api import ETERNITY, Variable, date

from openfisca_japan.entities import Person


class employee_health_insurance_loss_date(Variable):
    value_type = date
    default_value = date(1900, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Date of loss of employee health insurance, the day after leaving the job (資格喪失日)"
    reference = "健康保険法 第36条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_36)"


class insured_months_before_loss(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    unit = "month"
    label = "Continuous insured months up to the day before the loss (資格喪失日の前日までの継続した被保険者期間)"
    reference = "健康保険法 第3条第4項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"
