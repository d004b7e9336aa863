"""Properties that must hold for every input (hypothesis, bounded example counts).

- employee share + employer share = total, for every premium;
- premiums are never negative and never decrease when wages rise (same person, same employer);
- a benefit is never negative; a refund never exceeds what was paid;
- results do not depend on the order of persons, nor on running the persons in one simulation or in chunks.

Written against the public names of design.md. A property whose variables do not exist yet is skipped
with the reason; once they exist it runs.
"""

import datetime

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openfisca_core.simulations import SimulationBuilder

from openfisca_japan.enums import EmploymentInsuranceIndustry, EmploymentStatus, HealthInsurer, Prefecture

PREMIUMS = [
    "health_insurance_premium",
    "nursing_care_premium",
    "child_rearing_support_levy",
    "employees_pension_premium",
    "employment_insurance_premium",
]
BENEFITS = [
    "injury_sickness_allowance_daily",
    "injury_sickness_allowance",
    "childbirth_allowance_daily",
    "childbirth_allowance",
    "childbirth_lump_sum_grant",
    "burial_allowance",
    "high_cost_medical_expense_refund",
    "old_age_basic_pension",
    "old_age_employees_pension",
    "disability_basic_pension",
    "lump_sum_withdrawal_national_pension",
    "lump_sum_withdrawal_employees_pension",
    "lump_sum_withdrawal_employees_pension_net",
    "wage_daily_amount",
    "basic_allowance_daily",
    "basic_allowance_prescribed_days",
    "reemployment_allowance",
    "older_worker_employment_benefit",
    "childcare_leave_benefit",
    "postnatal_paternity_leave_benefit",
    "family_care_leave_benefit",
    "education_training_benefit",
    "absence_compensation_daily",
    "absence_special_payment_daily",
    "disability_mutual_aid_pension",
]
OTHER_OUTPUTS = [
    "social_insurance_premiums_employee",
    "social_insurance_premiums_employer",
    "national_pension_premium",
    "national_health_insurance_premium",
    "nursing_care_premium_category_1",
    "late_stage_elderly_premium",
]

# Months of the supported periods (FY2024-FY2026)
MONTHS = [f"{year}-{month:02d}" for year in (2024, 2025, 2026, 2027) for month in range(1, 13)]
# Months of the supported periods the model does not cover yet (reported to the lead; remove once fixed):
# parameters/child_rearing_support_levy/rate.yaml starts on 2024-06-12, so the levy (and the pay-slip
# total) raise ParameterNotFound for April to June 2024 (premium months start on the 1st).
KNOWN_UNCOVERED_MONTHS = {"2024-04", "2024-05", "2024-06"}
MONTHS = [m for m in MONTHS if "2024-04" <= m <= "2027-03" and m not in KNOWN_UNCOVERED_MONTHS]
# Benefits are drawn over FY2024-FY2025 (some FY2026 values are not published yet: see the doc pages)
BENEFIT_MONTHS = [m for m in MONTHS if m <= "2026-03"]

PROPERTY_SETTINGS = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

WORKER_STATUSES = [EmploymentStatus.employee.name] * 4 + [s.name for s in EmploymentStatus]


def existing(system, names):
    return [name for name in names if name in system.variables]


def require(system, names):
    missing = [name for name in names if name not in system.variables]
    if missing:
        pytest.skip(f"variables not defined yet: {missing}")


def fiscal_year(month):
    year, m = int(month[:4]), int(month[5:7])
    return f"year:{year if m >= 4 else year - 1}-04"


def period_for(system, name, month):
    unit = str(system.variables[name].definition_period)
    return fiscal_year(month) if unit == "year" else month


# --- strategies ----------------------------------------------------------------------------------------


