"""Total income (合計所得金額 / 総所得金額等) and the other income that enters it."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class business_and_other_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Other income after expenses: business, real estate, other miscellaneous income (事業所得・不動産所得・その他の雑所得等)"
    documentation = (
        "Income other than employment and public pension income that enters the total income (総所得金額等), "
        "already net of expenses and special deductions, in yen (e.g. business income after the blue-return deduction)."
    )
    reference = "地方税法 第313条 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_313)"


class total_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Total income (合計所得金額 / 総所得金額等)"
    documentation = (
        "Employment income + public pension income + other income. Without separately taxed capital gains and "
        "loss carry-forwards the total income (合計所得金額) and the total income etc. (総所得金額等) coincide."
    )
    reference = "地方税法 第292条第1項第13号, 第313条 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_313)"

    def formula(person, period):
        return (
            person("employment_income", period)
            + person("public_pension_miscellaneous_income", period)
            + person("business_and_other_income", period)
        )
