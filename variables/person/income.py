"""Earnings and income inputs (賃金・報酬・所得)."""

from openfisca_core.model_api import ADD, MONTH, YEAR, Variable

from openfisca_japan.entities import Person


class monthly_wage(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages paid for the month, excluding bonus (賃金・報酬月額, 賞与を除く)"
    documentation = "Everything paid as consideration for work in the month (base pay, allowances, commuting allowance), in yen."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3"


class monthly_remuneration(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Monthly remuneration used for grading (報酬月額)"
    documentation = (
        "The remuneration on which the standard monthly remuneration (標準報酬月額) is graded: normally the "
        "average of April–June set at the regular determination (定時決定). Defaults to `monthly_wage`."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_41"

    def formula(person, period):
        return person("monthly_wage", period)


class bonus(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Bonus paid in the month (賞与)"
    documentation = "Remuneration paid three times a year or less (賞与), input in the month it is paid."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3"


class annual_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Annual income actually received (年収)"
    documentation = (
        "Gross annual income of the period (earnings, pensions and other income before deductions), in yen. "
        "Defaults to the wages and bonuses of the 12 months of the period; give it when there is other income."
    )

    def formula(person, period):
        return person("monthly_wage", period, options=[ADD]) + person("bonus", period, options=[ADD])


class expected_annual_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Expected annual income over the next 12 months (年間収入の見込額)"
    documentation = (
        "The income a person is expected to receive over the coming 12 months, as used by the dependant test "
        "of health insurance (被扶養者の収入要件). Defaults to `annual_income`."
    )
    reference = "https://www.kyoukaikenpo.or.jp/g3/cat320/sb3160/sbb3163/1959-230/"

    def formula(person, period):
        return person("annual_income", period)
