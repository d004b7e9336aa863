"""Steps of the high-cost medical expense benefit (高額療養費, 健康保険法 第115条, 施行令 第41条・第42条).

One month, one aggregation group per household (世帯合算):
- employee insurance: the insured person with the highest standard monthly remuneration in the household
  and the dependants (other employee-insured members form groups of their own);
- NHI: all NHI members of the household; late-stage elderly: all late-stage members of the household.
Each person's `medical_expenses` is taken as one bill (one provider). Steps (施行令 第41条):
0. specified long-term disease (特定疾病, 施行令 第41条第9項): the bill of a person with
   `specified_disease_treatment` is capped at 10,000 yen (20,000 for dialysis under 70 in category ア/イ);
1. 70+ outpatient: each person's outpatient copayment is capped at the individual outpatient limit (一般,
   低所得), within the annual cap of 144,000 yen (August–July);
1b. 75th-birthday month (75歳到達月の特例, 施行令 第41条第4項): a person who joins late-stage care on a
   birthday other than the 1st is first capped individually at half the 70+ limit;
2. 70+ household: the remaining copayments of the group's 70+ members are capped at the 70+ limit;
3. under 70: what remains of 2 plus the copayments of 21,000 yen or more of the members under 70 is
   capped at the under-70 limit of the group's category.
From the 4th month with a payment within 12 months (多数回), the reduced limits apply.
The refund is paid to the insured person (employee insurance) or, for NHI and late-stage care, shown on
the household head when a member of the group, otherwise on the member first by role, then by largest copayment
(never by input order).
"""

from types import SimpleNamespace

import numpy as np

from openfisca_japan.entities import Household
from openfisca_japan.enums import HealthInsuranceScheme, HighCostCategory, SpecifiedDisease
from openfisca_japan.law.rounding import round_half_up_yen
from openfisca_japan.law.taxes import resident_tax_taxable_income_where_needed

EMPLOYEE_TYPE = (
    HealthInsuranceScheme.employee_health_insurance.index,
    HealthInsuranceScheme.mutual_aid_association.index,
    HealthInsuranceScheme.voluntary_continued.index,
)
UNDER_70 = ("a", "b", "c", "d", "e")
AGE_70_PLUS = ("active_iii", "active_ii", "active_i", "general", "low_income_ii", "low_income_i")

# 70+ categories with the individual outpatient limit (外来特例): 一般 and 低所得.
OUTPATIENT_LIMIT_CATEGORIES = [HighCostCategory[key].index for key in ("general", "low_income_ii", "low_income_i")]


def income_year_of(period):
    """Calendar year of the income judged for month `period` (certificate year August–July)."""
    year = period.start.year - 1 if period.start.month >= 8 else period.start.year - 2
    return f"{year}"


def _under_70_category(person, year, th, nhi, smr, exempt):
    """Under-70 category ア〜オ (施行令 第42条第1項): the insured person's standard monthly remuneration, or in
    NHI the household's income after the basic deduction; オ for a resident-tax exempt household."""
    nhi_income = person.household("nhi_household_income_for_high_cost", year)
    a = np.where(nhi, nhi_income > th.nhi_income_a, smr >= th.smr_a)
    b = np.where(nhi, nhi_income > th.nhi_income_b, smr >= th.smr_b)
    c = np.where(nhi, nhi_income > th.nhi_income_c, smr >= th.smr_c)
    h = HighCostCategory
    # Employee insurance: ア and イ apply even when the insured person is resident-tax exempt (区分ア・イに該当する
    # 場合は, 市町村民税が非課税等であっても区分ア・イ); オ only otherwise.
    low_income = exempt * ~(~nhi * (a + b))
    return np.select([low_income, a, b, c], [h.e.index, h.a.index, h.b.index, h.c.index], h.d.index)


