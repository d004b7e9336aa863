"""Who is a National Health Insurance member, month by month (国民健康保険の被保険者).

Membership itself is decided by `health_insurance_scheme` (coverage rules); the premium variables read
it only through `is_national_health_insurance_member`, which can also be given directly as an input.
"""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, YEAR, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme
from openfisca_japan.law.dates import month_index
from openfisca_japan.law.municipalities import fiscal_year_months


class is_national_health_insurance_member(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Member of National Health Insurance in the month (国民健康保険の被保険者)"
    documentation = "True when `health_insurance_scheme` is national_health_insurance for the month. Can be input directly."
    reference = "国民健康保険法 第5条, 第6条 (https://laws.e-gov.go.jp/law/333AC0000000192#Mp-At_5)"

    def formula(person, period):
        return person("health_insurance_scheme", period) == HealthInsuranceScheme.national_health_insurance


class national_health_insurance_months(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Months of NHI membership in the fiscal year (国民健康保険の加入月数)"
    documentation = (
        "Premiums run from the month membership starts to the month before it ends (月割). Period: a fiscal "
        "year such as `year:2025-04`."
    )
    reference = "国民健康保険法 第76条; 地方税法 第706条の2 (月割) (https://laws.e-gov.go.jp/law/333AC0000000192)"

    def formula(person, period):
        return np.sum([person("is_national_health_insurance_member", m) for m in fiscal_year_months(period)], axis=0)


class nhi_perinatal_exemption(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Month exempt from the member's NHI income-based and per-capita amounts around childbirth (産前産後期間)"
    documentation = (
        "From the month before the month of (expected) childbirth for 4 months; multiple birth: from 3 months before "
        "for 6 months. Reads `childbirth_date` and `multiple_birth`. From January 2024."
    )
    reference = "国民健康保険法施行令 (令和6年1月施行の産前産後減額); https://www.city.ashiya.lg.jp/josei/kokuho_sanzensangogenmen.html"

    def formula(person, period, parameters):
        p = parameters(period.start).national_health_insurance.perinatal_exemption
        birth = person("childbirth_date", period)
        birth_month = month_index(birth)
        month = (period.start.year - 1970) * 12 + period.start.month - 1
        before = np.where(person("multiple_birth", period), p.months_before_multiple, p.months_before_single)
        has_birth = birth > np.datetime64("1900-01-01")
        return has_birth & (month >= birth_month - before) & (month <= birth_month + p.months_after)


class is_specified_same_household_member(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Moved from NHI to late-stage elderly care and stayed in the household (特定同一世帯所属者)"
    documentation = (
        "A former NHI member who joined late-stage elderly care at 75 and still lives in the household, whose head "
        "has not changed. Counted in the NHI low-income reduction test; gives the reduced per-household amount "
        "(特定世帯・特定継続世帯) when one NHI member remains. The move is taken as the month of the 75th birthday."
    )
    reference = "https://www.city.omura.nagasaki.jp/kokuhozei/kenko/nenkin/kenkohoken/tyojyukannwa.html"
