"""The designated course taken and the insured period up to its start (教育訓練の種類・経費・支給要件期間), 雇用保険法 第60条の2.

Compute for the month the course started (受講開始日): the rates and caps in force then apply."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import EducationTrainingKind

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_60_2"


class education_training_kind(Variable):
    value_type = Enum
    possible_values = EducationTrainingKind
    default_value = EducationTrainingKind.none
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Kind of designated course taken (教育訓練の種類)"
    reference = LAW


class education_training_fees(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Fees paid for the course: whole course, or one year for professional practical training (教育訓練経費)"
    reference = LAW
    unit = "currency-JPY"


class education_training_insured_years(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Insured years up to the start of the course (支給要件期間)"
    reference = LAW
    unit = "year"


class is_first_education_training_use(Variable):
    value_type = bool
    default_value = True
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Has never received an education and training benefit (初回の受給)"
    reference = LAW
