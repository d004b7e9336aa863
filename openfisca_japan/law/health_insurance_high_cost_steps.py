"""The steps of 健康保険法施行令 第41条 over a person's bills (高額療養費の算定), in the law's order; each step is an output
variable of `variables/health_insurance/high_cost_medical_expense/`, and these are its named pieces."""

import numpy as np

from openfisca_japan.enums import HighCostCategory, SpecifiedDisease
from openfisca_japan.law.coverage import NotCoveredError
from openfisca_japan.law.health_insurance_bills import bill_copayments, bills
from openfisca_japan.law.health_insurance_high_cost import (
    AGE_70_PLUS,
    HIGH_INCOME_UNDER_70,
    OUTPATIENT_LIMIT_CATEGORIES,
    UNDER_70,
    month_context,
    remembered,
    schedule,
)
from openfisca_japan.law.rounding import round_half_up_yen


def kept_bills(person, period, parameters):
    """Step 0 (remembered per population and month), see `_kept_bills`."""
    return remembered(person, (str(period), "bills"), lambda: _kept_bills(person, period, parameters))


def _kept_bills(person, period, parameters):
    """Step 0, 特定疾病 (健康保険法施行令 第41条第9項, limits 第42条第9項): a bill of the person's specified long-term
    disease is capped at 10,000 yen (20,000 for dialysis under 70 in categories ア/イ), per provider.
    Returns (costs, outpatient, copayments, copayments kept), each bills × persons."""
    m = month_context(person, period, parameters)
    costs, outpatient, flagged = bills(person, period)
    copays = bill_copayments(person, period)
    node = m.node.specified_disease
    disease = person("specified_disease_treatment", period)
    dialysis_high = (disease == SpecifiedDisease.dialysis) * ~m.elderly * np.isin(m.cat_u70, HIGH_INCOME_UNDER_70)
    limit = np.where(dialysis_high, node.limit_dialysis_high_income, node.limit) * m.ratio
    return costs, outpatient, copays, np.where(flagged * m.covered, np.minimum(copays, limit), copays)


def _annual_outpatient_cap(person, period, m, must_be_known, monthly_limit):
    """Annual cap of the 70+ outpatient copayments of the category, August–July (外来年間上限, 施行令 第41条の2), less
    what the person already bore since 1 August (`outpatient_copayment_borne_since_august`).

    A category whose cap is not known (低所得Ⅰ from August 2026) is refused only where the reading matters: the
    amended 施行令 第42条 as transcribed has two outpatient annual amounts (216,000 and 96,000) and none for 低所得Ⅰ,
    so its cap is one of them or none; while what was borne plus the month's limit stays within the lowest of them,
    every reading leaves the month's limit unchanged (e.g. 8,000 while at most 88,000 was borne)."""
    caps = m.node.age_70_plus.outpatient_annual_cap_by_category
    borne = person("outpatient_copayment_borne_since_august", period)
    cap = np.full(len(m.cat_70), np.inf)
    known = np.zeros(len(m.cat_70), dtype=bool)
    for key in caps._children:  # a few categories, not persons
        in_category = m.cat_70 == HighCostCategory[key].index
        cap = np.where(in_category, caps[key], cap)
        known = known + in_category
    lowest = min((caps[key] for key in caps._children), default=0)
    if np.any(must_be_known * ~known * (borne > 0) * (borne + monthly_limit > lowest)):
        raise NotCoveredError(
            "high-cost medical expense: the annual outpatient cap of this 70+ category is not known for this period "
            f"(低所得Ⅰ from August 2026); it matters once `outpatient_copayment_borne_since_august` plus the month's "
            f"limit exceeds {lowest:,.0f} yen, the lowest annual outpatient cap of the other categories")
    return np.maximum(0, cap - borne)


def outpatient_limit_70_plus(person, period, parameters):
    """Step 1 limit, 外来特例 (施行令 第42条第5項): the per-person outpatient limit of 一般 and 低所得 members aged 70+
    (halved in the 75th-birthday month), within the annual cap of the category, and for late-stage members of the
    20 % group the transitional cap (Oct 2022 – Sep 2025) when it is lower. 0 for the other persons."""
    m = month_context(person, period, parameters)
    outpatient = m.node.age_70_plus.outpatient
    has_limit = np.isin(m.cat_70, OUTPATIENT_LIMIT_CATEGORIES) * m.elderly
    out_limit = np.zeros(len(m.cat_70))
    for key in ("general", "low_income_ii", "low_income_i"):
        in_category = m.cat_70 == HighCostCategory[key].index
        if key not in outpatient._children and np.any(in_category * has_limit * m.relevant):
            raise NotCoveredError(f"high-cost medical expense: the 70+ outpatient limit of category {key} is not known "
                                  "for this period")
        if key in outpatient._children:
            out_limit = np.where(in_category, outpatient[key], out_limit)
    out_limit = out_limit * m.ratio
    out_limit = np.minimum(out_limit, _annual_outpatient_cap(person, period, m, has_limit * m.relevant, out_limit))
    transitional = m.node.late_stage_transitional_outpatient
    if "base" in transitional._children:
        cap_20 = round_half_up_yen(transitional.base + np.maximum(0, person("outpatient_medical_expenses", period)
                                   - transitional.cost_threshold) * transitional.rate_over_threshold)
        out_limit = np.where(person("late_stage_certain_income", period), np.minimum(out_limit, cap_20), out_limit)
    return np.where(has_limit, out_limit, 0)


