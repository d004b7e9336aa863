"""Education and training benefits (教育訓練給付金), 雇用保険法 第60条の2.

Compute for the month the course started (受講開始日): the rates and caps in force then apply.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Enum, Variable, select, set_input_dispatch_by_period, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_60_2"


class EducationTrainingKind(Enum):
    """Kind of course designated by the Minister (教育訓練の種類)."""

    none = "No designated course (対象外)"
    general = "General education and training (一般教育訓練)"
    specific_general = "Specific general education and training (特定一般教育訓練)"
    professional_practical = "Professional practical education and training (専門実践教育訓練)"


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


class education_training_insured_years(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Insured years up to the start of the course (支給要件期間)"
    reference = LAW


class is_first_education_training_use(Variable):
    value_type = bool
    default_value = True
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Has never received an education and training benefit (初回の受給)"
    reference = LAW


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


class education_training_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Education and training benefit (教育訓練給付金)"
    documentation = (
        "General 20 % (cap 100,000); specific general 40 % (200,000) + 10 % (50,000) on qualification and "
        "employment; professional practical 50 % (400,000 a year) + 20 % (160,000) + 10 % (80,000) for a 5 % "
        "wage rise. Each part truncated to the yen; nothing if the total is 4,000 yen or less. Needs 3 insured "
        "years, 1 on first use (general courses). Professional practical on first use: 2 years (both sources "
        "agree from 2 years); 1 to 2 years raises an error (not confirmed)."
    )
    reference = [LAW, "https://laws.e-gov.go.jp/law/350M50002000003 (施行規則101条の2の7)"]

    def formula(person, period, parameters):
        p = parameters(period).employment_insurance.benefits.education_training
        kind = person("education_training_kind", period)
        fees = person("education_training_fees", period).astype(np.float64)
        insured = _insured_period_met(person, period, p.conditions, kind)
        qualified = person("education_training_qualified_and_employed", period)
        wage_rise = qualified & (person("education_training_wage_rise", period) >= p.conditions.minimum_wage_rise)
        amount = select(
            [kind == EducationTrainingKind.general, kind == EducationTrainingKind.specific_general,
             kind == EducationTrainingKind.professional_practical],
            [_amount_of_kind(k, fees, qualified, wage_rise)
             for k in (p.kinds.general, p.kinds.specific_general, p.kinds.professional_practical)],
            default=0,
        )
        return where(insured & (amount > p.conditions.minimum_payment), amount, 0)


def _insured_period_met(person, period, conditions, kind):
    """Insured period up to the start of the course (支給要件期間, 雇用保険法 第60条の2): 3 years, or on first use
    1 year (general and specific general courses) or 2 years (professional practical courses). A first-use
    professional practical course with 1 to 2 insured years raises an error (not confirmed)."""
    years = person("education_training_insured_years", period)
    first = person("is_first_education_training_use", period)
    professional = kind == EducationTrainingKind.professional_practical
    if np.any(professional & first & (years >= 1) & (years < 2)):
        raise ValueError(
            "education_training_benefit: the first-use insured period of professional practical training "
            "(1 or 2 years) is not confirmed; see docs/employment-insurance.md."
        )
    first_use_years = where(professional, 2, conditions.first_use_insured_years_general)
    return (years >= conditions.insured_years) | (first & (years >= first_use_years))


def _amount_of_kind(k, fees, qualified, wage_rise):
    """Benefit of one kind of course (雇用保険法施行規則 第101条の2の7): the rate of the fees up to the cap, plus
    the additional rate and cap on qualification and employment, plus the wage-rise rate and cap; each part
    truncated to the yen."""

    def part(rate, cap, condition=True):
        return where(condition, floor_to(np.minimum(rate * fees, cap)), 0)

    return (
        part(k.rate, k.cap) + part(k.additional_rate, k.additional_cap, qualified)
        + part(k.wage_rise_rate, k.wage_rise_cap, wage_rise)
    )