@st.composite
def person_inputs(draw, month):
    year = int(month[:4])
    birth = draw(st.dates(datetime.date(1945, 1, 1), datetime.date(2008, 12, 31)))
    inputs = {
        "birth_date": {"ETERNITY": birth.isoformat()},
        "employment_status": {month: draw(st.sampled_from(WORKER_STATUSES))},
        "monthly_wage": {month: draw(st.integers(0, 2_000_000))},
        "bonus": {month: draw(st.sampled_from([0, 0, 0, draw(st.integers(0, 6_000_000))]))},
        "weekly_working_hours": {month: draw(st.sampled_from([40, 40, 35, 30, 25, 20, 10]))},
        "medical_expenses": {month: draw(st.sampled_from([0, 0, draw(st.integers(0, 5_000_000))]))},
        "sick_leave_days": {month: draw(st.integers(0, 31))},
        "maternity_leave_days": {month: draw(st.integers(0, 31))},
        "annual_income": {str(year - 1): draw(st.integers(0, 15_000_000)), str(year): draw(st.integers(0, 15_000_000))},
    }
    return inputs


@st.composite
def employer_inputs(draw, month):
    insurer = draw(st.sampled_from([HealthInsurer.kyokai_kenpo.name] * 3 + [HealthInsurer.health_insurance_society.name]))
    inputs = {
        "health_insurer": {month: insurer},
        "employer_prefecture": {month: draw(st.sampled_from([p.name for p in Prefecture]))},
        "employment_insurance_industry": {month: draw(st.sampled_from([i.name for i in EmploymentInsuranceIndustry]))},
        "employee_count": {month: draw(st.integers(1, 1000))},
    }
    if insurer == HealthInsurer.health_insurance_society.name:
        inputs["health_insurance_society_rate"] = {month: draw(st.integers(30, 130)) / 1000}
    return inputs


@st.composite
def families(draw, month, max_families=4, max_members=3):
    """Independent families: each has its own household and employers (so they can be run apart)."""
    result = []
    for f in range(draw(st.integers(1, max_families))):
        members = [f"f{f}p{i}" for i in range(draw(st.integers(1, max_members)))]
        persons = {pid: draw(person_inputs(month)) for pid in members}
        roles = {"head": [members[0]]}
        if len(members) > 1:
            roles["spouse"] = [members[1]]
        if len(members) > 2:
            roles["children"] = members[2:]
        household = dict(roles)
        household["prefecture"] = {month: draw(st.sampled_from([p.name for p in Prefecture]))}
        employers = {}
        for pid in members:
            if draw(st.booleans()) or pid == members[0]:
                employer = draw(employer_inputs(month))
                employer["employees"] = [pid]
                employers[f"e_{pid}"] = employer
        result.append({"persons": persons, "households": {f"h{f}": household}, "employers": employers})
    return result


def merge(family_list):
    situation = {"persons": {}, "households": {}, "employers": {}}
    for family in family_list:
        for key in situation:
            situation[key].update(family[key])
    return situation


def reversed_situation(situation):
    """The same situation with persons and groups listed in reverse order (and members reversed)."""
    result = {}
    for plural, instances in situation.items():
        result[plural] = {}
        for instance_id in reversed(list(instances)):
            instance = dict(instances[instance_id])
            for role in ("children", "employees"):
                if isinstance(instance.get(role), list):
                    instance[role] = list(reversed(instance[role]))
            result[plural][instance_id] = instance
    return result


def compute(system, situation, names, month):
    """{(plural, id, name): value} of `names` computed for `month` (yearly variables: its fiscal year)."""
    simulation = SimulationBuilder().build_from_entities(system, situation)
    values = {}
    for name in names:
        variable = system.variables[name]
        population = simulation.get_population(variable.entity.plural)
        array = simulation.calculate(name, period_for(system, name, month))
        for index, instance_id in enumerate(population.ids):
            values[(variable.entity.plural, instance_id, name)] = float(array[index])
    return values


# --- properties ----------------------------------------------------------------------------------------


def test_employee_plus_employer_is_the_total(tax_benefit_system):
    names = [n for p in PREMIUMS for n in (p, f"{p}_employee", f"{p}_employer")]
    require(tax_benefit_system, names)

    @PROPERTY_SETTINGS
    @given(data=st.data())
    def check(data):
        month = data.draw(st.sampled_from(MONTHS))
        situation = merge(data.draw(families(month)))
        values = compute(tax_benefit_system, situation, names, month)
        for pid in situation["persons"]:
            for premium in PREMIUMS:
                total = values[("persons", pid, premium)]
                employee = values[("persons", pid, f"{premium}_employee")]
                employer = values[("persons", pid, f"{premium}_employer")]
                assert employee + employer == total, (premium, pid, month, employee, employer, total)

    check()


