"""Annual income received and expected (年収・年間収入の見込額)."""

from openfisca_core.model_api import ADD, YEAR, Variable

from openfisca_japan.entities import Person


class annual_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Annual income actually received (年収)"
    documentation = (
        "Gross annual income of the period (earnings, pensions and other income before deductions), in yen. "
        "Defaults to the wages and bonuses of the 12 months of the period; give it when there is other income."
    )
    reference = "所得税法 第36条 (収入金額) (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_36)"

    def formula(person, period):
        return person("monthly_wage", period, options=[ADD]) + person("bonus", period, options=[ADD])


class expected_annual_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Expected annual income over the next 12 months (年間収入の見込額)"
    documentation = (
        "The income a person is expected to receive over the coming 12 months, as used by the dependant test "
        "of health insurance (被扶養者の収入要件). Defaults to `annual_income`."
    )
    reference = "https://www.kyoukaikenpo.or.jp/g3/cat320/sb3160/sbb3163/1959-230/"

    def formula(person, period):
        return person("annual_income", period)
