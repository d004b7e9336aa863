"""Nursing-care premium of category-2 insured persons collected with employee health insurance (介護保険料).

Insured persons aged 40–64 (介護保険法 第9条第2号) pay the care premium with the health insurance premium
(健康保険法 第156条第1項第1号, 第160条第16項). The care premium and its shares are the health-and-care amounts (rounded on
their sum) minus the health amounts.
"""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.employee_premiums import employer_share


class nursing_care_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Nursing-care premium of a category-2 insured person, employer and employee (介護保険料)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_156"

    def formula(person, period):
        return person("health_and_nursing_care_premium", period) - person("health_insurance_premium", period)


class nursing_care_premium_employee(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Nursing-care premium deducted from pay (介護保険料 被保険者負担分)"
    documentation = "Health-and-care deduction (rounded on the sum) minus the health deduction."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return person("health_and_nursing_care_premium_employee", period) - person(
            "health_insurance_premium_employee", period
        )


class nursing_care_premium_employer(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Nursing-care premium, employer's share (介護保険料 事業主負担分)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return employer_share(person, period, "nursing_care_premium")
