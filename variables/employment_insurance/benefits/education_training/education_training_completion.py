"""Outcome of the course that gives the additional benefits (資格取得等・就職, 賃金上昇), 雇用保険法 第60条の2, 施行規則 第101条の2の7."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_60_2"


class education_training_qualified_and_employed(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Obtained the qualification and is employed within 1 year of finishing (資格取得等・就職)"
    reference = LAW


class education_training_wage_rise(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Rise of wages after the professional practical course, as a share (訓練修了後の賃金上昇率)"
    reference = LAW
    unit = "/1"
