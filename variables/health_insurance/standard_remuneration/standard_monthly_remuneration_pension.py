"""Standard monthly remuneration of employees' pension and its grade (厚生年金保険 標準報酬月額・等級, 厚生年金保険法 第20条).

32 grades from September 2020 (31 before), 88,000 to 650,000 yen (parameters:
employees_pension/premiums/standard_remuneration_grades). Graded beside health insurance, whose grading rules
(報酬月額, 定時決定) it shares.
"""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_standard_remuneration import grade_number, pension_grades, standard_amount


class standard_monthly_remuneration_pension(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Standard monthly remuneration for employees' pension (厚生年金保険 標準報酬月額)"
    documentation = (
        "Grade of `monthly_remuneration` in the 32-grade table, 88,000 to 650,000 yen (31 grades to 620,000 before "
        "September 2020)."
    )
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_20"

    def formula(person, period, parameters):
        return standard_amount(pension_grades(parameters, period), person, period)


class pension_grade(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "count"
    label = "Employees' pension grade, 1 to 32 (1 to 31 before September 2020) (厚生年金保険 標準報酬月額の等級)"
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_20"

    def formula(person, period, parameters):
        return grade_number(pension_grades(parameters, period), person, period)
