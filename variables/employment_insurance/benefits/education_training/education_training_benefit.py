"""Education and training benefits (教育訓練給付金), 雇用保険法 第60条の2, 施行規則 第101条の2の7.

Compute for the month the course started (受講開始日): the rates and caps in force then apply."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, select, where

from openfisca_japan.entities import Person
from openfisca_japan.enums import EducationTrainingKind
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_60_2"


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
    unit = "currency-JPY"

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