def transfer_month_limit(person, period, parameters):
    """Step 1b limit, 75th-birthday month (75歳到達月の特例, 施行令 第41条第4項): half the 70+ limit of the category
    at the person's own costs, for the person alone; 0 in other months."""
    m = month_context(person, period, parameters)
    if not np.any(m.transfer):
        return np.zeros(len(m.transfer))
    limit = schedule(m.node.age_70_plus, AGE_70_PLUS, m.cat_70, m.cost, m.multiple, m.relevant * m.transfer,
                     "high-cost medical expense (75th-birthday month)", factor=m.ratio)
    return np.where(m.transfer, limit, 0)


def elderly_limit(person, period, parameters, known):
    """Step 2 limit (施行令 第42条第3項 and the 70+ rows of 第42条): the 70+ limit of the group's category at the
    costs of the group's 70+ members. `known`: the persons whose limit must be known if 70+ or with 70+ members."""
    m = month_context(person, period, parameters)
    elderly_cost = m.group_sum(np.where(m.elderly, m.cost, 0))
    has_elderly = m.group_sum(m.elderly * 1) > 0
    return schedule(m.node.age_70_plus, AGE_70_PLUS, m.cat_70, elderly_cost, m.multiple,
                    known * (has_elderly + m.elderly), "high-cost medical expense (70 and over)")


def eligible_bills(person, period, parameters):
    """Bills of members under 70 that enter the household step: copayments of 21,000 yen or more (施行令 第41条
    第1項第1号, 二万千円以上). Returns (their copayments, their costs), each summed per person."""
    m = month_context(person, period, parameters)
    costs, _, _, kept = kept_bills(person, period, parameters)
    eligible = (kept >= m.node.rules.household_aggregation_minimum) * ~m.elderly * m.covered
    return (kept * eligible).sum(axis=0), (costs * eligible).sum(axis=0)


def under_70_limit(person, period, parameters, known):
    """Step 3 limit (施行令 第42条第1項): the under-70 limit of the group's category at the costs of the bills that
    enter the step and of the 70+ members (at the group's costs when no bill enters it). `known`: the persons whose
    limit must be known if under 70 or in a group where bills enter the step."""
    m = month_context(person, period, parameters)
    eligible_sum, eligible_cost = (m.group_sum(x) for x in eligible_bills(person, period, parameters))
    cost = np.where(eligible_sum > 0, eligible_cost + m.group_sum(np.where(m.elderly, m.cost, 0)), m.group_cost)
    return schedule(m.node.under_70, UNDER_70, m.cat_u70, cost, m.multiple,
                    known * ~m.elderly + known * (eligible_sum > 0), "high-cost medical expense (under 70)")


def window_payments(person, period, parameters):
    """What each provider charged (bills × persons): the copayment, a specified disease's bill at its limit (the
    certificate), and with the limit applied at the window (限度額適用認定証, マイナ保険証; 健康保険法 第115条) each bill at most the limit at its own cost: under 70 the limit of the category; 70+ outpatient
    bills of 一般/低所得 within what remains of the person's outpatient limit (bills in order), other 70+ bills the 70+
    limit of the category (halved in the 75th-birthday month)."""
    m = month_context(person, period, parameters)
    costs, outpatient, _, kept = kept_bills(person, period, parameters)
    applied = person("high_cost_limit_applied_at_window", period) * m.covered
    if not np.any(applied):
        return kept
    under, old = applied * ~m.elderly, applied * m.elderly
    out_left = np.where(np.isin(m.cat_70, OUTPATIENT_LIMIT_CATEGORIES), outpatient_limit_70_plus(person, period, parameters),
                        np.inf)
    paid = kept.copy()
    for k in range(len(costs)):  # the few bills of a person, not persons
        limit_u70 = schedule(m.node.under_70, UNDER_70, m.cat_u70, costs[k], m.multiple, under * (costs[k] > 0),
                             "high-cost medical expense at the window (under 70)")
        limit_70 = schedule(m.node.age_70_plus, AGE_70_PLUS, m.cat_70, costs[k], m.multiple, old * (costs[k] > 0),
                            "high-cost medical expense at the window (70 and over)", factor=m.ratio)
        limit_70 = np.where(outpatient[k], np.minimum(limit_70, out_left), limit_70)
        paid[k] = np.select([under, old], [np.minimum(kept[k], limit_u70), np.minimum(kept[k], limit_70)], kept[k])
        out_left = np.where(old * outpatient[k], out_left - paid[k], out_left)
    return paid
