"""Groups, income categories and limits of the high-cost medical expense benefit (高額療養費, 健康保険法 第115条,
施行令 第41条・第42条).

One month, one aggregation group per household (世帯合算):
- employee insurance: the insured person with the highest standard monthly remuneration in the household
  and the dependants (other employee-insured members form groups of their own);
- NHI: all NHI members of the household; late-stage elderly: all late-stage members of the household.
A person's care of the month is a set of bills (レセプト, `openfisca_japan.law.health_insurance_bills`). The steps of
施行令 第41条 are in `openfisca_japan.law.health_insurance_high_cost_steps`, each an output variable:
0. specified long-term disease (特定疾病, 施行令 第41条第9項), per bill;
1. 70+ outpatient: each person's outpatient copayment capped at the individual outpatient limit (一般, 低所得),
   within the annual outpatient cap of the category (August–July);
1b. 75th-birthday month (75歳到達月の特例, 施行令 第41条第4項): the person's limits halved, applied to the person alone;
2. 70+ household: the remaining copayments of the group's 70+ members capped at the 70+ limit;
3. under 70: what remains of 2 plus the bills of 21,000 yen or more of the members under 70, capped at the under-70
   limit of the group's category.
From the 4th month with a payment within 12 months (多数回), the reduced limits apply. The refund is paid to the
insured person (employee insurance) or, for NHI and late-stage care, shown on the household head when a member of
the group, otherwise on the member first by role, then by largest copayment (never by input order).
"""

import weakref
from types import SimpleNamespace

import numpy as np

from openfisca_japan.entities import Household
from openfisca_japan.enums import HealthInsuranceScheme, HighCostCategory
from openfisca_japan.law.coverage import NotCoveredError
from openfisca_japan.law.health_insurance_bills import bills
from openfisca_japan.law.rounding import round_half_up_yen
from openfisca_japan.law.taxes import resident_tax_taxable_income_where_needed

EMPLOYEE_TYPE = (
    HealthInsuranceScheme.employee_health_insurance.index,
    HealthInsuranceScheme.mutual_aid_association.index,
    HealthInsuranceScheme.voluntary_continued.index,
)
# From August 2027 (令和9年8月診療分): employee insurance under 70, 12 categories by 標準報酬月額; d3 below d2's bound.
SUBDIVIDED = ("a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3", "d1", "d2")
UNDER_70 = ("a", "b", "c", "d", "e", *SUBDIVIDED, "d3")
AGE_70_PLUS = ("active_iii", "active_ii", "active_i", "general", "low_income_ii", "low_income_i")
# Categories ア and イ (標準報酬月額 53万円以上, NHI income over 6 million): 20,000 yen for dialysis (施行令 第42条第9項).
HIGH_INCOME_UNDER_70 = [HighCostCategory[key].index for key in ("a", "b", "a1", "a2", "a3", "b1", "b2", "b3")]

# 70+ categories with the individual outpatient limit (外来特例): 一般 and 低所得.
OUTPATIENT_LIMIT_CATEGORIES = [HighCostCategory[key].index for key in ("general", "low_income_ii", "low_income_i")]


def income_year_of(period):
    """Calendar year of the income judged for month `period` (certificate year August–July)."""
    year = period.start.year - 1 if period.start.month >= 8 else period.start.year - 2
    return f"{year}"


def subdivided_category(smr, exempt, bounds):
    """Under-70 category of employee insurance from August 2027 (施行令 第42条 as amended by 令和8年政令第240号): the
    highest of a1…d2 whose lower bound the standard monthly remuneration reaches, d3 below; オ for a resident-tax
    exempt household unless in a1…b3 (ア・イ take precedence, as before)."""
    h = HighCostCategory
    category = np.select([smr >= bounds[key] for key in SUBDIVIDED], [h[key].index for key in SUBDIVIDED], h.d3.index)
    return np.where(exempt * (smr < bounds.b3), h.e.index, category)


