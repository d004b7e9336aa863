"""Standard monthly remuneration of health insurance and its grade (健康保険 標準報酬月額・等級, 健康保険法 第40条).

50 grades, 58,000 to 1,390,000 yen (parameters: health_insurance/standard_remuneration/grades).
"""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_standard_remuneration import grade_number, health_grades, standard_amount


class standard_monthly_remuneration_health(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Standard monthly remuneration for health insurance (健康保険 標準報酬月額)"
    documentation = "Grade of `monthly_remuneration` in the 50-grade table, 58,000 to 1,390,000 yen."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_40"

    def formula(person, period, parameters):
        return standard_amount(health_grades(parameters, period), person, period)


class health_insurance_grade(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "count"
    label = "Health insurance grade, 1 to 50 (健康保険 標準報酬月額の等級)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_40"

    def formula(person, period, parameters):
        return grade_number(health_grades(parameters, period), person, period)