def _age_70_plus_category(person, period, year, th, scheme, nhi, late, smr, exempt):
    """70+ category (施行令 第42条): 現役並み Ⅲ/Ⅱ/Ⅰ by the insured person's remuneration, or the highest
    taxable income of the group's 70+ members (NHI, late-stage); 低所得 Ⅰ/Ⅱ; otherwise 一般."""
    low_i = person.household("low_income_i_household", year)
    elderly = person("is_elderly_for_copayment", period) + late
    taxable = resident_tax_taxable_income_where_needed(person, year, elderly * (nhi + late))
    group_taxable = np.select(
        [nhi, late],
        [person.household.max(np.where(elderly * family, taxable, 0)) for family in (nhi, late)],
        0,
    )
    regional = nhi + late
    iii = np.where(regional, group_taxable >= th.taxable_income_iii, smr >= th.smr_a)
    ii = np.where(regional, group_taxable >= th.taxable_income_ii, smr >= th.smr_b)
    # 現役並み is shared by the 70+ members of the same scheme in the household (employee insurance and its
    # dependants, NHI, late-stage), so that every member of an aggregation group has the same category.
    employee_family = np.isin(scheme, EMPLOYEE_TYPE) + (scheme == HealthInsuranceScheme.dependant)
    active_income = person("elderly_active_income", period)
    active = np.select(
        [employee_family, nhi, late],
        [person.household.any(active_income * family) for family in (employee_family, nhi, late)],
        False,
    )
    h = HighCostCategory
    return np.select(
        [active * iii, active * ii, active, exempt * low_i, exempt],
        [h.active_iii.index, h.active_ii.index, h.active_i.index, h.low_income_i.index, h.low_income_ii.index],
        h.general.index,
    )


def categories(person, period, parameters):
    """(under-70 category, 70+ category) of the person's group, as enum indices."""
    th = parameters(period).health_insurance.high_cost_medical_expense.income_categories
    scheme = person("health_insurance_scheme", period)
    year = income_year_of(period)
    nhi = scheme == HealthInsuranceScheme.national_health_insurance
    late = scheme == HealthInsuranceScheme.late_stage_elderly
    smr = person("insured_person_standard_monthly_remuneration", period)
    exempt = person.household("resident_tax_exempt_household", year)
    return (
        _under_70_category(person, year, th, nhi, smr, exempt),
        _age_70_plus_category(person, period, year, th, scheme, nhi, late, smr, exempt),
    )


def _schedule(node, keys, category, cost, multiple, relevant, what, factor=1.0):
    """Limit = base + max(0, cost − threshold) × rate (rounded half up to the yen), or the 多数回 amount; the
    fixed part, the threshold and the 多数回 amount multiplied by `factor` (½ in the 75th-birthday month)."""
    limit = np.zeros(len(category))
    for key in keys:
        mask = category == HighCostCategory[key].index
        if not np.any(mask):
            continue
        if key not in node.base._children:
            if np.any(mask * relevant):
                raise ValueError(
                    f"{what}: the limit of category {key} ({HighCostCategory[key].value}) is not known for this "
                    "period (the August 2026 revision could not be confirmed from an official source)."
                )
            continue
        amount = round_half_up_yen(
            node.base[key] * factor
            + np.maximum(0, cost - node.cost_threshold[key] * factor) * node.rate_over_threshold[key]
        )
        limit = np.where(mask, np.where(multiple, round_half_up_yen(node.multiple[key] * factor), amount), limit)
    return limit


def groups(person, period):
    """(employee-type, dependant, NHI, late-stage masks; the insured person leading each employee-insurance
    group; the recipient of each group's refund)."""
    scheme = person("health_insurance_scheme", period)
    employee = np.isin(scheme, EMPLOYEE_TYPE)
    dependant = scheme == HealthInsuranceScheme.dependant
    nhi = scheme == HealthInsuranceScheme.national_health_insurance
    late = scheme == HealthInsuranceScheme.late_stage_elderly
    household = person.household
    smr = person("insured_standard_monthly_remuneration", period)
    # Who receives a group's refund must not depend on the order of persons in the input: the household
    # head (世帯主, who claims NHI benefits, 国民健康保険法 第57条の2) first, then spouse, child, other; within a
    # role, the largest copayment.
    role_rank = np.select([person.has_role(Household.HEAD), person.has_role(Household.SPOUSE),
                           person.has_role(Household.CHILD)], [0, 1, 2], 3)
    recipient_key = role_rank * 1e10 - person("copayment_amount", period)
    leader = employee * (person.get_rank(household, -smr * 10 + role_rank, condition=employee) == 0)
    first_nhi = nhi * (person.get_rank(household, recipient_key, condition=nhi) == 0)
    first_late = late * (person.get_rank(household, recipient_key, condition=late) == 0)
    recipient = leader + first_nhi + first_late + (dependant * (household.sum(leader) == 0) *
                                                   (person.get_rank(household, recipient_key, condition=dependant) == 0))
    return employee, dependant, nhi, late, leader, recipient


