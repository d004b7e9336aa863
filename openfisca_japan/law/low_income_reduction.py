"""The 7/5/2-tenths low-income reduction test (軽減判定) shared by two schemes.

National Health Insurance (国民健康保険法施行令 第29条の7第5項第1号) and late-stage elderly medical care
(高齢者の医療の確保に関する法律施行令 第18条第1項第1号) reduce the per-capita (and per-household) amounts of a
household by 7, 5 or 2 tenths by one and the same test, only the persons covered differ (NHI members, or
late-stage insured persons):

    the income counted (軽減判定所得: `nhi_reduction_test_income` of the covered persons and of the head)
    7 tenths: ≤ base + per wage earner × (wage or pension earners − 1)
    5 tenths: ≤ that + per covered person (5割) × covered persons
    2 tenths: ≤ that + per covered person (2割) × covered persons

Each scheme keeps its own amounts (its parameter node) and its own reduction rates for a tier.
"""

import numpy as np
from openfisca_core.model_api import select

from openfisca_japan.law.coverage import NotCoveredError, refusing
from openfisca_japan.law.municipalities import households_described, optional, require

#: The tiers of the reduction, in tenths of the per-capita amount.
SEVEN_TENTHS, FIVE_TENTHS, TWO_TENTHS, NO_REDUCTION = 7, 5, 2, 0


def reduction_tier(household, period, counted, covered, thresholds, what):
    """Tier (7, 5, 2 or 0) of each household for the fiscal year `period`.

    counted: persons whose income and wage-earner status count (the covered persons and the household head);
    covered: persons counted in the per-person additions of the 5- and 2-tenths limits;
    thresholds: (parameter node, name of its per-person amount for 5 tenths, for 2 tenths);
    what: the name given in the error raised when an amount of the period is not known.
    """
    person = household.members
    income = household.sum(person("nhi_reduction_test_income", period) * counted)
    earners = household.sum(person("nhi_is_wage_or_pension_earner", period) * counted)
    disputed = household.sum(person("nhi_is_disputed_pension_earner", period) * counted)
    number = household.sum(covered)
    tier = _tier(income, _limits(thresholds, earners, number, what))
    # Official pages disagree on the 65+ pension threshold of a pension earner (125万円 or 110万円): where the
    # tier differs between the two readings, the household is refused rather than given either answer.
    other_reading = _tier(income, _limits(thresholds, earners + disputed, number, what))
    disputed_tier = (disputed > 0) & (tier != other_reading)
    if disputed_tier.any():
        raise refusing(NotCoveredError(
            f"{what} ({period}): whether a person aged 65 or over with public pension receipts above 1,100,000 and up "
            "to 1,250,000 yen counts as a pension earner (給与所得者等) is stated differently by official pages, and "
            f"it decides the reduction tier of {households_described(household, period.first_month, disputed_tier)}: "
            "not covered (see docs/municipal.md)"), "household", disputed_tier,
            f"{what} ({period}): the disputed 65+ pension-earner threshold (1,100,000 or 1,250,000 yen of public pension "
            "receipts) decides the household's reduction tier: not covered")
    return tier


def _tier(income, limits):
    seven, five, two = limits
    return select([income <= seven, income <= five, income <= two], [SEVEN_TENTHS, FIVE_TENTHS, TWO_TENTHS], default=NO_REDUCTION)


def _limits(thresholds, earners, number, what):
    """The 7-, 5- and 2-tenths income limits of each household (base + wage earners; + covered persons)."""
    node, per_person_five, per_person_two = thresholds
    seven = require(optional(node, "base"), what) + require(optional(node, "per_wage_earner"), what) * np.maximum(earners - 1, 0)
    five = seven + require(optional(node, per_person_five), what) * number
    two = seven + require(optional(node, per_person_two), what) * number
    return seven, five, two


def rate_of_tier(tier, rates, what):
    """Reduction rate of each household for its tier, from a node with `seven_tenths`, `five_tenths`, `two_tenths`."""
    values = [require(optional(rates, key), what) for key in ("seven_tenths", "five_tenths", "two_tenths")]
    return select([tier == SEVEN_TENTHS, tier == FIVE_TENTHS, tier == TWO_TENTHS], values, default=0)
