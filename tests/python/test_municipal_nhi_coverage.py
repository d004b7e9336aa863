"""National Health Insurance: which (municipality, fiscal year) pairs are covered, and the clear error elsewhere.

The matrix below is the one documented in docs/municipal.md ("National Health Insurance" table and "Not covered").
A covered pair computes a premium; an uncovered pair (municipal rates not found) raises a ValueError naming the
missing values, never a silently wrong number. FY2026 adds the child-support portion (子ども・子育て支援金分).
"""

import pytest

from openfisca_japan import SimulationBuilder

# Single member aged 44–45 (nursing-care portion due), business income 3,000,000 → base 2,570,000, no reduction.
COVERED = [
    # 2,570,000 × (8.49% + 2.66% + 2.81%) = 218,193 + 68,362 + 72,217; + 40,060 + 13,110 + 15,340
    ("yokohama", 2025, 427282),
    # 港区 令和6年度: 223,333 + 71,960 + 60,652; + 49,100 + 16,500 + 16,500
    ("tokyo_special_wards", 2024, 438045),
    # 港区・江東区 令和7年度: 198,147 + 69,133 + 57,825; + 47,300 + 16,800 + 16,600
    ("tokyo_special_wards", 2025, 405805),
    # 四日市市: 208,170 + 87,380 + 74,530; + 31,700 + 13,100 + 13,100; + 平等割 22,500 + 9,200 + 6,800
    ("yokkaichi", 2024, 466480),
    ("yokkaichi", 2025, 466480),
    # 津市 (保険料率 平成28年度~): 205,600 + 74,530 + 74,530; + 29,100 + 10,500 + 12,500; + 平等割 21,600 + 7,600 + 6,000
    ("tsu", 2024, 441960),
    # 横浜市 令和8年度: 214,081 + 67,334 + 72,988 + 8,738; + 40,870 + 13,380 + 16,200 + 1,770 (子ども分 1,690 + 80)
    ("yokohama", 2026, 435361),
    # 特別区 令和8年度 (港区・新宿区): 193,007 + 71,960 + 62,451 + 6,939; + 47,600 + 17,600 + 17,800 + 1,873
    ("tokyo_special_wards", 2026, 419230),
    # By national local government code (municipality_code) or name, or by prefecture (unified tables):
    # 大阪府 府内統一 令和7年度 (大阪市 271004): 239,010 + 77,614 + 65,792; + 34,424 + 11,034 + 18,784; + 33,574 + 10,761
    ("271004", 2025, 490993),
    ("prefecture:osaka", 2025, 490993),
    # 奈良県 県内統一 令和7年度 (any municipality, here 奈良市 292010)
    ("292010", 2025, 442658),
    # 港区 (131032) and 千代田区 (131016) 令和7年度: the wards' common portions + the ward's own nursing-care portion
    ("131032", 2025, 405805),
    ("131016", 2025, 391784),
    # 世田谷区 (131121) 令和8年度: common portions + 2.43% + 17,800 (2 agreeing transcriptions)
    ("131121", 2026, 419230),
    # 令和8年度, two agreeing transcriptions each (docs/municipal.md); member aged 46, base 2,570,000:
    # 京都市 (261009): 204,058 + 30,080 + 17,930; 68,362 + 10,360 + 6,180; 64,507 + 11,090 + 5,370; 7,196 + 1,170 + 660
    ("261009", 2026, 426963),
    # 広島市 (341002): 210,226 + 31,228 + 30,403; 67,848 + 10,342 + 10,069; 64,764 + 10,443 + 7,860; 6,939 + 1,128 + 1,044
    ("341002", 2026, 452294),
    # 中野区 (131148, own rates): 206,371 + 47,100; 75,558 + 17,400; 65,021 + 17,700; 6,939 + 1,873
    ("131148", 2026, 437962),
    # 江戸川区 (131237, own rates): 201,231 + 48,900; 72,988 + 17,400; 62,965 + 17,400; 6,939 + 1,870
    ("131237", 2026, 429693),
    # 目黒区 (131105): common 193,007 + 47,600; 71,960 + 17,600; own 介護分 2.35%: 60,395 + 17,800; 6,939 + 1,873
    ("131105", 2026, 417174),
    # 大阪府 統一 令和8年度 (cap 66万): 244,150 + 34,990 + 33,908; 78,642 + 11,191 + 10,845; 66,820 + 18,682; 7,196 + 1,841
    ("prefecture:osaka", 2026, 508265),
    # さいたま市 (111007) 国民健康保険税 令和8年度, each portion truncated to 100 yen (rounding_unit):
    # 196,348 + 43,300 → 239,600; 70,161 + 14,900 → 85,000; 60,909 + 16,100 → 77,000; 6,682 + 1,700 → 8,300
    ("111007", 2026, 409900),
    # 熊本市 (431001) 令和6年度 (the city's page, read): 214,338 + 35,100 + 25,600; 67,334 + 11,300 + 7,800; 61,680 + 17,800
    ("431001", 2024, 440952),
    # 令和6年度, official pages read (issue 19): 京都市 (261009): 196,605 + 25,790 + 16,610; 72,474 + 9,200 + 5,930;
    # 65,792 + 9,970 + 4,910
    ("261009", 2024, 407281),
    # 大阪府 府内統一 令和6年度 (枚方市 page, 大阪市 ward bulletins): 245,692 + 35,040 + 34,803; 80,184 + 11,167 + 11,091;
    # 67,848 + 19,389
    ("271004", 2024, 505214),
    ("prefecture:osaka", 2024, 505214),
    # 福岡市 (401307): 159,340 + 20,078 + 18,882; 88,922 + 10,334 + 9,718; 77,614 + 10,431 + 7,912
    ("401307", 2024, 403231),
    # Tokyo wards, own 介護分: 世田谷区 令和7年度 2.25% (2 transcriptions) = 港区's 405,805; 目黒区 2.19% (2
    # transcriptions): 198,147 + 47,300 + 69,133 + 16,800 + 56,283 + 16,600; 板橋区 令和6年度 2.28% (official):
    # 223,333 + 49,100 + 71,960 + 16,500 + 58,596 + 16,500
    ("131121", 2025, 405805),
    ("131156", 2025, 405805),  # 杉並区 2.25% (kei3; kokuho-keisan 令和7年度料率)
    ("131105", 2025, 404263),
    ("131199", 2024, 435989),
]

