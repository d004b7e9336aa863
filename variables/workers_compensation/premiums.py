"""Workers' compensation premiums (労災保険料), borne by the employer alone.

Premium = wages of the fiscal year (賃金総額) × the rate of the kind of business (労災保険率, 徴収法12条2項),
plus the asbestos relief general contribution (一般拠出金). Special enrolment (特別加入) premiums of
non-employees are computed on the chosen benefit base daily amount × 365.
"""

import numpy as np
from openfisca_core.model_api import ADD, ETERNITY, YEAR, Enum, Variable, set_input_dispatch_by_period, where

from openfisca_japan.entities import Employer, Person
from openfisca_japan.law.rounding import floor_to

COLLECTION_ACT = "https://laws.e-gov.go.jp/law/344AC0000000084"


class WorkersCompensationIndustry(Enum):
    """Kind of business of the workers' compensation rate table (労災保険率表 事業の種類); only the kinds whose
    FY2024 rate was confirmed are listed."""

    unspecified = "Not given (未設定)"
    forestry = "Forestry (林業)"
    marine_fishing = "Marine fishing (海面漁業 (定置網漁業又は海面魚類養殖業を除く))"
    set_net_fishing_aquaculture = "Set net fishing aquaculture (定置網漁業又は海面魚類養殖業)"
    metal_nonmetal_coal_mining = "Metal nonmetal coal mining (金属鉱業、非金属鉱業又は石炭鉱業)"
    limestone_dolomite_mining = "Limestone dolomite mining (石灰石鉱業又はドロマイト鉱業)"
    crude_oil_natural_gas_mining = "Crude oil natural gas mining (原油又は天然ガス鉱業)"
    quarrying = "Quarrying (採石業)"
    other_mining = "Other mining (その他の鉱業)"
    hydropower_tunnel_construction = "Hydropower tunnel construction (水力発電施設、ずい道等新設事業)"
    road_construction = "Road construction (道路新設事業)"
    paving_work = "Paving work (舗装工事業)"
    railway_construction = "Railway construction (鉄道又は軌道新設事業)"
    building_construction = "Building construction (建築事業 (既設建築物設備工事業を除く))"
    existing_building_equipment_work = "Existing building equipment work (既設建築物設備工事業)"
    machinery_installation = "Machinery installation (機械装置の組立て又は据付けの事業)"
    other_construction = "Other construction (その他の建設事業)"
    food_manufacturing = "Food manufacturing (食料品製造業)"
    textile_manufacturing = "Textile manufacturing (繊維工業又は繊維製品製造業)"
    wood_products_manufacturing = "Wood products manufacturing (木材又は木製品製造業)"
    pulp_paper_manufacturing = "Pulp paper manufacturing (パルプ又は紙製造業)"
    printing_binding = "Printing binding (印刷又は製本業)"
    chemical_industry = "Chemical industry (化学工業)"
    glass_cement_manufacturing = "Glass cement manufacturing (ガラス又はセメント製造業)"
    concrete_manufacturing = "Concrete manufacturing (コンクリート製造業)"
    ceramics_manufacturing = "Ceramics manufacturing (陶磁器製品製造業)"
    other_ceramic_stone_products = "Other ceramic stone products (その他の窯業又は土石製品製造業)"
    metal_smelting = "Metal smelting (金属精錬業 (非鉄金属精錬業を除く))"
    nonferrous_metal_smelting = "Nonferrous metal smelting (非鉄金属精錬業)"
    metal_materials_manufacturing = "Metal materials manufacturing (金属材料品製造業 (鋳物業を除く))"
    casting = "Casting (鋳物業)"
    metal_products_processing = "Metal products processing (金属製品製造業又は金属加工業)"
    cutlery_hand_tools_hardware = "Cutlery hand tools hardware (洋食器、刃物、手工具又は一般金物製造業)"
    plating = "Plating (めっき業)"
    machinery_manufacturing = "Machinery manufacturing (機械器具製造業)"
    electrical_machinery_manufacturing = "Electrical machinery manufacturing (電気機械器具製造業)"
    other_manufacturing = "Other manufacturing (その他の製造業)"
    cargo_handling = "Cargo handling (貨物取扱事業)"
    port_stevedoring = "Port stevedoring (港湾荷役業)"
    building_maintenance = "Building maintenance (ビルメンテナンス業)"
    ship_owners = "Ship owners (船舶所有者の事業)"


class workers_compensation_industry(Variable):
    value_type = Enum
    possible_values = WorkersCompensationIndustry
    default_value = WorkersCompensationIndustry.unspecified
    entity = Employer
    definition_period = ETERNITY
    label = "Kind of business for the workers' compensation rate (労災保険率表の事業の種類)"
    reference = "https://laws.e-gov.go.jp/law/347M50002000008"


