"""Social insurance premiums of the month's pay slip (社会保険料 控除額合計・事業主負担分合計): health and nursing care (rounded on
their sum), the child-rearing support levy, employees' pension and employment insurance."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class social_insurance_premiums_employee(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Social insurance premiums deducted from the month's pay (社会保険料 控除額合計)"
    documentation = (
        "Health + nursing care (rounded on their sum) + child-rearing support levy + employees' pension + "
        "employment insurance, employee shares, on the wage and the bonus of the month."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_167"

    def formula(person, period):
        return (
            person("health_and_nursing_care_premium_employee", period)
            + person("child_rearing_support_levy_employee", period)
            + person("employees_pension_premium_employee", period)
            + person("employment_insurance_premium_employee", period)
        )


class social_insurance_premiums_employer(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Employer's share of the month's social insurance premiums (社会保険料 事業主負担分合計)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return (
            person("health_insurance_premium_employer", period)
            + person("nursing_care_premium_employer", period)
            + person("child_rearing_support_levy_employer", period)
            + person("employees_pension_premium_employer", period)
            + person("employment_insurance_premium_employer", period)
        )