UNCOVERED = [
    ("yokohama", 2024),
    ("tsu", 2025),
    ("tsu", 2026),  # 津市 令和8年度: one transcription only
    ("yokkaichi", 2026),  # 四日市市 令和8年度: one transcription only
    ("231002", 2024),  # 名古屋市 令和6年度 not found
    # 名古屋市 令和7年度: rates agree in two transcriptions, but a city-own deduction of 2,000 yen per member from the
    # per-capita amount (two secondary sources) and the 独自控除 of the income base could not be read on the city page
    ("231002", 2025),
    ("nagoya", 2025),
    ("231002", 2026),  # 名古屋市 令和8年度: one transcription only
    ("prefecture:nara", 2024),  # 奈良県 令和6年度 caps not read
    ("prefecture:nara", 2026),  # 奈良県 令和8年度: one transcription only
    ("131202", 2025),  # 練馬区 令和7年度 介護分: one transcription only
    ("131148", 2025),  # 中野区 令和7年度: one transcription only
    ("131237", 2025),  # 江戸川区 令和7年度: one transcription only
    ("261009", 2025),  # 京都市 令和7年度 not found
    ("281000", 2025),  # 神戸市 令和7年度 not found
    ("281000", 2026),  # 神戸市 令和8年度: the city's 緩和措置 for its abolished own deductions (FAQ 1543) is not modelled
    ("341002", 2025),  # 広島市 令和7年度 not found
    ("011002", 2026),  # 札幌市: transcriptions disagree (city rates / prefecture standard), 10-yen truncation
    ("111007", 2025),  # さいたま市 令和7年度: not searched
    ("401307", 2025),  # 福岡市 令和7年度: no official page stored, one unofficial estimate only
    ("401307", 2026),  # 福岡市: one transcription of the city's rates only
    # 仙台市 令和6年度: medical and support read in the city's 告示, but the nursing-care portion (this member is 44)
    # rests on one copy of the city page; 令和7年度 one transcription; 令和8年度 not found
    ("041009", 2024),
    ("041009", 2025),
    ("041009", 2026),
    ("431001", 2025),  # 熊本市 令和7年度 not found (the stored city pages are of 令和4〜6年度)
    ("431001", 2026),  # 熊本市 令和8年度 not found
]


def single_member(municipality, fiscal_year, income=3000000):
    period = f"year:{fiscal_year}-04"
    return period, {
        "persons": {
            "a": {
                "birth_date": {"ETERNITY": "1980-01-10"},
                "business_and_other_income": {str(fiscal_year - 1): income},
                "is_national_health_insurance_member": {period: True},
            }
        },
        "households": {"h": {"head": ["a"], **household_inputs(municipality, period)}},
    }


def household_inputs(where, period):
    """A modelled municipality by name, a national local government code (6 digits), or `prefecture:<name>`."""
    if where.startswith("prefecture:"):
        return {"prefecture": {period: where.split(":")[1]}}
    if where.isdigit():
        return {"municipality_code": {period: where}}
    return {"municipality": {period: where}}


@pytest.mark.parametrize(("municipality", "fiscal_year", "expected"), COVERED)
def test_covered_pairs_compute_a_premium(tax_benefit_system, municipality, fiscal_year, expected):
    period, situation = single_member(municipality, fiscal_year)
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    assert simulation.calculate("national_health_insurance_premium", period)[0] == expected


