"""Nursing-care category-1 and late-stage elderly premiums: partly known city tables, union-specific rules."""

import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.law.coverage import NotCoveredError


def simulate(tax_benefit_system, situation):
    return SimulationBuilder().build_from_entities(tax_benefit_system, situation)


def yokkaichi_couple(wife_pension, period="year:2024-04", wife_exempt=True):
    year = str(int(period[5:9]) - 1)
    return {
        "persons": {
            "husband": {"birth_date": {"ETERNITY": "1965-01-20"}, "annual_employment_income": {year: 5000000}},
            "wife": {"birth_date": {"ETERNITY": "1957-06-01"}, "public_pension_income": {year: wife_pension},
                     "is_resident_tax_exempt": {year: wife_exempt}},
        },
        "households": {"h": {"head": ["husband"], "spouse": ["wife"], "municipality": {period: "yokkaichi"}}},
    }


@pytest.mark.parametrize("municipality", ["yokkaichi", "tsu"])
@pytest.mark.parametrize("pension", [800000, 900000, 3000000])
def test_single_transcription_grade_tables_are_refused(tax_benefit_system, municipality, pension):
    # 四日市市 and 津市: the city's grades (第1〜第15 / 第13段階) rest on one transcription (civic-rule-lab/seido-keisan):
    # the grade table is null, so the city grade, and with it the premium, is refused for every grade (also the base
    # amount of 四日市市, which was read officially but is only charged through the grade).
    situation = yokkaichi_couple(pension, wife_exempt=pension < 2000000)
    situation["households"]["h"]["municipality"] = {"year:2024-04": municipality}
    simulation = simulate(tax_benefit_system, situation)
    assert simulation.calculate("nursing_care_category_1_grade", "year:2024-04").tolist()[0] == 9  # national grade: statutory
    for variable in ("nursing_care_category_1_city_grade", "nursing_care_premium_category_1"):
        with pytest.raises(ValueError, match=f"no official value of municipal.{municipality}.nursing_care_category_1.grades.exempt"):
            simulation.calculate(variable, "year:2024-04")


@pytest.mark.parametrize(("municipality", "pension", "kind"), [
    ("yokohama", 900000, "grades.exempt"),  # 横浜市 第6段階 (基準額 79,440 in one transcription): its grades too
    ("yokohama", 3000000, "grades.exempt"),  # taxed (the wife's own pension, total income 1,900,000): 横浜市 第9段階
])
def test_single_transcription_tables_are_refused(tax_benefit_system, municipality, pension, kind):
    # The 65+ tables of Yokohama rest on one transcription (Tsu and Yokkaichi: the test above):
    # refused with a clear error naming the missing value, never computed (Yokohama: its own grades as well).
    situation = yokkaichi_couple(pension, wife_exempt=pension < 2000000)
    situation["households"]["h"]["municipality"] = {"year:2024-04": municipality}
    with pytest.raises(ValueError, match=f"no official value.*{kind}.*(uncovered|not covered)"):
        simulate(tax_benefit_system, situation).calculate("nursing_care_premium_category_1", "year:2024-04")


def _annual_amount(city, grade):
    import yaml

    from openfisca_japan.paths import PARAMETERS_DIR

    leaf = yaml.safe_load((PARAMETERS_DIR / f"municipal/{city}/nursing_care_category_1/annual_amounts/grade_{grade}.yaml").read_text(encoding="utf-8"))
    return leaf["values"][next(iter(leaf["values"]))]["value"]


def test_grade_without_official_value_stops_only_that_grade(tax_benefit_system):
    # A partly known table (新潟市: grades 1-7 read officially, the others null): the grade without an official amount
    # stops its persons with a clear error, not the others.
    based = yokkaichi_couple(900000)
    based["households"]["h"]["municipality"] = {"year:2024-04": "niigata"}
    assert simulate(tax_benefit_system, based).calculate("nursing_care_premium_category_1", "year:2024-04").tolist() == [
        0, _annual_amount("niigata", 5)]
    taxed = yokkaichi_couple(9000000, wife_exempt=False)
    taxed["households"]["h"]["municipality"] = {"year:2024-04": "niigata"}
    with pytest.raises(ValueError, match="no official value.*annual_amounts.grade_"):
        simulate(tax_benefit_system, taxed).calculate("nursing_care_premium_category_1", "year:2024-04")


