"""Injury-and-disease (compensation) pension (傷病(補償)等年金), 労災保険法 第18条, and its special lump sum
(傷病特別支給金, 特別支給金支給規則 第5条の2)."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/322AC0000000050"
SPECIAL = "https://laws.e-gov.go.jp/law/349M50002000030"


def _by_grade(grade, node):
    """The value of node.grade_1, grade_2 or grade_3 for the injury-and-disease grade, 0 without a grade."""
    return np.select([grade == 1, grade == 2, grade == 3], [node.grade_1, node.grade_2, node.grade_3], 0)


class injury_disease_grade(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Injury-and-disease grade 1–3 decided by the Labour Standards Inspection Office, 0 if none (傷病等級)"
    reference = f"{LAW}#Mp-At_18"
    unit = "count"


class injury_disease_pension(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Injury-and-disease (compensation) pension, annual amount (傷病(補償)等年金)"
    documentation = (
        "313, 277 or 245 days of the benefit base daily amount (grades 1, 2, 3), truncated to the yen; from 1 "
        "year 6 months after treatment began. The base daily amount is that of the first month of the year; "
        "the age-band limits that apply to pensions are not encoded."
    )
    reference = f"{LAW}#Mp-At_18"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(period.first_month).workers_compensation.injury_disease_pension
        days = _by_grade(person("injury_disease_grade", period), p.days)
        base = person("benefit_base_daily_amount", period.first_month)
        ready = person("months_since_treatment_start", period.first_month) >= p.waiting_months
        return where(ready, floor_to(base * days), 0)


class injury_disease_special_lump_sum(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Injury-and-disease special lump sum, paid once with the pension decision (傷病特別支給金)"
    reference = f"{SPECIAL} (5条の2)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(period.first_month).workers_compensation.injury_disease_pension.special_lump_sum
        return _by_grade(person("injury_disease_grade", period), p)
