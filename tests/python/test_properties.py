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
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openfisca_core.errors import ParameterNotFoundError

from openfisca_japan import SimulationBuilder
from openfisca_japan.enums import EmploymentInsuranceIndustry, EmploymentStatus, HealthInsurer, Prefecture

try:  # the municipalities modelled (engineer C); the NHI premium needs one
    from openfisca_japan.law.municipalities import Municipality

    MUNICIPALITIES = [m.name for m in Municipality if m.name != "not_modelled"]
except ImportError:
    MUNICIPALITIES = []

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
# Months of FY2024-FY2026 the model does not cover (the parameters' windows, python -m
# openfisca_japan.tools.coverage): March 2027 premiums are due at the Kyokai Kenpo rates of FY2027, set each
# March (decided in February 2027, not published yet): the March 2026 rates are known to hold until 2027-02-28.
KNOWN_UNCOVERED_MONTHS: set[str] = {"2027-03"}
MONTHS = [m for m in MONTHS if "2024-04" <= m <= "2027-03" and m not in KNOWN_UNCOVERED_MONTHS]
# Benefits are drawn over FY2024-FY2025 (some FY2026 values are not published yet: see the doc pages)
BENEFIT_MONTHS = [m for m in MONTHS if m <= "2026-03"]

PROPERTY_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # no shrinking: a failure is reported at once
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
        # a month without pay of an insured employee is refused (the grade of the last determination holds)
        "monthly_wage": {month: draw(st.integers(1, 2_000_000))},
        "bonus": {month: draw(st.sampled_from([0, 0, 0, draw(st.integers(0, 6_000_000))]))},
        "weekly_working_hours": {month: draw(st.sampled_from([40, 40, 35, 30, 25, 20, 10]))},
        "medical_expenses": {month: draw(st.sampled_from([0, 0, draw(st.integers(0, 5_000_000))]))},
        "sick_leave_days": {month: draw(st.integers(0, 28))},
        "maternity_leave_days": {month: draw(st.integers(0, 28))},
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
        inputs["health_insurance_society_care_rate"] = {month: draw(st.integers(1, 25)) / 1000}
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
        if MUNICIPALITIES:
            municipality = draw(st.sampled_from(MUNICIPALITIES))
            household["municipality"] = {month: municipality, fiscal_year(month): municipality}
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


def not_covered(error):
    """A documented gap (a period or municipality whose official values are left uncovered on purpose, or a
    case the model refuses with NotImplementedError)."""
    if isinstance(error, (ParameterNotFoundError, NotImplementedError)):
        return True
    text = str(error).lower()
    return isinstance(error, ValueError) and ("not covered" in text or "uncovered" in text)


def compute(system, situation, names, month, refusals_ok=False):
    """{(plural, id, name): value} of `names` computed for `month` (yearly variables: its fiscal year).

    A variable that raises because its values are a documented gap for this draw (see `not_covered`) is
    left out; any other error fails the test.
    """
    simulation = SimulationBuilder().build_from_entities(system, situation)
    values = {}
    for name in names:
        variable = system.variables[name]
        population = simulation.get_population(variable.entity.plural)
        try:
            array = simulation.calculate(name, period_for(system, name, month))
        except Exception as error:
            if not_covered(error) or (refusals_ok and isinstance(error, ValueError)):
                continue
            raise
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
        assert {key[2] for key in low_values} == set(names)  # every premium is covered over the months drawn
        for key, value in low_values.items():
            assert value >= 0, (key, month, value)
            assert high_values[key] >= value, (key, month, value, high_values[key])

    check()


