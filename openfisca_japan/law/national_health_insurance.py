"""The NHI premium of a household, one portion at a time (国民健康保険法施行令 第29条の7).

Each portion (medical 基礎賦課額, elderly support 後期高齢者支援金等賦課額, nursing care 介護納付金賦課額 for members
aged 40–64, and from FY2026 child-rearing support 子ども・子育て支援納付金賦課額) is: income rate × the members'
assessment bases (所得割) + the reduced per-capita amount of each member (均等割) + the reduced per-household amount
(平等割, where the municipality has one), capped at the statutory cap (賦課限度額) or the table's own cap. The
table of each household: `openfisca_japan/law/nhi_tables.py`. Members joining or leaving
during the year pay by the month (月割): for each month the annual amount of the members present that month is
computed and capped, and the year's portion is the sum of 1/12 of those amounts, truncated to the yen, then to the
table's rounding unit where it has one (`rounding_unit`: 100 yen for a municipality levying the NHI tax that truncates
each portion, e.g. Saitama).
"""

import numpy as np
from openfisca_core.model_api import min_

from openfisca_japan.law import nhi_tables
from openfisca_japan.law.dates import birth_dates
from openfisca_japan.law.late_stage_elderly import month_index_of_75th_birthday
from openfisca_japan.law.municipalities import fiscal_year_months, optional
from openfisca_japan.law.rounding import floor_to

#: Portions whose per-capita amount of a preschool child is halved and whose per-household amount is reduced
#: for a 特定世帯 (the medical and elderly-support portions).
PRESCHOOL_AND_SPECIFIED_HOUSEHOLD_PORTIONS = ("medical", "elderly_support")


def nhi_portion(household, period, parameters, portion):
    """Annual amount of one portion of the household's NHI premium for the fiscal year `period` (see the module)."""
    months = fiscal_year_months(period)
    person = household.members
    rules = parameters(period.start).national_health_insurance
    members = liable_members_by_month(person, months, rules, portion)
    concerned = household.any(np.sum(members, axis=0) > 0)
    rate, per_capita, per_household, cap, unit = nhi_tables.rates(household, period, parameters, portion, concerned, rules.caps[portion])
    reduction = np.round(household("nhi_low_income_reduction_rate", period).astype(np.float64), 4)  # float32 storage
    capita = reduced_per_capita_amounts(household, period, rules, portion, per_capita, reduction)
    base = person("nhi_assessment_base", period)
    charged, bases = charged_members_and_bases(person, period, months, members, base)
    amounts = (rate, capita, per_household, reduction, cap, unit)
    premium = year_amount(household, parameters, portion, months, members, charged, bases, amounts, each_amount=False)
    if not has_fractional_reduced_amounts(household, parameters, portion, months, members, amounts):
        return premium  # both readings of the reduced amounts' rounding agree (most tables: multiples of 10 yen)
    each = year_amount(household, parameters, portion, months, members, charged, bases, amounts, each_amount=True)
    return nhi_tables.reduced_amount_reading(household, period, parameters, portion, concerned, premium, each)


def year_amount(household, parameters, portion, months, members, charged, bases, amounts, each_amount):
    """The portion for the year: each month's annual amount of the members present, capped; the year is the sum
    of 1/12 of those, truncated to the yen and to the table's unit. `each_amount`: every reduced per-capita and
    per-household amount truncated to the yen before it is added (the other reading: only the total)."""
    rate, capita, per_household, reduction, cap, unit = amounts
    capita = floor_to(capita) if each_amount else capita
    total = 0
    for month, member, charged_member, month_base in zip(months, members, charged, bases, strict=True):
        flat = per_household_amount(household, parameters, portion, month, member, per_household, reduction)
        flat = floor_to(flat) if each_amount else flat
        annual = rate * household.sum(month_base * charged_member) + household.sum(capita * charged_member) + flat
        total = total + min_(annual, cap)
    return floor_to(floor_to(total / 12), unit)


def has_fractional_reduced_amounts(household, parameters, portion, months, members, amounts):
    """Whether any reduced per-capita or per-household amount has a fraction of a yen (e.g. 34,803 × 0.8)."""
    _, capita, per_household, reduction, _, _ = amounts
    if np.any(floor_to(capita) != np.round(capita, 6)):
        return True
    flats = [per_household_amount(household, parameters, portion, m, member, per_household, reduction) for m, member in zip(months, members, strict=True)]
    return any(np.any(floor_to(flat) != np.round(flat, 6)) for flat in flats)


def liable_members_by_month(person, months, rules, portion):
    """Members of each month on whom the portion is levied: every member; for the nursing-care portion only the
    members aged 40 to 64 (介護保険の第2号被保険者, 国民健康保険法施行令 第29条の7第4項)."""
    ages = [person("age", month) for month in months]
    members = [person("is_national_health_insurance_member", month) for month in months]
    if portion != "nursing_care":
        return members
    care = rules.other_rules.nursing_care_ages
    return [m & (a >= care.minimum) & (a < care.maximum) for m, a in zip(members, ages, strict=True)]


def reduced_per_capita_amounts(household, period, rules, portion, per_capita, reduction):
    """Per-capita amount of each person after the household's 7/5/2-tenths reduction; halved for a preschool child
    (medical and elderly-support portions, 未就学児の均等割額の減額); child-support portion waived until the fiscal
    year of the 18th birthday (from FY2026). Age attained by 31 March before the fiscal year."""
    age_at_start = household.members("age", period.first_month.offset(-1))
    capita = household.project(per_capita * (1 - reduction))
    if portion in PRESCHOOL_AND_SPECIFIED_HOUSEHOLD_PORTIONS:
        preschool = age_at_start < rules.other_rules.preschool_age
        capita = capita * (1 - preschool * rules.other_rules.preschool_reduction)
    if portion == "child_support":
        capita = capita * (age_at_start >= (optional(rules.other_rules, "child_support_exempt_age") or 0))
    return capita


def charged_members_and_bases(person, period, months, members, base):
    """For each month: the members charged the income-based and per-capita amounts (not in the months around a
    childbirth, 産前産後期間), and each person's assessment base (with the salary counted at 30 % in the months of
    the involuntary unemployment reduction, 非自発的失業者の軽減)."""
    reduced_base = person("nhi_assessment_base_involuntary", period)
    perinatal = [person("nhi_perinatal_exemption", month) for month in months]
    involuntary = [person("nhi_involuntary_unemployment_applies", month) for month in months]
    charged = [member & ~exempt for member, exempt in zip(members, perinatal, strict=True)]
    bases = [np.where(unemployed, reduced_base, base) for unemployed in involuntary]
    return charged, bases


def per_household_amount(household, parameters, portion, month, member, per_household, reduction):
    """The reduced per-household amount (平等割額) of a household with a member in the month; for the medical and
    elderly-support portions, reduced for a 特定世帯 / 特定継続世帯."""
    share = specified_household_share(household, parameters, month, member) if portion in PRESCHOOL_AND_SPECIFIED_HOUSEHOLD_PORTIONS else 1
    return per_household * (1 - reduction) * household.any(member) * share


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
    move = month_index_of_75th_birthday(birth_dates(person, month))
    since = household.min(np.where(moved, index - move, 10**6))
    single = (household.sum(member) == 1) & household.any(moved)
    share = np.select([since < p.specified_household_months,
                       since < p.specified_household_months + p.continued_household_months],
                      [p.specified_household_factor, p.continued_household_factor], 1)
    return np.where(single, share, 1)