def _specified_disease_cap(person, period, node, copay, out_copay, covered, elderly, cat_u70, ratio):
    """Step 0, 特定疾病 (健康保険法施行令 第42条第9項): the person's copayment for a specified long-term disease is
    capped at 10,000 yen (20,000 for dialysis patients under 70 in categories ア/イ), per person and provider.
    Returns (copayment kept, outpatient copayment kept, refund)."""
    cost = person("medical_expenses", period)
    disease = person("specified_disease_treatment", period)
    has_disease = (disease != SpecifiedDisease.none) * covered
    outpatient_cost = person("outpatient_medical_expenses", period)
    if np.any(has_disease * (outpatient_cost > 0) * (outpatient_cost < cost)):
        raise ValueError("specified_disease_treatment: the bill must be wholly inpatient or wholly outpatient "
                         "(`outpatient_medical_expenses` 0 or equal to `medical_expenses`); give one bill per month.")
    dialysis_high = (disease == SpecifiedDisease.dialysis) * ~elderly * np.isin(
        cat_u70, [HighCostCategory.a.index, HighCostCategory.b.index])
    limit = np.where(dialysis_high, node.specified_disease.limit_dialysis_high_income, node.specified_disease.limit) * ratio
    kept = np.where(has_disease, np.minimum(copay, limit), copay)
    out_kept = np.where(has_disease, np.where(outpatient_cost > 0, kept, 0), out_copay)
    return kept, out_kept, copay - kept


def _outpatient_limit_70_plus(person, period, node, cat_70, ratio, must_be_known):
    """Step 1 limit, 外来特例 (施行令 第42条第5項): the per-person outpatient limit of 一般 and 低所得 members
    aged 70+, within its annual cap, and for late-stage members of the 20 % group the transitional cap
    (Oct 2022 – Sep 2025) when it is lower."""
    out_limit = np.zeros(len(cat_70))
    for key in node.age_70_plus.outpatient._children:  # a few categories, not persons
        out_limit = np.where(cat_70 == HighCostCategory[key].index, node.age_70_plus.outpatient[key], out_limit)
    out_limit = out_limit * ratio
    if "outpatient_annual_cap" in node.age_70_plus._children:
        borne = person("outpatient_copayment_borne_since_august", period)
        out_limit = np.minimum(out_limit, np.maximum(0, node.age_70_plus.outpatient_annual_cap - borne))
    elif np.any(must_be_known):
        raise ValueError("high-cost medical expense: the limits for 70 and over are not known for this period "
                         "(the August 2026 revision could not be confirmed from an official source).")
    transitional = node.late_stage_transitional_outpatient
    if "base" in transitional._children:
        cap_20 = round_half_up_yen(transitional.base + np.maximum(0, person("outpatient_medical_expenses", period)
                                   - transitional.cost_threshold) * transitional.rate_over_threshold)
        out_limit = np.where(person("late_stage_certain_income", period), np.minimum(out_limit, cap_20), out_limit)
    return out_limit


def _group_sum_of(household, leader_group, employee, nhi, late):
    """Sum over the person's aggregation group (世帯合算, 施行令 第41条第1項): the insured person with the
    dependants, an employee-insured member alone, all NHI members, all late-stage members of the household."""

    def group_sum(x):
        return np.select(
            [leader_group, employee, nhi, late],
            [household.sum(x * leader_group), x, household.sum(x * nhi), household.sum(x * late)],
            x,
        )

    return group_sum


def _month_of_groups(person, period, parameters, strict):
    """What every step of 施行令 第41条 reads: the groups, the costs, the categories (第42条), 多数回 (第42条第1項:
    3 or more payments in the 12 months before) and the ½ ratio of the 75th-birthday month (第41条第4項)."""
    node = parameters(period).health_insurance.high_cost_medical_expense
    employee, dependant, nhi, late, leader, _ = groups(person, period)
    covered = employee + dependant + nhi + late
    group_sum = _group_sum_of(person.household, leader + dependant, employee, nhi, late)
    cost = person("medical_expenses", period)
    elderly = (person("is_elderly_for_copayment", period) + late) * covered
    multiple = group_sum(person("high_cost_prior_payment_months", period) >= node.rules.multiple_months) > 0
    cat_u70, cat_70 = categories(person, period, parameters)
    group_cost = group_sum(cost)
    # strict (the limit output): every covered person's limit must be known; for the refund only groups with costs.
    relevant = covered if strict else covered * (group_cost > 0)
    transfer = person("is_late_stage_transfer_month", period) * late
    ratio = np.where(transfer, node.late_stage_transfer_month.ratio, 1.0)
    return SimpleNamespace(node=node, covered=covered, group_sum=group_sum, cost=cost, elderly=elderly,
                           multiple=multiple, cat_u70=cat_u70, cat_70=cat_70, group_cost=group_cost,
                           relevant=relevant, transfer=transfer, ratio=ratio)


