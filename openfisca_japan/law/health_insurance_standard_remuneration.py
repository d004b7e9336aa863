"""Grading of the monthly remuneration (標準報酬月額の等級区分).

Health insurance: 50 grades (健康保険法 第40条); employees' pension: 32 grades (厚生年金保険法 第20条). Both tables are
openfisca `single_amount` scales: the standard amount is the amount of the bracket in which the remuneration falls,
the grade is the bracket's position.
"""

import numpy as np


def health_grades(parameters, period):
    """The 50 grades of health insurance (健康保険法 第40条)."""
    return parameters(period).health_insurance.standard_remuneration.grades


def pension_grades(parameters, period):
    """The 32 grades of employees' pension (厚生年金保険法 第20条)."""
    return parameters(period).employees_pension.premiums.standard_remuneration_grades


def standard_amount(grades, person, period):
    """Standard monthly remuneration: the amount of the grade in which `monthly_remuneration` falls."""
    return grades.calc(person("monthly_remuneration", period))


def grade_number(grades, person, period):
    """Bracket position (1-based) of `monthly_remuneration` in a single_amount scale: its grade (等級)."""
    remuneration = person("monthly_remuneration", period)
    return np.searchsorted(np.asarray(grades.thresholds), remuneration, side="right").astype(np.int32)
