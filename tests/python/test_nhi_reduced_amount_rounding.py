"""NHI: reduced per-capita and per-household amounts with a fraction of a yen (軽減後の均等割額・平等割額).

Whether a municipality truncates each reduced amount to the yen or only the portion's total was not read in an
official source for any table (docs/municipal.md, "Rounding of reduced amounts"). Where the two readings give the
same premium the household is computed; where they differ it is refused (a clear error), never given either
answer. Expected values are hand computations from the tables' published rates.
"""

import pytest

from openfisca_japan import SimulationBuilder


def single_member(where, fiscal_year, income):
    period = f"year:{fiscal_year}-04"
    place = {"municipality_code": {period: where}} if where.isdigit() else {"municipality": {period: where}}
    return period, {
        "persons": {"a": {"birth_date": {"ETERNITY": "1980-01-10"}, "business_and_other_income": {str(fiscal_year - 1): income},
                          "is_national_health_insurance_member": {period: True}}},
        "households": {"h": {"head": ["a"], **place}},
    }


def premium(tax_benefit_system, where, fiscal_year, income, birth_date="1980-01-10"):
    period, situation = single_member(where, fiscal_year, income)
    situation["persons"]["a"]["birth_date"] = {"ETERNITY": birth_date}
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    return simulation.calculate("national_health_insurance_premium", period)[0]


def test_fukuoka_seven_tenths_is_refused_where_the_readings_differ(tax_benefit_system):
    """福岡市 令和6年度, single member aged 30 without income, 7割: 基礎分 20,078 × 0.3 = 6,023.4 and 18,882 × 0.3 =
    5,664.6: 11,688 if only the total is truncated, 6,023 + 5,664 = 11,687 if each amount is."""
    with pytest.raises(ValueError, match="truncates each reduced per-capita and per-household amount"):
        premium(tax_benefit_system, "401307", 2024, 0, birth_date="1994-01-10")


def test_kyoto_preschool_child_at_five_tenths_is_refused(tax_benefit_system):
    """京都市 令和6年度, 5割 with a preschool child: 25,790 × 0.5 × 0.5 = 6,447.5 (108,245 or 108,244)."""
    period, situation = single_member("261009", 2024, 1315000)
    situation["persons"]["a"]["birth_date"] = {"ETERNITY": "1989-01-10"}
    situation["persons"]["s"] = {"birth_date": {"ETERNITY": "1991-03-03"}, "is_national_health_insurance_member": {period: True}}
    situation["persons"]["c"] = {"birth_date": {"ETERNITY": "2021-05-01"}, "is_national_health_insurance_member": {period: True}}
    situation["households"]["h"].update({"spouse": ["s"], "children": ["c"]})
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    with pytest.raises(ValueError, match="the two readings give different premiums") as error:
        simulation.calculate("national_health_insurance_premium_medical", period)
    assert "municipal kyoto" in str(error.value)


def test_osaka_seven_tenths_is_computed_where_the_readings_agree(tax_benefit_system):
    """大阪府 府内統一 令和7年度 (大阪市), single member aged 45 without income, 7割: 医療 34,424 × 0.3 = 10,327.2 +
    33,574 × 0.3 = 10,072.2 → 20,399 (each truncated: 10,327 + 10,072 = 20,399); 支援 11,034 × 0.3 = 3,310.2 + 10,761
    × 0.3 = 3,228.3 → 6,538 (3,310 + 3,228 = 6,538); 介護 18,784 × 0.3 = 5,635.2 → 5,635. Total 32,572."""
    assert premium(tax_benefit_system, "271004", 2025, 0) == 32572


def test_whole_yen_reduced_amounts_are_unaffected(tax_benefit_system):
    """横浜市 令和7年度, single member aged 45 without income, 7割: 40,060 × 0.3 = 12,018; 13,110 × 0.3 = 3,933;
    15,340 × 0.3 = 4,602 (whole yen, no 平等割). Total 20,553."""
    assert premium(tax_benefit_system, "yokohama", 2025, 0) == 20553
