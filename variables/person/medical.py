"""Medical care inputs (療養)."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class medical_expenses(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Medical costs of the month at full price, 10/10 (医療費総額)"
    unit = "currency-JPY"
    reference = "健康保険法 第74条第1項 (療養の給付に要する費用の額) (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_74)"
    documentation = "Total cost of insured medical care of the month, before the copayment, in yen."