def test_national_health_insurance_premium_rises_with_income(tax_benefit_system):
    """Within NHI (self-employed households, no employer): the household premium of a fiscal year never
    decreases when a member's employment income of the previous (or same) calendar year rises."""
    require(tax_benefit_system, ["national_health_insurance_premium", "annual_employment_income", "municipality"])
    if not MUNICIPALITIES:
        pytest.skip("no municipality modelled yet")

    compared = []

    @PROPERTY_SETTINGS
    @given(data=st.data())
    def check(data):
        month = data.draw(st.sampled_from([m for m in BENEFIT_MONTHS if m[5:] == "04"] or BENEFIT_MONTHS))
        year = int(month[:4])
        family_list = data.draw(families(month, max_families=2))
        low = merge(family_list)
        low["employers"] = {}
        incomes = {}
        for pid, person in low["persons"].items():
            person["employment_status"] = {month: EmploymentStatus.self_employed.name}
            income = data.draw(st.integers(0, 12_000_000))
            incomes[pid] = income
            person["annual_employment_income"] = {str(year - 1): income, str(year): income}
        high = {k: {i: dict(v) for i, v in instances.items()} for k, instances in low.items()}
        for pid, person in high["persons"].items():
            raised = incomes[pid] + data.draw(st.integers(0, 3_000_000))
            person["annual_employment_income"] = {str(year - 1): raised, str(year): raised}
        name = ["national_health_insurance_premium"]
        low_values = compute(tax_benefit_system, low, name, month)
        high_values = compute(tax_benefit_system, high, name, month)
        for key, value in low_values.items():
            assert value >= 0, (key, month, value)
            if key in high_values:
                compared.append(key)
                assert high_values[key] >= value, (key, month, value, high_values[key])

    check()
    assert compared, "every draw fell in a documented gap: nothing was compared"


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


def random_inputs(system, month):
    """Any input variable of a person (no formula), with a value of its type within its validation bound."""
    from openfisca_core.indexed_enums import Enum

    from openfisca_japan.edge.bounds import bound_for

    periods_of = {"month": month, "year": fiscal_year(month), "eternity": "ETERNITY"}
    variables = sorted(
        (v for v in system.variables.values() if not v.formulas and v.entity.key == "person" and v.name != "birth_date"),
        key=lambda v: v.name,
    )

    def value(variable):
        if variable.value_type is bool:
            return st.booleans()
        if variable.value_type is Enum:
            return st.sampled_from([m.name for m in variable.possible_values])
        if variable.value_type is datetime.date:
            return st.dates(datetime.date(1950, 1, 1), datetime.date(2027, 3, 31)).map(str)
        bound = bound_for(variable)
        high = 28 if "days" in variable.name else (480 if variable.value_type is int else 5_000_000)
        high = min(high, bound.maximum) if bound.maximum is not None else high
        low = max(0, bound.minimum or 0)
        if variable.value_type is int:
            return st.integers(int(low), int(high))
        return st.integers(int(low), int(high * 1000)).map(lambda x: x / 1000)

    @st.composite
    def strategy(draw):
        chosen = draw(st.lists(st.sampled_from(variables), max_size=12, unique_by=lambda v: v.name))
        return {v.name: {periods_of[str(v.definition_period)]: draw(value(v))} for v in chosen}

    return strategy()


def test_benefits_are_never_negative_under_random_inputs(tax_benefit_system):
    """Any combination of input variables: a benefit is non-negative, or the model refuses the case clearly
    (a ValueError or NotImplementedError saying what is wrong), never another exception."""
    names = existing(tax_benefit_system, BENEFITS + OTHER_OUTPUTS)
    if not existing(tax_benefit_system, BENEFITS):
        pytest.skip("no benefit variable defined yet")

    @PROPERTY_SETTINGS
    @given(data=st.data())
    def check(data):
        month = data.draw(st.sampled_from(BENEFIT_MONTHS))
        situation = merge(data.draw(families(month)))
        for person in situation["persons"].values():
            person.update(data.draw(random_inputs(tax_benefit_system, month)))
        simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
        for name in names:
            try:
                values = simulation.calculate(name, period_for(tax_benefit_system, name, month))
            except (ValueError, NotImplementedError, ParameterNotFoundError) as error:
                assert len(str(error)) > 20, (name, error)  # a refusal that says why
                continue
            assert np.isfinite(values).all() and (values >= 0).all(), (name, month, values)

    check()


