"""The speed levers of issue 16 (bench/README.md, "Levers") give the same values as the code they replace."""

import numpy as np
from openfisca_core.indexed_enums import EnumArray

from openfisca_japan.enums import NationalPensionExemption
from openfisca_japan.law import dates, rounding
from openfisca_japan.law.enum_arrays import enum_select


def test_enum_select_is_openfiscas_encoding_of_select():
    rng = np.random.default_rng(1)
    conditions = [rng.random(1000) < 0.2, rng.random(1000) < 0.3, rng.random(1000) < 0.5]
    members = [NationalPensionExemption.full, NationalPensionExemption.half, NationalPensionExemption.maternity]
    chosen = enum_select(conditions, members, NationalPensionExemption.none)
    objects = np.select(conditions, members, default=NationalPensionExemption.none)
    expected = NationalPensionExemption.encode(objects)
    assert isinstance(chosen, EnumArray) and chosen.dtype == expected.dtype == np.int16
    assert np.array_equal(np.asarray(chosen), np.asarray(expected))


def test_as_days_keeps_the_stored_array_so_the_memo_hits():
    birth = np.array(["1960-03-01", "1999-12-31", "2024-02-29"], dtype="datetime64[D]")
    assert dates.as_days(birth) is birth
    assert dates.ymd(dates.as_days(birth)) is dates.ymd(birth)
    year, month, day = dates.ymd(birth)
    assert year.tolist() == [1960, 1999, 2024] and month.tolist() == [3, 12, 2] and day.tolist() == [1, 31, 29]
    childbirth = np.array(["1900-01-01", "2019-02-28", "2999-12-31", "1969-12-31"], dtype="datetime64[D]")
    assert np.array_equal(dates.month_index(childbirth), childbirth.astype("datetime64[M]").astype(int))


def test_premiums_without_bonus_equal_the_full_arithmetic():
    rng = np.random.default_rng(2)
    monthly = rng.integers(0, 1_500_000, 5000).astype(np.float64)
    no_bonus = np.zeros(5000)
    some_bonus = np.where(rng.random(5000) < 0.1, rng.integers(0, 3_000_000, 5000), 0).astype(np.float64)
    rate = rng.choice([0.0, 0.0991, 0.10017, 0.05085, 0.0183], 5000)
    rate_pcm = rng.choice([0, 9910, 550, 1830], 5000)
    for bonus in (no_bonus, some_bonus):
        assert np.array_equal(
            rounding.premium_share_exact(monthly, bonus, rate, 0.5),
            rounding.exact_product(monthly, rate, 0.5, rounding="half_down") + rounding.exact_product(bonus, rate, 0.5, rounding="half_down"),
        )
        assert np.array_equal(
            rounding.premium_total_exact(monthly, bonus, rate), rounding.exact_product(monthly, rate) + rounding.exact_product(bonus, rate)
        )
        full_share = rounding.round_half_down_yen(monthly * (rate_pcm / rounding.PCM)) + rounding.round_half_down_yen(bonus * (rate_pcm / rounding.PCM))
        full_total = rounding.floor_to(monthly * (rate_pcm / rounding.PCM)) + rounding.floor_to(bonus * (rate_pcm / rounding.PCM))
        share, total = rounding.premium_employee_share(monthly, bonus, rate_pcm), rounding.premium_total(monthly, bonus, rate_pcm)
        assert np.array_equal(share, full_share) and not np.signbit(share).any()
        assert np.array_equal(total, full_total) and np.array_equal(np.signbit(total), np.signbit(full_total))
    # a bonus of -0.0, or a fractional rate: the full arithmetic (no shortcut)
    assert not rounding._no_bonus(np.array([-0.0, 0.0]), np.array([550, 550]))
    assert not rounding._no_bonus(no_bonus, np.array([0.5]))


def test_bulk_value_from_person_is_openfiscas():
    from openfisca_core.populations import GroupPopulation

    from openfisca_japan.analysis.microsimulation import simulation_from_table
    from openfisca_japan.analysis.synthetic_population import generate
    from openfisca_japan.entities import Household

    simulation = simulation_from_table(generate(400, seed=3, municipalities=["tokyo_special_wards"]), "2025-06")
    households = simulation.populations["household"]
    assert type(households).value_from_person is not GroupPopulation.value_from_person
    wage = simulation.calculate("monthly_wage", "2025-06")
    scheme = simulation.calculate("health_insurance_scheme", "2025-06")  # an EnumArray
    for array, default in ((wage, -1.0), (scheme, 0)):
        for role in (Household.HEAD, Household.SPOUSE):
            for _ in range(2):  # the second call reads the remembered members
                ours = households.value_from_person(array, role=role, default=default)
                theirs = GroupPopulation.value_from_person(households, array, role=role, default=default)
                assert type(ours) is type(theirs) and ours.dtype == theirs.dtype
                assert np.array_equal(np.asarray(ours), np.asarray(theirs))


def test_parameters_at_an_instant_are_built_once_whatever_the_argument():
    from openfisca_core import periods

    from openfisca_japan.analysis.microsimulation import systems

    system = systems.baseline_system()
    month = periods.period("2025-06")
    tree = system.get_parameters_at_instant(month)
    assert system.get_parameters_at_instant(month.start) is tree
    assert system.get_parameters_at_instant("2025-06-01") is tree
    assert system.get_parameters_at_instant(periods.period("year:2025-06")) is tree
    assert system.get_parameters_at_instant("2025-07-01") is not tree
    assert tree.income.basic_deduction_local_tax.calc(np.array([1e6]))[0] == system.parameters.income.basic_deduction_local_tax.get_at_instant("2025-06-01").calc(np.array([1e6]))[0]


def test_lazy_root_is_the_eager_tree():
    from openfisca_japan.analysis.microsimulation import systems
    from openfisca_japan.law.coverage import CoveredParameterNodeAtInstant, LazyCoveredRootAtInstant

    parameters = systems.baseline_system().parameters
    for instant in ("2023-01-01", "2025-06-01"):
        lazy = parameters.get_at_instant(instant)
        assert isinstance(lazy, LazyCoveredRootAtInstant)
        eager = CoveredParameterNodeAtInstant(parameters.name, parameters, instant)
        assert lazy.national_pension.coverage.minimum_age == eager.national_pension.coverage.minimum_age
        assert lazy["employees_pension"].premiums.rate == eager["employees_pension"].premiums.rate
        assert list(lazy) == list(eager) and repr(lazy) == repr(eager)
        assert lazy.first_gap() == eager.first_gap()