def _outpatient_step(person, period, m, out_copay):
    """Step 1, 70+ outpatient per person (外来特例, 施行令 第41条第5項, limits 第42条第5項): the outpatient
    copayment of 一般 and 低所得 members is capped individually. Returns (outpatient copayment kept, refund)."""
    has_outpatient_limit = np.isin(m.cat_70, OUTPATIENT_LIMIT_CATEGORIES)
    out_limit = _outpatient_limit_70_plus(person, period, m.node, m.cat_70, m.ratio, m.elderly * m.relevant)
    out_kept = np.where(m.elderly * has_outpatient_limit, np.minimum(out_copay, out_limit), out_copay)
    return out_kept, np.where(m.elderly, out_copay - out_kept, 0)


def _transfer_month_step(m, own):
    """Step 1b, 75th-birthday month (75歳到達月の特例, 施行令 第41条第4項): the person's own copayments are capped
    at half the 70+ limit, before the household step. Returns (own copayments kept, refund)."""
    own_kept = own
    if np.any(m.transfer):
        personal_limit = _schedule(m.node.age_70_plus, AGE_70_PLUS, m.cat_70, m.cost, m.multiple, m.relevant * m.transfer,
                                   "high-cost medical expense (75th-birthday month)", factor=m.ratio)
        own_kept = np.where(m.transfer, np.minimum(own, personal_limit), own)
    return own_kept, own - own_kept


def _household_70_plus_step(m, own_kept):
    """Step 2, 70+ household (施行令 第41条, limits 第42条): what the group's 70+ members still bear is capped
    at the 70+ limit of the group's category. Returns (their copayments, their costs, the limit, the refund)."""
    elderly_sum = m.group_sum(np.where(m.elderly, own_kept, 0))
    elderly_cost = m.group_sum(np.where(m.elderly, m.cost, 0))
    has_elderly = m.group_sum(m.elderly * 1) > 0
    limit_70 = _schedule(m.node.age_70_plus, AGE_70_PLUS, m.cat_70, elderly_cost, m.multiple,
                         m.relevant * (has_elderly + m.elderly), "high-cost medical expense (70 and over)")
    refund_70 = np.where(has_elderly, np.maximum(0, elderly_sum - limit_70), 0)
    return elderly_sum, elderly_cost, limit_70, refund_70


def _under_70_step(m, copay, elderly_sum, elderly_cost, refund_70):
    """Step 3, under 70 (施行令 第41条第1項第1号: bills of 21,000 yen or more; limits 第42条第1項): those bills
    plus what remains of the 70+ members, capped at the under-70 limit. Returns (the limit, the refund)."""
    eligible = ~m.elderly * m.covered * (copay >= m.node.rules.household_aggregation_minimum)
    eligible_sum = m.group_sum(np.where(eligible, copay, 0))
    cost_b = m.group_sum(np.where(eligible, m.cost, 0)) + elderly_cost
    limit_u70 = _schedule(m.node.under_70, UNDER_70, m.cat_u70, np.where(eligible_sum > 0, cost_b, m.group_cost),
                          m.multiple, m.relevant * ~m.elderly + m.relevant * (eligible_sum > 0),
                          "high-cost medical expense (under 70)")
    refund_u70 = np.where(eligible_sum > 0, np.maximum(0, eligible_sum + elderly_sum - refund_70 - limit_u70), 0)
    return limit_u70, refund_u70


def high_cost(person, period, parameters, strict):
    """Returns (limit shown for the person, refund of the person's group), in the order of 施行令 第41条:
    0. specified disease, 1. 70+ outpatient per person (1b. halved in the 75th-birthday month),
    2. 70+ household, 3. under-70 bills of 21,000 yen or more with what remains of the 70+ members."""
    m = _month_of_groups(person, period, parameters, strict)
    copay, out_copay, disease_refund = _specified_disease_cap(
        person, period, m.node, person("copayment_amount", period), person("outpatient_copayment_amount", period),
        m.covered, m.elderly, m.cat_u70, m.ratio)
    out_kept, out_refund = _outpatient_step(person, period, m, out_copay)
    own_kept, transfer_refund = _transfer_month_step(m, out_kept + copay - out_copay)
    elderly_sum, elderly_cost, limit_70, refund_70 = _household_70_plus_step(m, own_kept)
    limit_u70, refund_u70 = _under_70_step(m, copay, elderly_sum, elderly_cost, refund_70)
    group_refund = (m.group_sum(disease_refund + out_refund + transfer_refund) + refund_70 + refund_u70) * m.covered
    return np.where(m.elderly, limit_70, limit_u70), group_refund
