"""Standard monthly remuneration and standard bonus (標準報酬月額・標準賞与額).

Health insurance: 50 grades (健康保険法第40条), bonus cap 5.73 million yen per fiscal year (第45条).
Employees' pension: 32 grades (厚生年金保険法第20条), bonus cap 1.5 million yen per month (第24条の4).
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to


def _health_grades(parameters, period):
    """The 50 grades of health insurance (健康保険法 第40条)."""
    return parameters(period).health_insurance.standard_remuneration.grades


def _pension_grades(parameters, period):
    """The 32 grades of employees' pension (厚生年金保険法 第20条)."""
    return parameters(period).employees_pension.premiums.standard_remuneration_grades


def _standard_amount(grades, person, period):
    """Standard monthly remuneration: the amount of the grade in which `monthly_remuneration` falls."""
    return grades.calc(person("monthly_remuneration", period))


def _grade_number(grades, person, period):
    """Bracket position (1-based) of `monthly_remuneration` in a single_amount scale: its grade (等級)."""
    remuneration = person("monthly_remuneration", period)
    return np.searchsorted(np.asarray(grades.thresholds), remuneration, side="right").astype(np.int32)


class standard_monthly_remuneration_health(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Standard monthly remuneration for health insurance (健康保険 標準報酬月額)"
    documentation = "Grade of `monthly_remuneration` in the 50-grade table, 58,000 to 1,390,000 yen."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_40"

    def formula(person, period, parameters):
        return _standard_amount(_health_grades(parameters, period), person, period)


class health_insurance_grade(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Health insurance grade, 1 to 50 (健康保険 標準報酬月額の等級)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_40"

    def formula(person, period, parameters):
        return _grade_number(_health_grades(parameters, period), person, period)


class standard_monthly_remuneration_pension(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Standard monthly remuneration for employees' pension (厚生年金保険 標準報酬月額)"
    documentation = "Grade of `monthly_remuneration` in the 32-grade table, 88,000 to 650,000 yen."
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_20"

    def formula(person, period, parameters):
        return _standard_amount(_pension_grades(parameters, period), person, period)


class pension_grade(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Employees' pension grade, 1 to 32 (厚生年金保険 標準報酬月額の等級)"
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_20"

    def formula(person, period, parameters):
        return _grade_number(_pension_grades(parameters, period), person, period)


class bonus_truncated(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Bonus of the month truncated to 1,000 yen (賞与額 千円未満切り捨て)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_45"

    def formula(person, period):
        return floor_to(person("bonus", period), 1000)


class standard_bonus_health(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Standard bonus for health insurance (健康保険 標準賞与額)"
    documentation = (
        "Bonus truncated to 1,000 yen, limited so that the standard bonuses of the fiscal year (April to "
        "March) total at most 5.73 million yen: bonuses paid earlier in the same fiscal year count. Also the "
        "base of the nursing-care premium and of the child-rearing support levy on bonuses."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_45"

    def formula(person, period, parameters):
        cap = parameters(period).health_insurance.standard_remuneration.annual_bonus_cap
        months_since_april = (period.start.month - 4) % 12
        earlier = sum(
            (person("bonus_truncated", period.offset(-k, MONTH)) for k in range(1, months_since_april + 1)),
            start=np.zeros(person.count),
        )
        room = np.maximum(cap - earlier, 0)
        return np.minimum(person("bonus_truncated", period), room)


class standard_bonus_pension(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Standard bonus for employees' pension (厚生年金保険 標準賞与額)"
    documentation = "Bonus paid in the month truncated to 1,000 yen, at most 1.5 million yen a month."
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_24-4"

    def formula(person, period, parameters):
        cap = parameters(period).employees_pension.premiums.monthly_bonus_cap
        return np.minimum(person("bonus_truncated", period), cap)