@pytest.mark.parametrize(("municipality", "fiscal_year"), UNCOVERED)
def test_uncovered_pairs_raise_a_clear_error(tax_benefit_system, municipality, fiscal_year):
    period, situation = single_member(municipality, fiscal_year)
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    with pytest.raises(ValueError, match="no official value|not covered"):
        simulation.calculate("national_health_insurance_premium", period)


@pytest.mark.parametrize("municipality", ["yokohama", "tokyo_special_wards", "yokkaichi", "tsu"])
def test_fy2026_reduction_thresholds_are_national(tax_benefit_system, municipality):
    """The FY2026 5/2-tenths amounts (310,000 / 570,000 per member) do not depend on municipal rates.

    Single member, business income 740,000: 430,000 + 310,000 × 1 = 740,000 → 5割 (it was 2割 in FY2025, whose
    limit was 735,000); 740,001 → 2割 (limit 430,000 + 570,000 = 1,000,000).
    """
    for income, expected in ((740000, 0.5), (740001, 0.2), (1000001, 0)):
        period, situation = single_member(municipality, 2026, income)
        simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
        assert simulation.calculate("nhi_low_income_reduction_rate", period)[0] == pytest.approx(expected)


def test_households_without_members_are_computed_in_uncovered_years(tax_benefit_system):
    period, situation = single_member("tsu", 2026)
    situation["persons"]["a"]["is_national_health_insurance_member"] = {period: False}
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    assert simulation.calculate("national_health_insurance_premium", period)[0] == 0


def test_nagoya_fy2025_refusal_names_the_open_question(tax_benefit_system):
    """名古屋市 令和7年度 is refused (not a premium possibly 2,000 yen per member too high), and the error says why."""
    period, situation = single_member("nagoya", 2025)
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    with pytest.raises(ValueError, match="2,000 yen a year per member"):
        simulation.calculate("national_health_insurance_premium", period)


def family(municipality, fiscal_year, income):
    """Parent born 1981-05-01 with business income, a child born 2012-06-01 (under 19), both NHI members."""
    period, situation = single_member(municipality, fiscal_year, income)
    situation["persons"]["a"]["birth_date"] = {"ETERNITY": "1981-05-01"}
    situation["persons"]["kid"] = {"birth_date": {"ETERNITY": "2012-06-01"}, "is_national_health_insurance_member": {period: True}}
    situation["households"]["h"]["children"] = ["kid"]
    return period, situation


@pytest.mark.parametrize("fiscal_year", [2025, 2026])
def test_yokohama_household_with_a_child_and_income_is_refused(tax_benefit_system, fiscal_year):
    """横浜市's own reduction of the householder's income-based amount in households with children (子どもがいる世帯の
    被保険者である世帯主に係る所得割額の減額, from FY2022) is not modelled: such households are refused, not overcharged."""
    period, situation = family("yokohama", fiscal_year, 3000000)
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    with pytest.raises(ValueError, match="city-own reduction for households with children"):
        simulation.calculate("national_health_insurance_premium", period)


def test_yokohama_household_with_a_child_without_income_is_computed(tax_benefit_system):
    """Without an income-based amount there is nothing to reduce: 7割, 医療 40,060 × 0.3 = 12,018 × 2; 支援 13,110 × 0.3
    = 3,933 × 2; 介護 (parent, 43) 15,340 × 0.3 = 4,602. Total 36,504."""
    period, situation = family("yokohama", 2025, 0)
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    assert simulation.calculate("national_health_insurance_premium", period)[0] == 36504


def test_other_cities_compute_households_with_children(tax_benefit_system):
    """The refusal is Yokohama's only: 京都市 FY2026 computes the same family (tests/.../designated_cities.yaml has its rates)."""
    period, situation = family("261009", 2026, 3000000)
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    assert simulation.calculate("national_health_insurance_premium", period)[0] > 0


def test_sendai_fy2024_computes_members_outside_the_nursing_care_ages(tax_benefit_system):
    """仙台市 令和6年度 (告示第309号・第310号): a member aged 35 is computed (2,570,000 × 8.64% = 222,048 + 26,620 +
    25,960; × 3.33% = 85,581 + 10,090 + 9,840: 380,139, tests/national_health_insurance/premium/sendai.yaml); the
    same household with a member aged 44 is refused for its nursing-care portion, named in the error."""
    period, situation = single_member("041009", 2024)
    situation["persons"]["a"]["birth_date"] = {"ETERNITY": "1989-01-10"}
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    assert simulation.calculate("national_health_insurance_premium", period)[0] == 380139
    period, situation = single_member("041009", 2024)
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    with pytest.raises(ValueError, match="nursing_care.*municipal sendai"):
        simulation.calculate("national_health_insurance_premium", period)
