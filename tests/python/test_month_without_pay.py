"""A month without pay of an insured employee (健康保険法 第41条～第43条, 厚生年金保険法 第21条～第23条).

The standard monthly remuneration is set at the last determination (資格取得時決定, 定時決定, 随時改定) and is not
lowered by a month of unpaid leave or sickness. With `monthly_remuneration` left to default to the month's wage, a
month with a wage of 0 would be graded at the lowest grade (58,000 / 88,000): a wrong premium, so it is refused and
the error names the input to give. Exempt months (maternity, childcare leave) and persons not insured compute.
"""

import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.law.coverage import RefusedInputError

MONTH = "2025-06"


def simulation(tax_benefit_system, wage, **extra):
    person = {"birth_date": {"ETERNITY": "1985-05-10"}, "employment_status": {MONTH: "employee"},
              "monthly_wage": {MONTH: wage}, "weekly_working_hours": {MONTH: 40}}
    person.update({name: {MONTH: value} for name, value in extra.items()})
    situation = {
        "persons": {"p": person},
        "households": {"h": {"head": ["p"], "prefecture": {MONTH: "tokyo"}}},
        "employers": {"e": {"health_insurer": {MONTH: "kyokai_kenpo"}, "employer_prefecture": {MONTH: "tokyo"},
                            "employee_count": {MONTH: 10}, "employees": ["p"]}},
    }
    return SimulationBuilder().build_from_entities(tax_benefit_system, situation)


def test_a_month_without_pay_is_refused_and_names_the_input(tax_benefit_system):
    with pytest.raises(RefusedInputError, match="monthly_remuneration") as error:
        simulation(tax_benefit_system, 0).calculate("health_insurance_premium_employee", MONTH)
    assert "p" in error.value.ids


def test_the_remuneration_of_the_last_determination_is_used(tax_benefit_system):
    """Kyokai Tokyo FY2025, standard monthly remuneration 300,000: health 9.91% → 29,730, half 14,865; employees'
    pension 18.3% → 54,900, half 27,450."""
    unpaid = simulation(tax_benefit_system, 0, monthly_remuneration=300000)
    assert unpaid.calculate("health_insurance_premium_employee", MONTH)[0] == 14865
    assert unpaid.calculate("employees_pension_premium_employee", MONTH)[0] == 27450


def test_an_exempt_month_without_pay_computes(tax_benefit_system):
    on_leave = simulation(tax_benefit_system, 0, on_childcare_leave=True)
    assert on_leave.calculate("health_insurance_premium_employee", MONTH)[0] == 0