@pytest.mark.parametrize("city", ["sapporo", "kobe"])
def test_city_without_own_taxed_bands_refuses_taxed_persons(tax_benefit_system, city):
    # 札幌市 and 神戸市: no `grades/` (their own income bands of taxed persons are not encoded): the exempt grades are the
    # national ones (令第38条第1項第1号〜第5号), a taxed person's city grade is refused, never the national grade shown.
    exempt = yokkaichi_couple(500000)
    exempt["households"]["h"]["municipality"] = {"year:2024-04": city}
    assert simulate(tax_benefit_system, exempt).calculate("nursing_care_category_1_city_grade", "year:2024-04").tolist()[1] == 4
    taxed = yokkaichi_couple(3000000, wife_exempt=False)
    taxed["households"]["h"]["municipality"] = {"year:2024-04": city}
    for variable in ("nursing_care_category_1_city_grade", "nursing_care_premium_category_1"):
        with pytest.raises(NotCoveredError, match=f"grades of municipal.{city} for persons liable to resident tax"):
            simulate(tax_benefit_system, taxed).calculate(variable, "year:2024-04")


def test_yokkaichi_after_the_9th_plan_period_raises(tax_benefit_system):
    situation = yokkaichi_couple(900000, period="year:2027-04")
    simulation = simulate(tax_benefit_system, situation)
    # The 10th plan period is not modelled: either the model's period guard or the null base amount stops it.
    with pytest.raises(Exception, match="no official value|last period|not covered"):
        simulation.calculate("nursing_care_premium_category_1", "year:2027-04")


@pytest.mark.parametrize("municipality", ["tokyo_special_wards"])
def test_city_without_table_raises(tax_benefit_system, municipality):
    # The special wards share NHI rates but each ward has its own category-1 table: none is in the parameters.
    situation = {
        "persons": {"a": {"birth_date": {"ETERNITY": "1950-01-01"}, "public_pension_income": {"2024": 2000000}}},
        "households": {"h": {"head": ["a"], "municipality": {"year:2025-04": municipality}}},
    }
    with pytest.raises(ValueError, match=r"no 65\+ nursing-care premium table"):
        simulate(tax_benefit_system, situation).calculate("nursing_care_premium_category_1", "year:2025-04")


def test_tokyo_own_income_reduction_only_in_tokyo(tax_benefit_system):
    # Same person (base 200,000 in FY2025) in Tokyo and in Fukushima: tests/late_stage_elderly/premium/tokyo_own_reduction.yaml.
    persons = {f"p{i}": {"birth_date": {"ETERNITY": "1944-02-02"}, "public_pension_income": {"2024": 1730000}}
               for i in range(2)}
    households = {"h0": {"head": ["p0"], "municipality": {"year:2025-04": "tokyo_special_wards"}},
                  "h1": {"head": ["p1"], "prefecture": {"year:2025-04": "fukushima"}}}
    premiums = simulate(tax_benefit_system, {"persons": persons, "households": households}).calculate(
        "late_stage_elderly_premium", "year:2025-04")
    assert premiums.tolist() == [38100, 40900]


def test_late_stage_fy2026_tokyo_low_base_is_uncovered(tax_benefit_system):
    # Base 200,000 in Tokyo: Tokyo's own reduction of 令和8・9年度 is not confirmed (nor its child-support part).
    situation = {
        "persons": {"a": {"birth_date": {"ETERNITY": "1944-02-02"}, "public_pension_income": {"2025": 1730000}}},
        "households": {"h": {"head": ["a"], "municipality": {"year:2026-04": "tokyo_special_wards"}}},
    }
    with pytest.raises(Exception, match="own_income_reduction|applies_to_child_support"):
        simulate(tax_benefit_system, situation).calculate("late_stage_elderly_premium", "year:2026-04")


def test_late_stage_fy2026_former_dependant_is_uncovered(tax_benefit_system):
    situation = {
        "persons": {"a": {"birth_date": {"ETERNITY": "1944-02-02"}, "public_pension_income": {"2025": 3000000},
                          "was_employee_insurance_dependant_before_late_stage": {"ETERNITY": True}}},
        "households": {"h": {"head": ["a"], "prefecture": {"year:2026-04": "fukushima"}}},
    }
    with pytest.raises(Exception, match="former-dependant"):
        simulate(tax_benefit_system, situation).calculate("late_stage_elderly_premium", "year:2026-04")