def test_refund_never_exceeds_what_was_paid(tax_benefit_system):
    require(tax_benefit_system, ["high_cost_medical_expense_refund", "copayment_rate"])

    @PROPERTY_SETTINGS
    @given(data=st.data())
    def check(data):
        month = data.draw(st.sampled_from(BENEFIT_MONTHS))
        situation = merge(data.draw(families(month)))
        values = compute(tax_benefit_system, situation, ["high_cost_medical_expense_refund", "copayment_rate", "medical_expenses"], month)
        if ("persons", next(iter(situation["persons"])), "high_cost_medical_expense_refund") not in values:
            return  # a documented gap for this draw
        # The refund is paid to one member for the group's bills (insured person and dependants, who live in
        # the same household here): per household, refunds <= the copayments paid at the counter, each
        # rounded to 10 yen (療担規則: 四捨五入, hence + 5 yen a person).
        for household in situation["households"].values():
            members = [p for role in ("head", "spouse", "children") for p in household.get(role, [])]
            refund = sum(values[("persons", p, "high_cost_medical_expense_refund")] for p in members)
            paid = sum(values[("persons", p, "medical_expenses")] * values[("persons", p, "copayment_rate")] + 5 for p in members)
            assert all(values[("persons", p, "high_cost_medical_expense_refund")] >= 0 for p in members)
            assert refund <= paid, (members, month, refund, paid)

    check()


# Outputs whose split between the members of a household depends on the order of persons (reported to the
# lead): only their household total is required to be order-independent until fixed.
KNOWN_ORDER_DEPENDENT: set[str] = set()


def household_totals(values, situation):
    """values with the KNOWN_ORDER_DEPENDENT person outputs replaced by their household totals."""
    household_of = {}
    for household_id, household in situation["households"].items():
        for role in ("head", "spouse", "children", "others"):
            for person_id in household.get(role, []):
                household_of[person_id] = household_id
    result = {}
    for (plural, instance_id, name), value in values.items():
        if plural == "persons" and name in KNOWN_ORDER_DEPENDENT:
            key = ("households", household_of[instance_id], name)
            result[key] = result.get(key, 0.0) + value
        else:
            result[(plural, instance_id, name)] = value
    return result


def test_results_do_not_depend_on_order_or_chunking(tax_benefit_system):
    names = existing(tax_benefit_system, [n for p in PREMIUMS for n in (p, f"{p}_employee", f"{p}_employer")] + BENEFITS + OTHER_OUTPUTS)
    if not names:
        pytest.skip("no output variable defined yet")

    @PROPERTY_SETTINGS
    @given(data=st.data())
    def check(data):
        month = data.draw(st.sampled_from(BENEFIT_MONTHS))
        family_list = data.draw(families(month))
        if data.draw(st.booleans()):  # half of the draws also set random input variables
            for family in family_list:
                for person in family["persons"].values():
                    person.update(data.draw(random_inputs(tax_benefit_system, month)))
        situation = merge(family_list)
        whole = compute(tax_benefit_system, situation, names, month, refusals_ok=True)
        reordered = compute(tax_benefit_system, reversed_situation(situation), names, month, refusals_ok=True)
        assert household_totals(reordered, situation) == household_totals(whole, situation)
        cut = data.draw(st.integers(1, len(family_list)))
        chunks = {}
        for part in (family_list[:cut], family_list[cut:]):
            if part:
                chunks.update(compute(tax_benefit_system, merge(part), names, month, refusals_ok=True))
        # A variable left out of the whole run (a documented gap for one family) may be computed for a chunk
        # without that family: compare what the whole run computed.
        assert set(whole) <= set(chunks)
        assert {key: chunks[key] for key in whole} == whole

    check()
