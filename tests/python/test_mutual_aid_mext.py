"""MEXT mutual aid association (文部科学省共済組合): the employer names its association; the MEXT default rates.

No fiscal year's MEXT rate is encoded yet (parameters health_insurance/premiums/mutual_aid/mext: the official
table read carries no date, see its `not_covered`), so a MEXT member without the rates is refused clearly, like a
member of any other association; with the rates given, the premiums compute (YAML tests of the same concept)."""

from __future__ import annotations

import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.edge.errors import InputValidationError
from openfisca_japan.law.coverage import NotCoveredError

MONTH = "2026-04"


def data(association=None, **rates):
    employer = {"employees": ["a"], "health_insurer": {MONTH: "mutual_aid_association"}, "employee_count": {MONTH: 8000}}
    if association:
        employer["mutual_aid_association"] = {MONTH: association}
    employer.update({name: {MONTH: value} for name, value in rates.items()})
    person = {"birth_date": {"ETERNITY": "1980-07-01"}, "employment_status": {MONTH: "public_servant"},
              "monthly_wage": {MONTH: 200_000}}  # fmt: skip
    return {"persons": {"a": person}, "employers": {"e": employer}}


def build(system, situation):
    return SimulationBuilder().build_from_entities(system, situation)


@pytest.mark.parametrize("variable", ["mutual_aid_short_term_rate", "mutual_aid_care_rate"])
def test_mext_default_rate_of_a_period_not_encoded_is_refused_with_the_reason(tax_benefit_system, variable):
    simulation = build(tax_benefit_system, data("mext"))
    with pytest.raises(NotCoveredError) as caught:
        simulation.calculate(variable, MONTH)
    message = str(caught.value)
    assert "mutual_aid.mext" in message and "no date" in message, message


def test_mext_member_without_rates_gets_no_premium_at_zero(tax_benefit_system):
    simulation_error = (InputValidationError, NotCoveredError, ValueError)
    with pytest.raises(simulation_error) as caught:
        build(tax_benefit_system, data("mext")).calculate("health_insurance_premium", MONTH)
    assert "mutual_aid" in str(caught.value), str(caught.value)


def test_other_association_has_no_default_and_is_refused(tax_benefit_system):
    simulation = build(tax_benefit_system, data("other"))
    assert simulation.calculate("mutual_aid_short_term_rate", MONTH).tolist() == [0.0]  # not given: no default
    with pytest.raises((InputValidationError, NotCoveredError, ValueError)) as caught:
        build(tax_benefit_system, data("other")).calculate("health_insurance_premium", MONTH)
    assert "mutual_aid_short_term_rate" in str(caught.value), str(caught.value)


def test_rates_given_as_inputs_override_the_mext_default(tax_benefit_system):
    """200,000 × 40.47/1000 = 8,094 member and 8,094 employer; care 200,000 × 7.73/1000 = 1,546 each side."""
    simulation = build(tax_benefit_system, data("mext", mutual_aid_short_term_rate=0.04047, mutual_aid_care_rate=0.00773))
    assert simulation.calculate("health_insurance_premium_employee", MONTH).tolist() == [8094]
    assert simulation.calculate("health_insurance_premium", MONTH).tolist() == [16188]
    assert simulation.calculate("nursing_care_premium_employee", MONTH).tolist() == [1546]