def test_late_stage_fy2026_fukushima_and_gifu(tax_benefit_system):
    # Base 200,000, 5割 (100-yen truncation of each part): Fukushima basic 24,500 + 18,480 = 42,980 → 42,900, child
    # 700 + 500 = 1,200; Gifu basic 27,692 + 19,420 = 47,112 → 47,100, child 687 + 500 = 1,187 → 1,100.
    persons = {f"p{i}": {"birth_date": {"ETERNITY": "1944-02-02"}, "public_pension_income": {"2025": 1730000}}
               for i in range(2)}
    households = {"h0": {"head": ["p0"], "prefecture": {"year:2026-04": "fukushima"}},
                  "h1": {"head": ["p1"], "prefecture": {"year:2026-04": "gifu"}}}
    premiums = simulate(tax_benefit_system, {"persons": persons, "households": households}).calculate(
        "late_stage_elderly_premium", "year:2026-04")
    assert premiums.tolist() == [42900 + 1200, 47100 + 1100]


@pytest.mark.parametrize(("municipality", "income", "kind"), [
    ("hiroshima", 5999999, None),  # 広島市 第11段階 161,280 (official, read up to 第11段階)
    ("hiroshima", 6000000, "annual_amounts.grade_12"),  # 600万円以上: 第12〜第17段階 not read
])
def test_hiroshima_taxed_grades_above_the_read_table_are_refused(tax_benefit_system, municipality, income, kind):
    situation = {
        "persons": {"a": {"birth_date": {"ETERNITY": "1950-01-01"}, "business_and_other_income": {"2024": income},
                          "is_resident_tax_exempt": {"2024": False}}},
        "households": {"h": {"head": ["a"], "municipality": {"year:2025-04": municipality}}},
    }
    simulation = simulate(tax_benefit_system, situation)
    if kind is None:
        assert simulation.calculate("nursing_care_premium_category_1", "year:2025-04").tolist() == [161280]
        return
    with pytest.raises(ValueError, match=f"no official value.*{kind}"):
        simulation.calculate("nursing_care_premium_category_1", "year:2025-04")


@pytest.mark.parametrize(("pension", "exempt", "kind"), [
    (1200001, True, "annual_amounts.grade_3"),  # 神戸市 第3段階: one transcription (53,693)
    (3000000, False, "grades of municipal.kobe for persons liable to resident tax"),  # taxed: Kobe's own bands not encoded
])
def test_kobe_grades_above_2_are_refused(tax_benefit_system, pension, exempt, kind):
    situation = {
        "persons": {"a": {"birth_date": {"ETERNITY": "1950-01-01"}, "public_pension_income": {"2024": pension},
                          "is_resident_tax_exempt": {"2024": exempt}}},
        "households": {"h": {"head": ["a"], "municipality": {"year:2025-04": "kobe"}}},
    }
    with pytest.raises(ValueError, match=f"(no official value.*)?{kind}"):
        simulate(tax_benefit_system, situation).calculate("nursing_care_premium_category_1", "year:2025-04")


@pytest.mark.parametrize("fiscal_year", ["2024", "2025", "2026"])
def test_yokohama_city_grade_is_refused(tax_benefit_system, fiscal_year):
    # 横浜市's 19 grades rest on one transcription: the city grade is refused with a clear error (NotCoveredError),
    # while the national standard grade is still computed.
    income_year = str(int(fiscal_year) - 1)
    situation = {
        "persons": {"a": {"birth_date": {"ETERNITY": "1950-01-01"}, "public_pension_income": {income_year: 800000},
                          "is_resident_tax_exempt": {income_year: True}}},
        "households": {"h": {"head": ["a"], "municipality": {f"year:{fiscal_year}-04": "yokohama"}}},
    }
    simulation = simulate(tax_benefit_system, situation)
    assert simulation.calculate("nursing_care_category_1_grade", f"year:{fiscal_year}-04").tolist() == [1]
    with pytest.raises(ValueError, match="grades.exempt.*uncovered"):
        simulation.calculate("nursing_care_category_1_city_grade", f"year:{fiscal_year}-04")