def _under_70_category(person, year, th, nhi, smr, exempt, relevant):
    """Under-70 category ア〜オ (施行令 第42条第1項): the insured person's standard monthly remuneration, or in
    NHI the household's income after the basic deduction; オ for a resident-tax exempt household."""
    if len(th.smr_subdivided._children):
        if np.any(nhi * relevant):
            raise NotCoveredError("high-cost medical expense: the NHI income bands of the August 2027 categories "
                                  "(令和9年8月診療分) are not covered (one transcription only)")
        return subdivided_category(smr, exempt, th.smr_subdivided)
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


def categories(person, period, parameters, relevant=None):
    """(under-70 category, 70+ category) of the person's group, as enum indices. `relevant`: the persons whose
    under-70 category must be known (NHI from August 2027 is refused for them); every person by default."""
    th = parameters(period).health_insurance.high_cost_medical_expense.income_categories
    scheme = person("health_insurance_scheme", period)
    year = income_year_of(period)
    nhi = scheme == HealthInsuranceScheme.national_health_insurance
    late = scheme == HealthInsuranceScheme.late_stage_elderly
    smr = person("insured_person_standard_monthly_remuneration", period)
    exempt = person.household("resident_tax_exempt_household", year)
    relevant = np.ones(len(scheme), dtype=bool) if relevant is None else relevant
    return (
        _under_70_category(person, year, th, nhi, smr, exempt, relevant),
        _age_70_plus_category(person, period, year, th, scheme, nhi, late, smr, exempt),
    )


def schedule(node, keys, category, cost, multiple, relevant, what, factor=1.0):
    """Limit = base + max(0, cost − threshold) × rate (rounded half up to the yen), or the 多数回 amount; the
    fixed part, the threshold and the 多数回 amount multiplied by `factor` (½ in the 75th-birthday month)."""
    limit = np.zeros(len(category))
    for key in keys:
        mask = category == HighCostCategory[key].index
        if not np.any(mask):
            continue
        if key not in node.base._children:
            if np.any(mask * relevant):
                raise NotCoveredError(
                    f"{what}: the limit of category {key} ({HighCostCategory[key].value}) is not known for this "
                    "period (not confirmed from an official source)."
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


# The groups and categories of a month are read by every step variable: computed once per population and month.
_CONTEXTS = weakref.WeakKeyDictionary()


def remembered(person, key, compute):
    """`compute()` once per population and `key` (a month and a name): the high-cost steps read the same groups,
    categories and bills many times."""
    memo = _CONTEXTS.setdefault(person, {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def month_context(person, period, parameters):
    """What every step of 施行令 第41条 reads (computed once per population and month): the groups and the recipient,
    the costs, the categories (第42条), 多数回 (第42条第1項: 3 or more payments in the 12 months before), the ½ ratio of
    the 75th-birthday month (第41条第4項), and which persons' limits must be known (`relevant`: the covered members
    of groups with costs)."""
    return remembered(person, (str(period), "context"), lambda: _month_of_groups(person, period, parameters))


def _month_of_groups(person, period, parameters):
    node = parameters(period).health_insurance.high_cost_medical_expense
    employee, dependant, nhi, late, leader, recipient = groups(person, period)
    covered = employee + dependant + nhi + late
    group_sum = _group_sum_of(person.household, leader + dependant, employee, nhi, late)
    cost = bills(person, period)[0].sum(axis=0)
    elderly = (person("is_elderly_for_copayment", period) + late) * covered
    multiple = group_sum(person("high_cost_prior_payment_months", period) >= node.rules.multiple_months) > 0
    group_cost = group_sum(cost)
    relevant = covered * (group_cost > 0)
    cat_u70, cat_70 = categories(person, period, parameters, relevant)
    transfer = person("is_late_stage_transfer_month", period) * late
    ratio = np.where(transfer, node.late_stage_transfer_month.ratio, 1.0)
    return SimpleNamespace(node=node, covered=covered, group_sum=group_sum, cost=cost, elderly=elderly,
                           multiple=multiple, cat_u70=cat_u70, cat_70=cat_70, group_cost=group_cost,
                           relevant=relevant, transfer=transfer, ratio=ratio, recipient=recipient)
