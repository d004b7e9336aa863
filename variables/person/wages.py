"""Wages and bonuses paid in a month (賃金・報酬・賞与), inputs."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class monthly_wage(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Wages paid for the month, excluding bonus (賃金・報酬月額, 賞与を除く)"
    documentation = "Everything paid as consideration for work in the month (base pay, allowances, commuting allowance), in yen."
    reference = "健康保険法 第3条第5項 (報酬) (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"


class bonus(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Bonus paid in the month (賞与)"
    documentation = "Remuneration paid three times a year or less (賞与), input in the month it is paid."
    reference = "健康保険法 第3条第6項 (賞与) (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"