def test_premiums_are_never_negative_and_rise_with_wages(tax_benefit_system):
    names = existing(tax_benefit_system, [n for p in PREMIUMS for n in (p, f"{p}_employee", f"{p}_employer")])
    names += existing(tax_benefit_system, ["social_insurance_premiums_employee", "social_insurance_premiums_employer"])
    require(tax_benefit_system, PREMIUMS)

    @PROPERTY_SETTINGS
    @given(data=st.data())
    def check(data):
        month = data.draw(st.sampled_from(MONTHS))
        family_list = data.draw(families(month, max_families=2))
        low = merge(family_list)
        high = merge(family_list)
        high = {k: {i: dict(v) for i, v in instances.items()} for k, instances in high.items()}
        for pid, person in high["persons"].items():
            raise_by = data.draw(st.integers(0, 500_000))
            person["monthly_wage"] = {month: low["persons"][pid]["monthly_wage"][month] + raise_by}
        low_values = compute(tax_benefit_system, low, names, month)
        high_values = compute(tax_benefit_system, high, names, month)
        for key, value in low_values.items():
            assert value >= 0, (key, month, value)
            assert high_values[key] >= value, (key, month, value, high_values[key])

    check()


def test_benefits_are_never_negative(tax_benefit_system):
    names = existing(tax_benefit_system, BENEFITS + OTHER_OUTPUTS)
    if not existing(tax_benefit_system, BENEFITS):
        pytest.skip("no benefit variable defined yet")

    @PROPERTY_SETTINGS
    @given(data=st.data())
    def check(data):
        month = data.draw(st.sampled_from(BENEFIT_MONTHS))
        situation = merge(data.draw(families(month)))
        for key, value in compute(tax_benefit_system, situation, names, month).items():
            assert value >= 0 and np.isfinite(value), (key, month, value)

    check()


def test_refund_never_exceeds_what_was_paid(tax_benefit_system):
    require(tax_benefit_system, ["high_cost_medical_expense_refund", "copayment_rate"])

    @PROPERTY_SETTINGS
    @given(data=st.data())
    def check(data):
        month = data.draw(st.sampled_from(BENEFIT_MONTHS))
        situation = merge(data.draw(families(month)))
        values = compute(tax_benefit_system, situation, ["high_cost_medical_expense_refund", "copayment_rate", "medical_expenses"], month)
        for pid in situation["persons"]:
            refund = values[("persons", pid, "high_cost_medical_expense_refund")]
            # what the patient paid at the counter: the copayment, rounded to 10 yen (療担規則: 四捨五入)
            paid = values[("persons", pid, "medical_expenses")] * values[("persons", pid, "copayment_rate")] + 5
            assert 0 <= refund <= paid, (pid, month, refund, paid)

    check()


def test_results_do_not_depend_on_order_or_chunking(tax_benefit_system):
    names = existing(tax_benefit_system, [n for p in PREMIUMS for n in (p, f"{p}_employee", f"{p}_employer")] + BENEFITS + OTHER_OUTPUTS)
    if not names:
        pytest.skip("no output variable defined yet")

    @PROPERTY_SETTINGS
    @given(data=st.data())
    def check(data):
        month = data.draw(st.sampled_from(BENEFIT_MONTHS))
        family_list = data.draw(families(month))
        whole = compute(tax_benefit_system, merge(family_list), names, month)
        reordered = compute(tax_benefit_system, reversed_situation(merge(family_list)), names, month)
        assert reordered == whole
        cut = data.draw(st.integers(1, len(family_list)))
        chunks = {}
        for part in (family_list[:cut], family_list[cut:]):
            if part:
                chunks.update(compute(tax_benefit_system, merge(part), names, month))
        assert chunks == whole

    check()
