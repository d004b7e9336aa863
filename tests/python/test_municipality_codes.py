"""Municipality from the national local government code or name; clear errors naming the municipality or household."""

import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.law.coverage import NotCoveredError
from openfisca_japan.law.local_government_codes import check_digit, code_of_name, code_of_text


def simulate(tax_benefit_system, household, birth_date="1980-01-10", period="year:2025-04", member=True):
    year = str(int(period[5:9]) - 1)
    persons = {"a": {"birth_date": {"ETERNITY": birth_date}, "business_and_other_income": {year: 3000000},
                     "public_pension_income": {year: 2000000}, "is_national_health_insurance_member": {period: member}}}
    situation = {"persons": persons, "households": {"h": {"head": ["a"], **{k: {period: v} for k, v in household.items()}}}}
    return SimulationBuilder().build_from_entities(tax_benefit_system, situation)


def test_check_digit_of_the_official_rule():
    assert check_digit(27100) == 4  # 大阪市 271004
    assert check_digit(1100) == 2  # 札幌市 011002
    assert check_digit(13101) == 6  # 千代田区 131016


def test_a_code_given_as_a_number_keeps_its_meaning():
    assert code_of_text(11002) == 11002  # 011002 札幌市, its leading 0 lost
    assert code_of_text("27100") == 271004  # the 5-digit standard area code


@pytest.mark.parametrize("text", ["271005", "27100x", "1234", "999997"])
def test_invalid_codes_raise(text):
    with pytest.raises(NotCoveredError, match="municipality_code"):
        code_of_text(text)


def test_shared_names_ask_for_the_prefecture():
    with pytest.raises(NotCoveredError, match="府中市.*132063.*342084|府中市.*342084.*132063"):
        code_of_name("府中市")
    assert code_of_name("東京都府中市") == 132063
    assert code_of_name("Osaka City") == 271004
    with pytest.raises(NotCoveredError, match="not a municipality"):
        code_of_name("Atlantis")


def test_nhi_of_a_municipality_without_table_names_it(tax_benefit_system):
    simulation = simulate(tax_benefit_system, {"municipality_code": "011002"})
    with pytest.raises(NotCoveredError, match=r"no NHI rate table for household h: 北海道札幌市 \(011002\)"):
        simulation.calculate("national_health_insurance_premium", "year:2025-04")


def test_ward_with_own_rates_is_not_covered(tax_benefit_system):
    simulation = simulate(tax_benefit_system, {"municipality_name": "中野区"})
    with pytest.raises(NotCoveredError, match=r"東京都中野区 \(131148\)"):
        simulation.calculate("national_health_insurance_premium", "year:2025-04")


def test_ward_nursing_care_year_not_covered(tax_benefit_system):
    simulation = simulate(tax_benefit_system, {"municipality_code": "131202"})  # 練馬区, member aged 45
    with pytest.raises(NotCoveredError, match="nursing_care_income_rate|income_rate in the NHI table of municipal nerima"):
        simulation.calculate("national_health_insurance_premium", "year:2025-04")


def test_nhi_without_any_municipality_says_so(tax_benefit_system):
    simulation = simulate(tax_benefit_system, {})
    with pytest.raises(NotCoveredError, match="no municipality given"):
        simulation.calculate("national_health_insurance_premium", "year:2025-04")


def test_late_stage_member_without_prefecture_is_named(tax_benefit_system):
    simulation = simulate(tax_benefit_system, {}, birth_date="1949-01-10", member=False)
    with pytest.raises(NotCoveredError, match="household of a has no prefecture"):
        simulation.calculate("late_stage_elderly_premium", "year:2025-04")


def test_late_stage_union_from_the_code(tax_benefit_system):
    simulation = simulate(tax_benefit_system, {"municipality_code": "011002"}, birth_date="1949-01-10", member=False)
    assert simulation.calculate("late_stage_elderly_union", "year:2025-04")[0] == 0  # 北海道


def test_nursing_care_65_without_table_names_the_municipality(tax_benefit_system):
    simulation = simulate(tax_benefit_system, {"municipality_code": "131121"}, birth_date="1955-01-10", member=False)
    with pytest.raises(NotCoveredError, match=r"no 65\+ nursing-care premium table .* for 東京都世田谷区 \(131121\)"):
        simulation.calculate("nursing_care_premium_category_1", "year:2025-04")


def test_prefecture_contradicting_the_code_is_refused(tax_benefit_system):
    simulation = simulate(tax_benefit_system, {"municipality_code": "271004", "prefecture": "tokyo"})
    with pytest.raises(NotCoveredError, match="contradicts"):
        simulation.calculate("residence_prefecture", "2025-04")
