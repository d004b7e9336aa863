"""Annual high-cost benefit (年間上限による高額療養費, 健康保険法施行令 第41条の3 as amended by 令和8年政令第240号, from the year
August 2026 – July 2027): what the aggregation group still bore after the monthly benefits of the year August–July,
above the group's annual cap, paid back after the year (償還払い, claims from August 2027)."""

import numpy as np
from openfisca_core.model_api import ADD, YEAR, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.coverage import NotCoveredError
from openfisca_japan.law.health_insurance_high_cost_annual import check_august_year, year_context

REFERENCE = (
    "健康保険法施行令 第41条の3 (令和8年政令第240号による改正後) "
    "(https://laws.e-gov.go.jp/law/215IO0000000243/20260801_508CO0000000240)"
)


class high_cost_annual_group_own_pay(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "What the person's group still bore after the monthly high-cost benefits, August–July (年間の自己負担額)"
    documentation = (
        "Σ over the members of the group (that of August) and the 12 months of `high_cost_own_pay_after_monthly`. "
        "The same amount on every member of the group."
    )
    reference = REFERENCE

    def formula(person, period, parameters):
        check_august_year(period, "high_cost_annual_group_own_pay")
        m = year_context(person, period, parameters)
        own = person("high_cost_own_pay_after_monthly", period, options=[ADD])
        return np.round(m.group_sum(own)) * m.covered  # whole yen: the shares of the monthly benefits add up to it


def _refuse_uncovered_cases(m, own, small, cap, has_pay):
    """Refuse what the law's text read so far does not settle, where it changes the benefit: bills under 21,000 yen
    of members under 70, and groups whose members have different caps (under 70 and 70+)."""
    if np.any(m.covered * (np.maximum(0, own - cap) != np.maximum(0, own - small - cap))):
        raise NotCoveredError("high-cost annual cap: whether the bills under 21,000 yen of members under 70 count toward "
                              "the annual cap is not confirmed from an official text, and this group's benefit depends on it")
    members = m.group_sum(has_pay * 1)
    differ = m.group_sum(has_pay * (np.abs(cap - m.group_sum(cap * has_pay) / np.maximum(members, 1)) > 0.5)) > 0
    if np.any(differ * (m.group_sum(has_pay * (own > cap)) > 0)):
        raise NotCoveredError("high-cost annual cap: a group whose members have different annual caps (members under 70 "
                              "and 70 and over) is not covered")


class high_cost_annual_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Annual high-cost benefit of the person's group, August–July (年間上限による高額療養費)"
    documentation = (
        "max(0, `high_cost_annual_group_own_pay` − `high_cost_annual_cap`), the same amount on every member of the "
        "group; 0 for years before August 2026. Refused when bills under 21,000 yen of members under 70 would change "
        "it, or when the members' caps differ (open points of the official text)."
    )
    reference = REFERENCE

    def formula(person, period):
        # Before 令和8年政令第240号: no annual cap.
        check_august_year(period, "high_cost_annual_benefit")
        return np.zeros(person.count)

    def formula_2026_08(person, period, parameters):
        check_august_year(period, "high_cost_annual_benefit")
        m = year_context(person, period, parameters)
        own = person("high_cost_annual_group_own_pay", period)
        small = np.round(m.group_sum(person("high_cost_own_pay_of_small_bills", period, options=[ADD])))
        cap = person("high_cost_annual_cap", period)
        has_pay = m.covered * (person("high_cost_own_pay_after_monthly", period, options=[ADD]) > 0)
        _refuse_uncovered_cases(m, own, small, cap, has_pay)
        return np.maximum(0, own - cap) * m.covered


class high_cost_annual_benefit_refund(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Annual high-cost benefit paid to this person after the year (年間上限による高額療養費の支給額)"
    documentation = "The group's annual benefit on the recipient of the group's monthly benefits (of August); 0 on the others."
    reference = REFERENCE

    def formula(person, period, parameters):
        check_august_year(period, "high_cost_annual_benefit_refund")
        return np.where(year_context(person, period, parameters).recipient, person("high_cost_annual_benefit", period), 0)
