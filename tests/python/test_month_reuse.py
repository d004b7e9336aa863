"""Month reuse of the bulk engine (`openfisca_japan.analysis.microsimulation.reuse`, issue 16): a month's result
is used for another month only when provably identical; every result equals the one computed without reuse."""

import ast
import pathlib

import numpy as np
import pytest
from openfisca_core import periods

from openfisca_japan.analysis.microsimulation import reuse, simulation_from_table
from openfisca_japan.analysis.synthetic_population import generate

ROOT = pathlib.Path(__file__).resolve().parents[2]

#: The premium and coverage chains, and benefits computed for every month of a fiscal year.
CHAIN = [
    "social_insurance_premiums_employee",
    "social_insurance_premiums_employer",
    "health_and_nursing_care_premium_employee",
    "employees_pension_premium_employee",
    "employment_insurance_premium_employee",
    "national_pension_premium",
    "pension_insured_category",
    "standard_monthly_remuneration_health",
    "health_insurance_rate",
    "nursing_care_rate",
    "works_under_employee_insurance",
    "copayment_amount",
    "age",
]
MONTHS = [f"2025-{m:02d}" for m in range(4, 13)] + [f"2026-{m:02d}" for m in range(1, 4)]


@pytest.fixture(scope="module")
def table():
    return generate(1500, seed=5, municipalities=["tokyo_special_wards", "yokkaichi"])


def _results(table, enabled, monkeypatch, prepare=None, months=MONTHS, variables=CHAIN):
    monkeypatch.setattr(reuse, "ENABLED", enabled)
    simulation = simulation_from_table(table, "year:2025-04")
    if prepare is not None:
        prepare(simulation)
    values = {(name, month): np.asarray(simulation.calculate(name, month)) for month in months for name in variables}
    return values, reuse.reused_counts(simulation), simulation


def _assert_identical(first, second):
    assert first.keys() == second.keys()
    for key in first:
        a, b = first[key], second[key]
        assert a.dtype == b.dtype and a.shape == b.shape, key
        assert a.tobytes() == b.tobytes(), key


def test_constant_inputs_reuse_and_give_the_same_results(table, monkeypatch):
    without, counts_without, _ = _results(table, False, monkeypatch)
    with_reuse, counts, _ = _results(table, True, monkeypatch)
    _assert_identical(without, with_reuse)
    assert counts_without == {}
    # the chain is computed once for runs of months: most calculations of these variables were reused
    assert counts.get("standard_monthly_remuneration_health", 0) >= 8
    assert counts.get("works_under_employee_insurance", 0) >= 8
    assert "age" not in counts  # age reads its period (`period.start`): never reused


def test_month_varying_inputs_are_not_reused(table, monkeypatch):
    """A monthly wage that changes every month: nothing reading it may be reused, and every result is the one
    computed without reuse."""

    def vary(simulation):
        wage = simulation.calculate("monthly_wage", "2025-04").copy()
        holder = simulation.get_holder("monthly_wage")
        holder.delete_arrays()
        for index, month in enumerate(MONTHS):
            simulation.set_input("monthly_wage", month, wage + 10_000.0 * index * (wage > 0))
        for month in ("2025-01", "2025-02", "2025-03"):
            simulation.set_input("monthly_wage", month, wage)

    variables = [*CHAIN, "contractual_monthly_wage"]
    without, _, _ = _results(table, False, monkeypatch, vary, variables=variables)
    with_reuse, counts, simulation = _results(table, True, monkeypatch, vary, variables=variables)
    _assert_identical(without, with_reuse)
    assert counts  # (months of other years, without the varying input, are still reused)
    for month in MONTHS:  # the scheduled wage is the monthly wage: a different array every month, never reused
        wage = simulation.calculate("monthly_wage", month)
        assert np.array_equal(with_reuse[("contractual_monthly_wage", month)], wage)
        assert with_reuse[("contractual_monthly_wage", month)] is not with_reuse[("contractual_monthly_wage", "2025-04")] or month == "2025-04"
    # the standard remuneration follows the wage here: different months, different grades
    grades = {month: with_reuse[("standard_monthly_remuneration_health", month)] for month in MONTHS}
    assert not np.array_equal(grades["2025-04"], grades["2026-03"])


def test_a_parameter_change_between_two_months_stops_reuse(table, monkeypatch):
    """Kyokai Kenpo's rates change on 1 March 2026: February's rate is not used for March."""
    months = ["2026-01", "2026-02", "2026-03"]
    without, _, _ = _results(table, False, monkeypatch, months=months, variables=["health_insurance_rate"])
    with_reuse, counts, simulation = _results(table, True, monkeypatch, months=months, variables=["health_insurance_rate"])
    _assert_identical(without, with_reuse)
    assert not np.array_equal(without[("health_insurance_rate", "2026-02")], without[("health_insurance_rate", "2026-03")])
    assert counts.get("health_insurance_rate") == 1  # February from January; March computed
    assert "2026-03-01" in reuse.scheme_boundaries(simulation.tax_benefit_system.parameters)["health_insurance"]


