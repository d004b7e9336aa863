"""Premiums of special enrolees (特別加入保険料), non-employees computed on the chosen benefit base daily amount × 365,
労働保険徴収法 第13条・第14条."""

import numpy as np
from openfisca_core.model_api import YEAR, Enum, Variable, set_input_dispatch_by_period, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to
from openfisca_japan.law.workers_compensation import industry_rate

COLLECTION_ACT = "https://laws.e-gov.go.jp/law/344AC0000000084"


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
    unit = "currency-JPY"


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
    unit = "currency-JPY"

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
            rate_of_industry = industry_rate(industry[first], period, parameters)
            second_rate = second_rate.astype(np.float64)
            second_rate[first] = rate_of_industry
        rate = second_rate
        base = floor_to(person("special_enrolment_daily_amount", period) * p.days_per_year, 1000)
        return where(kind == SpecialEnrolmentKind.none, 0, floor_to(base * rate))
