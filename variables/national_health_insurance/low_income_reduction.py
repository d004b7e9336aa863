"""Low-income reduction of the NHI per-capita and per-household amounts (均等割・平等割の7割・5割・2割軽減)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household
from openfisca_japan.law.low_income_reduction import rate_of_tier, reduction_tier


class nhi_low_income_reduction_rate(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    unit = "/1"
    label = "Low-income reduction of the NHI per-capita and per-household amounts (均等割・平等割の軽減割合)"
    documentation = (
        "0.7, 0.5, 0.2 or 0. The income of the head (even when not a member) and of every member is compared "
        "with 430,000 + 100,000 × (wage or pension earners − 1) [+ 295,000/305,000 (5割) or 545,000/560,000 (2割) "
        "× members]; members who moved to late-stage elderly care and stayed (特定同一世帯所属者) count as members. "
        "The test is the one of late-stage elderly care (openfisca_japan/law/low_income_reduction.py)."
    )
    reference = "国民健康保険法施行令 第29条の7第5項第1号 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(household, period, parameters):
        p = parameters(period.start).national_health_insurance.low_income_reduction
        person = household.members
        member = person("national_health_insurance_months", period) > 0
        specified = person("is_specified_same_household_member", period)  # 特定同一世帯所属者 count as members
        if not household.any(member).any():  # no NHI member anywhere: no test, no threshold needed (e.g. FY2026)
            return household.empty_array()
        counted = member | specified | person.has_role(Household.HEAD)
        thresholds = (p, "per_member_five_tenths", "per_member_two_tenths")
        tier = reduction_tier(household, period, counted, member | specified, thresholds, "NHI low-income reduction thresholds")
        return rate_of_tier(tier, p.rates, "NHI low-income reduction rates")
