"""Monthly remuneration on which the standard monthly remuneration is graded (報酬月額)."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class monthly_remuneration(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Monthly remuneration used for grading (報酬月額)"
    documentation = (
        "The remuneration on which the standard monthly remuneration (標準報酬月額) is graded: normally the "
        "average of April–June set at the regular determination (定時決定). Defaults to `monthly_wage`; a month "
        "without pay of an insured person is refused (the grade of the last determination holds: give this input)."
    )
    reference = "健康保険法 第41条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_41)"

    def formula(person, period):
        return person("monthly_wage", period)
