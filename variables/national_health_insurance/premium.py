"""National Health Insurance premium of a household for a fiscal year (国民健康保険料).

Period: a fiscal year, April to March, written `year:2025-04` (FY2025 = 令和7年度). Each portion
(medical, elderly support, nursing care for members aged 40–64, and from FY2026 child-rearing support)
is income-based part + per-capita part (+ per-household part where the municipality uses one), with the
per-capita and per-household parts reduced for low-income households, capped at the statutory cap.
Members joining or leaving during the year pay by the month (月割): for each month the annual amount of
the members present that month is computed and capped, and the year's premium is the sum of 1/12 of
those amounts, truncated to the yen.
"""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, min_, select

from openfisca_japan.entities import Household
from openfisca_japan.law.municipalities import fiscal_year_months, municipal_parameter, optional, require
from openfisca_japan.law.rounding import floor_to


class nhi_low_income_reduction_rate(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    label = "Low-income reduction of the NHI per-capita and per-household amounts (均等割・平等割の軽減割合)"
    documentation = (
        "0.7, 0.5, 0.2 or 0. The income of the head (even when not a member) and of every member is compared "
        "with 430,000 + 100,000 × (wage or pension earners − 1) [+ 295,000/305,000 (5割) or 545,000/560,000 (2割) "
        "× members]; members who moved to late-stage elderly care and stayed (特定同一世帯所属者) count as members."
    )
    reference = "国民健康保険法施行令 第29条の7第5項第1号 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(household, period, parameters):
        p = parameters(period.start).national_health_insurance.low_income_reduction
        what = "NHI low-income reduction thresholds"
        person = household.members
        member = person("national_health_insurance_months", period) > 0
        specified = person("is_specified_same_household_member", period)  # 特定同一世帯所属者 count as members
        if not household.any(member).any():  # no NHI member anywhere: no test, no threshold needed (e.g. FY2026)
            return household.empty_array()
        counted = member | specified | person.has_role(Household.HEAD)
        income = household.sum(person("nhi_reduction_test_income", period) * counted)
        earners = household.sum(person("nhi_is_wage_or_pension_earner", period) * counted)
        members = household.sum(member | specified)
        seven = require(optional(p, "base"), what) + require(optional(p, "per_wage_earner"), what) * np.maximum(earners - 1, 0)
        five = seven + require(optional(p, "per_member_five_tenths"), what) * members
        two = seven + require(optional(p, "per_member_two_tenths"), what) * members
        return select(
            [income <= seven, income <= five, income <= two],
            [p.rates.seven_tenths, p.rates.five_tenths, p.rates.two_tenths],
            default=0,
        )


def nhi_portion(household, period, parameters, portion):
    """Annual amount of one portion of the household's NHI premium (see module docstring)."""
    months = fiscal_year_months(period)
    person = household.members
    rules = parameters(period.start).national_health_insurance
    ages = [person("age", month) for month in months]
    member_months = [person("is_national_health_insurance_member", month) for month in months]
    if portion == "nursing_care":
        care = rules.other_rules.nursing_care_ages
        member_months = [m & (a >= care.minimum) & (a < care.maximum) for m, a in zip(member_months, ages, strict=True)]
    concerned = household.any(np.sum(member_months, axis=0) > 0)
    municipality = household("municipality", period.first_month)
    what = f"national_health_insurance_premium_{portion}"
    rate, per_capita, per_household = (
        municipal_parameter(parameters, period.start, municipality, f"national_health_insurance.{portion}.{leaf}", concerned, what)
        for leaf in ("income_rate", "per_capita", "per_household")
    )
    reduction = np.round(household("nhi_low_income_reduction_rate", period).astype(np.float64), 4)  # float32 storage
    age_at_start = person("age", period.first_month.offset(-1))  # age attained by 31 March before the year
    capita = household.project(per_capita * (1 - reduction))
    if portion in ("medical", "elderly_support"):
        preschool = age_at_start < rules.other_rules.preschool_age
        capita = capita * (1 - preschool * rules.other_rules.preschool_reduction)
    if portion == "child_support":
        capita = capita * (age_at_start >= (optional(rules.other_rules, "child_support_exempt_age") or 0))
    base = person("nhi_assessment_base", period)
    cap = rules.caps[portion]
    reduced_base = person("nhi_assessment_base_involuntary", period)  # 非自発的失業: salary at 30 %
    perinatal = [person("nhi_perinatal_exemption", month) for month in months]
    involuntary = [person("nhi_involuntary_unemployment_applies", month) for month in months]
    total = 0
    shares_household = portion in ("medical", "elderly_support")  # 特定世帯 reduction of 平等割
    for month, member, exempt, unemployed in zip(months, member_months, perinatal, involuntary, strict=True):
        charged = member & ~exempt  # 産前産後: no income-based or per-capita amount for the member
        month_base = np.where(unemployed, reduced_base, base)
        annual = rate * household.sum(month_base * charged) + household.sum(capita * charged)
        household_share = specified_household_share(household, parameters, month, member) if shares_household else 1
        annual = annual + per_household * (1 - reduction) * household.any(member) * household_share
        total = total + min_(annual, cap)
    return floor_to(total / 12)


def specified_household_share(household, parameters, month, member):
    """Share of the per-household amount when one member remains after others moved to late-stage care
    (特定世帯 1/2 for 5 years, 特定継続世帯 3/4 for 3 more years, counted from the month of the move)."""
    person = household.members
    specified = person("is_specified_same_household_member", month)
    if not specified.any():
        return 1
    p = parameters(month.start).national_health_insurance.specified_household
    moved = specified & person("is_late_stage_elderly_insured", month)
    index = (month.start.year - 1970) * 12 + month.start.month - 1
    move = person("birth_date", month).astype("datetime64[D]").astype("datetime64[M]").astype(int) + 75 * 12
    since = household.min(np.where(moved, index - move, 10**6))
    single = (household.sum(member) == 1) & household.any(moved)
    share = np.select([since < p.specified_household_months,
                       since < p.specified_household_months + p.continued_household_months],
                      [p.specified_household_factor, p.continued_household_factor], 1)
    return np.where(single, share, 1)


class national_health_insurance_premium_medical(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    label = "NHI premium, medical portion (国民健康保険料 医療分・基礎賦課額)"
    reference = "国民健康保険法施行令 第29条の7第2項 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(household, period, parameters):
        return nhi_portion(household, period, parameters, "medical")


class national_health_insurance_premium_elderly_support(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    label = "NHI premium, late-stage elderly support portion (国民健康保険料 後期高齢者支援金等分)"
    reference = "国民健康保険法施行令 第29条の7第3項 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(household, period, parameters):
        return nhi_portion(household, period, parameters, "elderly_support")


class national_health_insurance_premium_nursing_care(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    label = "NHI premium, nursing-care portion for members aged 40–64 (国民健康保険料 介護納付金分)"
    reference = "国民健康保険法施行令 第29条の7第4項; 介護保険法 第9条第2号 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(household, period, parameters):
        return nhi_portion(household, period, parameters, "nursing_care")


class national_health_insurance_premium_child_support(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    label = "NHI premium, child-rearing support levy portion, from FY2026 (国民健康保険料 子ども・子育て支援納付金分)"
    reference = "国民健康保険法 第76条 (令和6年法律第47号による改正); 令和8年政令第2号 (https://www.psrn.jp/topics/detail.php?id=39581)"

    def formula(household, period, parameters):
        return nhi_portion(household, period, parameters, "child_support")


class national_health_insurance_premium(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    label = "National Health Insurance premium of the household for the fiscal year (国民健康保険料 年額)"
    documentation = (
        "Sum of the medical, elderly-support, nursing-care and child-support portions. Period: fiscal year "
        "`year:YYYY-04` (April–March); income of the previous calendar year; household input `municipality`."
    )
    reference = "国民健康保険法 第76条; 国民健康保険法施行令 第29条の7 (https://laws.e-gov.go.jp/law/333AC0000000192)"

    def formula(household, period):
        return (
            household("national_health_insurance_premium_medical", period)
            + household("national_health_insurance_premium_elderly_support", period)
            + household("national_health_insurance_premium_nursing_care", period)
            + household("national_health_insurance_premium_child_support", period)
        )