def _industry_rate(industry, period, parameters):
    if np.any(industry == WorkersCompensationIndustry.unspecified):
        raise ValueError(
            "workers_compensation_industry is not given (or its kind of business is not covered): "
            "see docs/employment-insurance.md for the covered kinds."
        )
    return parameters(period.start).workers_compensation.premium_rates[industry]


class workers_compensation_wage_base(Variable):
    value_type = float
    entity = Employer
    definition_period = YEAR
    label = "Wages paid to all workers in the fiscal year, bonuses included, truncated to 1,000 yen (賃金総額)"
    documentation = "Compute for a fiscal year, e.g. `year:2025-04`."
    reference = f"{COLLECTION_ACT}#Mp-At_11"

    def formula(employer, period):
        wages = employer.members("monthly_wage", period, options=[ADD]) + employer.members("bonus", period, options=[ADD])
        return floor_to(employer.sum(wages), 1000)


class workers_compensation_premium(Variable):
    value_type = float
    entity = Employer
    definition_period = YEAR
    label = "Workers' compensation premium of the fiscal year, employer only (労災保険料)"
    documentation = "Wage base × the industry rate, truncated to the yen. Compute for a fiscal year (`year:2025-04`)."
    reference = f"{COLLECTION_ACT}#Mp-At_12"

    def formula(employer, period, parameters):
        rate = _industry_rate(employer("workers_compensation_industry", period), period, parameters)
        return floor_to(employer("workers_compensation_wage_base", period) * rate)


class asbestos_relief_general_contribution(Variable):
    value_type = float
    entity = Employer
    definition_period = YEAR
    label = "General contribution for asbestos health damage relief, employer only (一般拠出金)"
    reference = "https://jsite.mhlw.go.jp/kanagawa-roudoukyoku/hourei_seido_tetsuzuki/rousai_hoken/hourei_seido/kyosyutukin.html"

    def formula(employer, period, parameters):
        rate = parameters(period.start).workers_compensation.general_contribution_rate
        return floor_to(employer("workers_compensation_wage_base", period) * rate)


class SpecialEnrolmentKind(Enum):
    """Special enrolment category of a non-employee (特別加入の種類)."""

    none = "Not specially enrolled (特別加入なし)"
    first_kind = "Small-business owner, family worker or director (第1種 中小事業主等)"
    construction_sole_proprietor = "Construction sole proprietor (第2種 建設業の一人親方等)"
    passenger_cargo_transport = "Private taxi or cargo transport, incl. bicycle delivery (第2種 個人タクシー・貨物運送)"
    specified_freelance = "Freelancer working for businesses, from 2024-11-01 (第2種 特定フリーランス事業)"


class special_enrolment_kind(Variable):
    value_type = Enum
    possible_values = SpecialEnrolmentKind
    default_value = SpecialEnrolmentKind.none
    entity = Person
    definition_period = YEAR
    set_input = set_input_dispatch_by_period
    label = "Special enrolment category (特別加入の種類)"
    reference = "https://laws.e-gov.go.jp/law/322AC0000000050#Mp-At_33"


class special_enrolment_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    set_input = set_input_dispatch_by_period
    label = "Benefit base daily amount chosen by the special enrolee (特別加入 給付基礎日額: 3,500 to 25,000 yen)"
    reference = "https://laws.e-gov.go.jp/law/322AC0000000050#Mp-At_34"


class special_enrolment_premium(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Annual premium of a special enrolee (特別加入保険料)"
    documentation = (
        "Chosen daily amount × 365 (premium base, truncated to 1,000 yen) × the rate: first kind, the industry rate "
        "of the person's employer (business); second kind, the rate of the category. Truncated to the yen. "
        "Compute for a fiscal year (`year:2025-04`)."
    )
    reference = [f"{COLLECTION_ACT}#Mp-At_13", f"{COLLECTION_ACT}#Mp-At_14"]

    def formula(person, period, parameters):
        p = parameters(period.start).workers_compensation.special_enrolment
        kind = person("special_enrolment_kind", period)
        first = kind == SpecialEnrolmentKind.first_kind
        rates = p.second_kind_rates
        second_rate = np.select(
            [kind == SpecialEnrolmentKind.construction_sole_proprietor, kind == SpecialEnrolmentKind.passenger_cargo_transport],
            [rates.construction_sole_proprietor, rates.passenger_cargo_transport],
            default=0.0,
        )
        freelance = kind == SpecialEnrolmentKind.specified_freelance
        if np.any(freelance):
            second_rate = where(freelance, rates.specified_freelance, second_rate)
        if np.any(first):
            industry = person.employer("workers_compensation_industry", period)
            industry_rate = _industry_rate(industry[first], period, parameters)
            second_rate = second_rate.astype(np.float64)
            second_rate[first] = industry_rate
        rate = second_rate
        base = floor_to(person("special_enrolment_daily_amount", period) * p.days_per_year, 1000)
        return where(kind == SpecialEnrolmentKind.none, 0, floor_to(base * rate))
