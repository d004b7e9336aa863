"""Voluntary continued insured persons of Kyokai Kenpo living in another prefecture than the establishment they left.

健康保険法 第160条第1項, as transcribed in one source (not read on e-Gov): 支部被保険者 are the insured persons employed at
establishments in the branch's prefecture AND the voluntary continued insured persons with their address or residence in
it. The model encoded the prefecture of the establishment left; with one transcription for the other reading, a member
whose household lives elsewhere is refused instead of given either rate.
"""

import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.law.coverage import RefusedInputError

MEMBER = {
    "birth_date": {"ETERNITY": "1970-01-01"},
    "former_employer_prefecture": {"ETERNITY": "tokyo"},
    "age": {"2025-06": 45},
    "employment_status": {"2025-06": "unemployed"},
    "employee_health_insurance_loss_date": {"ETERNITY": "2025-04-01"},
    "insured_months_before_loss": {"ETERNITY": 36},
    "applies_for_voluntary_continuation": {"ETERNITY": True},
    "standard_monthly_remuneration_at_loss": {"ETERNITY": 410000},
}


def situation(prefecture):
    return {"persons": {"a": dict(MEMBER)}, "households": {"h": {"head": ["a"], "prefecture": {"2025-06": prefecture}}}}


def test_member_living_in_another_prefecture_is_refused(tax_benefit_system):
    sim = SimulationBuilder().build_from_entities(tax_benefit_system, situation("saitama"))
    with pytest.raises(RefusedInputError, match="第160条"):
        sim.calculate("voluntary_continuation_premium", "2025-06")


def test_member_living_in_the_same_prefecture_is_computed(tax_benefit_system):
    """Tokyo FY2025 9.91 % + care 1.59 % = 11.50 %; 320,000 × 0.115 = 36,800 (both readings)."""
    sim = SimulationBuilder().build_from_entities(tax_benefit_system, situation("tokyo"))
    assert sim.calculate("voluntary_continuation_premium", "2025-06")[0] == 36800
