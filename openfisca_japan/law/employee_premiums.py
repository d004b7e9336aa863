"""Formula pieces shared by the premiums of employee insurance: health insurance and the nursing-care premium
collected with it (健康保険法 第156条・第160条・第161条), employees' pension (厚生年金保険法 第81条・第82条) and
employment insurance (労働保険徴収法 第12条・第31条).

Each premium is due on two bases of the month, the monthly one and the bonus one (a pair of variable
names); the total is rounded by `rounding.premium_total`, the insured person's share by
`rounding.premium_employee_share`, and the employer bears the rest.
"""

import numpy as np

from openfisca_japan.enums import HealthInsurer
from openfisca_japan.law.coverage import refuse_inputs
from openfisca_japan.law.dates import as_days, month_index
from openfisca_japan.law.rounding import premium_employee_share, premium_share_exact, premium_total, premium_total_exact

# Bases of the health, nursing-care and child-rearing support levy premiums (健康保険法 第156条).
HEALTH_BASES = ("health_insurance_monthly_base", "health_insurance_bonus_base")


def due_base(person, period, insured, exempt, amount, loss_date=None):
    """`amount` when the person is `insured` in the month and not `exempt` for leave (健康保険法 第159条,
    厚生年金保険法 第81条の2・第81条の2の2), else 0; with `loss_date` (an input date of the loss of insured status), also 0
    in the month of that loss for a person insured in the month before (健康保険法 第156条第3項: 前月から引き続き被保険者で
    ある者がその資格を喪失した場合においては、その月分の保険料は、算定しない; 厚生年金保険法 第19条第1項, 第81条第2項: the
    month of the loss is not a month of insured status), the bonus of that month included."""
    due = person(insured, period) * np.logical_not(person(exempt, period))
    if loss_date is not None:
        month = (period.start.year - 1970) * 12 + period.start.month - 1
        lost_now = month_index(as_days(person(loss_date, period))) == month
        if np.any(due * lost_now):
            due = due * ~(lost_now * person(insured, period.offset(-1)))
    if amount.startswith("standard_monthly_remuneration"):
        refuse_ungraded_months(person, period, due)
    return np.where(due, person(amount, period), 0)


def refuse_ungraded_months(person, period, due):
    """A clear error for persons on whom a monthly premium is due but whose remuneration of the month is 0 (a month
    of unpaid leave or sickness, when `monthly_remuneration` is left to default to `monthly_wage`): the standard
    monthly remuneration is the one determined at the last 資格取得時決定・定時決定・随時改定 (健康保険法 第41条～第43条,
    厚生年金保険法 第21条～第23条) and is not lowered by a month without pay, so grading 0 (the lowest grade, 58,000 or
    88,000) would be a wrong premium; the user gives `monthly_remuneration` (the 報酬月額 of that determination)."""
    ungraded = due & (person("monthly_remuneration", period) <= 0)
    refuse_inputs(ungraded, person.ids, f"monthly_remuneration ({period}) is 0 for a person insured in the month and "
                  "not exempt for leave: the standard monthly remuneration stays the one of the last determination "
                  "(定時決定・資格取得時決定), which a month without pay does not lower; give monthly_remuneration, the "
                  "報酬月額 of that determination", "monthly_remuneration", "an amount above 0 yen", entity="person")


def total_on_bases(person, period, bases, rate_pcm):
    """Premium, employer and employee, on the (monthly, bonus) base variables at `rate_pcm`."""
    monthly, bonus = bases
    return premium_total(person(monthly, period), person(bonus, period), rate_pcm)


def employee_share_on_bases(person, period, bases, employee_rate_pcm):
    """Insured person's share deducted from pay, on the (monthly, bonus) base variables."""
    monthly, bonus = bases
    return premium_employee_share(person(monthly, period), person(bonus, period), employee_rate_pcm)


def employer_share(person, period, premium):
    """The employer's share: the premium minus the insured person's deduction (`<premium>_employee`),
    事業主負担 = 保険料 − 被保険者負担分 (the deduction is rounded first, with the 50-sen rule)."""
    return person(premium, period) - person(f"{premium}_employee", period)


def rate_by_insurer(person, period, kyokai_rate, society_rate, mutual_member_rate, mutual_employer_rate):
    """Rate (a fraction) of the employer's health insurer: `kyokai_rate` (an array or a number) for Kyokai
    Kenpo, the employer variable `society_rate` for a health insurance society, the member's plus the
    employer's rate for a mutual aid association, 0 without employee health insurance."""
    insurer = person.employer("health_insurer", period)
    return np.select(
        [insurer == HealthInsurer.kyokai_kenpo, insurer == HealthInsurer.health_insurance_society,
         insurer == HealthInsurer.mutual_aid_association],
        [kyokai_rate, person.employer(society_rate, period),
         person.employer(mutual_member_rate, period) + person.employer(mutual_employer_rate, period)],
        0,
    )


# --- Exact rates (the 50-sen rule for any rate precision) ----------------------------------------------------

#: Decimals a rate combination is rounded to: published rates have at most 5 decimals as a fraction
#: (10.017 % = 0.10017); a half of one has 6; a sum of two halves 6. Rounding the float result to 12
#: decimals gives back the exact decimal, which `exact_product` then reads as written.
RATE_DECIMALS = 12


def exact_rate(rate):
    """A rate computed from published decimals (a sum, a half) as the exact decimal it stands for."""
    return np.round(np.asarray(rate, dtype=np.float64), RATE_DECIMALS)


def own_or_share(own, rate, share):
    """The insured person's part of a rate: their insurer's own part where given (> 0), else `share` of the
    rate (健康保険法 第161条: 2分の1), as an exact decimal."""
    own = np.asarray(own, dtype=np.float64)
    return exact_rate(np.where(own > 0, own, np.asarray(rate, dtype=np.float64) * share))


def total_on_bases_exact(person, period, bases, rate):
    """Premium on the (monthly, bonus) base variables at `rate` (a fraction, any precision), each part
    truncated to the yen, computed on exact integers."""
    monthly, bonus = bases
    return premium_total_exact(person(monthly, period), person(bonus, period), exact_rate(rate))


def share_on_bases_exact(person, period, bases, rate, share=1):
    """The insured person's deduction on the (monthly, bonus) base variables: base × rate × share, 50-sen
    rule on the exact product (not on a rate rounded first)."""
    monthly, bonus = bases
    return premium_share_exact(person(monthly, period), person(bonus, period), exact_rate(rate), share)
