"""Income tests of the premium exemptions (免除・学生納付特例の所得基準), 国民年金法 第90条・第90条の2・第90条の3,
施行令 第6条の7〜第6条の9: the previous year's income (前年所得), for periods July–June (students: April–March)."""

from openfisca_core.model_api import MONTH, Variable
from openfisca_core.periods import period as make_period

from openfisca_japan.entities import Person

EXEMPTION_PAGE = "https://www.nenkin.go.jp/service/kokunen/menjo/20150428.html"


def _income_year(period, first_month):
    """Calendar year of the 'previous year' income for the month: the exemption year starts in July
    (students: April); income of the year before the one in which it starts."""
    start_year = period.start.year if period.start.month >= first_month else period.start.year - 1
    return make_period(str(start_year - 1))


class passes_pension_full_exemption_test(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Own income at most (dependants + 1) × 350,000 + 320,000 yen (全額免除の所得基準)"
    reference = EXEMPTION_PAGE

    def formula(person, period, parameters):
        test = parameters(period).national_pension.exemption.income_thresholds.full_exemption
        year = _income_year(period, 7)
        dependants = person("pension_exemption_dependants", year)
        return person("pension_exemption_income", year) <= (dependants + 1) * test.per_person + test.constant


class pension_partial_exemption_income_margin(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Own income minus deductions, compared with the partial exemption base amounts (所得 − 控除額)"
    reference = EXEMPTION_PAGE
    unit = "currency-JPY"

    def formula(person, period):
        year = _income_year(period, 7)
        return person("pension_exemption_income", year) - person("pension_exemption_deductions", year)


class pension_student_deferment_income_margin(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Student's own income minus deductions, for the student deferment (学生納付特例 所得 − 控除額)"
    documentation = "Income of the calendar year before the April–March deferment year."
    reference = EXEMPTION_PAGE
    unit = "currency-JPY"

    def formula(person, period):
        year = _income_year(period, 4)
        return person("pension_exemption_income", year) - person("pension_exemption_deductions", year)