def test_any_use_of_the_period_taints_the_run():
    plain = periods.period("2025-06")
    for use in (
        lambda p: p.start.year,
        lambda p: p.start.offset(1, "month"),
        lambda p: str(p.start),
        lambda p: p.stop,
        lambda p: p.last_month,
        lambda p: p.this_year,
        lambda p: str(p),
        lambda p: repr(p),
        lambda p: hash(p),
        lambda p: p == plain,
        lambda p: plain == p,
        lambda p: p < plain,
        lambda p: p[1],
        lambda p: list(p),
        lambda p: len(p),
        lambda p: p.offset(1),
        lambda p: {p: 1},
        lambda p: f"{p}",
    ):
        frame = reuse.Frame(None, plain)
        period = reuse.watched(plain, frame)
        assert isinstance(period, periods.Period) and not frame.tainted
        use(period)
        assert frame.tainted, use
    frame = reuse.Frame(None, plain)
    derived = reuse.watched(plain, frame).first_month
    assert type(derived) is periods.Period and derived == plain  # a derived period is a plain one
    frame = reuse.Frame(None, plain)
    start = reuse.watched(plain, frame).start  # `parameters(period.start)`: the start is passed on, watched
    assert isinstance(start, periods.Instant) and not frame.tainted and reuse.unwatch(start) == (plain.start, frame)


def test_the_parameter_root_records_schemes_and_taints_other_uses():
    from openfisca_japan.analysis.microsimulation import systems

    root = systems.baseline_system().get_parameters_at_instant("2025-06-01")
    frame = reuse.Frame(None, periods.period("2025-06"))
    recording = reuse.RecordingRoot(root, frame)
    assert recording.health_insurance is root.health_insurance
    assert recording["national_pension"] is root.national_pension
    assert frame.schemes == {"health_insurance", "national_pension"} and not frame.tainted
    list(iter(recording))
    assert frame.tainted


def test_arrays_compare_bit_for_bit():
    a = np.array([0.0, 1.5, np.nan])
    assert reuse.same_array(a, a.copy())
    assert not reuse.same_array(a, np.array([-0.0, 1.5, np.nan]))  # -0.0 is not +0.0 here
    assert not reuse.same_array(a, a.astype(np.float32))
    assert not reuse.same_array(np.array([1, 2], dtype=np.int32), np.array([1, 2], dtype=np.int64))
    assert not reuse.same_array(np.array(["a"], dtype=object), np.array(["a"], dtype=object))
    assert reuse.same_array(np.array([True, False]), np.array([True, False]))


#: What a formula may not read besides its period, its reads through populations and its parameters.
HIDDEN_INPUTS = {"simulation", "get_holder", "get_array", "get_known_periods", "_getframe", "f_locals", "tracer", "_holders"}


def test_formulas_read_no_hidden_input():
    """The proof of `reuse` holds for formulas whose result depends only on their reads, their parameters and
    their period: no formula or law module reads the simulation, its holders or the call stack (except
    `coverage.requested_period`, which taints the formula calling it)."""
    found = []
    for path in sorted([*(ROOT / "variables").rglob("*.py"), *(ROOT / "openfisca_japan" / "law").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in HIDDEN_INPUTS:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}")
    allowed = {"openfisca_japan/law/coverage.py"}
    assert [f for f in found if f.split(":")[0] not in allowed] == []


def test_a_reform_that_changes_a_rate_mid_year_stops_reuse_at_its_date(table, monkeypatch):
    """A reform's own parameter dates count (its tree, not the baseline's): Tokyo's Kyokai rate set from August 2025."""
    from openfisca_japan.analysis.microsimulation import ReformSpec

    reform = ReformSpec.from_cli(assignments=["health_insurance.premiums.kyokai_kenpo.rate.tokyo=0.2@2025-08"])
    months = ["2025-06", "2025-07", "2025-08", "2025-09"]
    results = {}
    for enabled in (False, True):
        monkeypatch.setattr(reuse, "ENABLED", enabled)
        simulation = simulation_from_table(table, "year:2025-04", reform=reform)
        results[enabled] = {m: np.asarray(simulation.calculate("health_insurance_rate", m)) for m in months}
        if enabled:
            # at most July from June and September from August (fewer where an age limit changes an input)
            assert reuse.reused_counts(simulation).get("health_insurance_rate") in (1, 2)
    _assert_identical(results[False], results[True])
    assert not np.array_equal(results[True]["2025-07"], results[True]["2025-08"])
    assert (results[True]["2025-08"] == 0.2).any()
