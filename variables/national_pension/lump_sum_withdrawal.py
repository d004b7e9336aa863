"""Lump-sum withdrawal payment for foreign nationals leaving Japan (脱退一時金): eligibility, and the
National Pension part (国民年金法 附則第9条の3の2)."""

import numpy as np
from openfisca_core.model_api import ETERNITY, YEAR, Variable, date, min_, where

from openfisca_japan.entities import Person
from openfisca_japan.enums import ResidenceStatus
from openfisca_japan.law.parameter_lookup import parameter_at_dates
from openfisca_japan.law.rounding import round_half_up_yen

JPS_PAGE = "https://www.nenkin.go.jp/service/jukyu/tetsuduki/sonota-kyufu/20140710.html"


class left_japan_date(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Date on which the person ceased to have an address in Japan (日本国内に住所を有しなくなった日)"
    documentation = (
        "Usually the departure date given in the moving-out notice (転出届). The 2-year claim period runs "
        "from this date (or from the loss of insured status if later: give the later date)."
    )
    reference = JPS_PAGE


class lump_sum_withdrawal_claim_date(Variable):
    value_type = date
    entity = Person
    definition_period = ETERNITY
    label = "Date on which the lump-sum withdrawal payment is claimed (脱退一時金の請求日)"
    documentation = "Defaults to `left_japan_date` (claim sent on leaving)."
    reference = JPS_PAGE

    def formula(person, period):
        return person("left_japan_date", period)


class has_been_entitled_to_disability_pension(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Has ever been entitled to a disability pension or disability allowance (障害基礎年金等の受給権を有したことがある)"
    reference = JPS_PAGE


class national_pension_last_paid_month(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Any day of the last month for which a category 1 premium was paid (最後に保険料を納付した月, 基準月)"
    documentation = "Partial-exemption months whose reduced premium was paid count as paid months here."
    reference = JPS_PAGE


class lump_sum_withdrawal_eligible(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Meets the common conditions of the lump-sum withdrawal payment (脱退一時金の共通の支給要件)"
    documentation = (
        "Claimed within the period (the period is the year of the claim, so the payment is counted once), "
        "not a Japanese national (`residence_status` of the first month of the period), no address in Japan "
        "at the claim (claim on or after `left_japan_date`), qualifying period for an old-age pension not "
        "met (agreement totalisation included), never entitled to a disability pension, and claimed within 2 "
        "years of `left_japan_date`. The minimum of 6 months is tested per scheme."
    )
    reference = JPS_PAGE

    def formula(person, period, parameters):
        limit_years = parameters(period).national_pension.lump_sum_withdrawal.claim_limit_years
        left = person("left_japan_date", period).astype("datetime64[D]")
        claim = person("lump_sum_withdrawal_claim_date", period).astype("datetime64[D]")
        # Counted from the day of leaving (起算して2年, Civil Code art. 143): the claim must come before the
        # same day of the month 2 years on.
        day_of_month = left - left.astype("datetime64[M]")
        deadline = (left.astype("datetime64[M]") + int(limit_years) * 12).astype("datetime64[D]") + day_of_month
        foreign = person("residence_status", period.first_month) != ResidenceStatus.japanese_national
        first_day = np.datetime64(period.start.date.isoformat(), "D")
        last_day = np.datetime64(period.stop.date.isoformat(), "D")
        return (
            foreign
            * (claim >= first_day)
            * (claim <= last_day)
            * (claim >= left)
            * (claim < deadline)
            * np.logical_not(person("old_age_pension_qualified", period))
            * np.logical_not(person("has_been_entitled_to_disability_pension", period))
        )


class lump_sum_withdrawal_national_pension_months(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Counted months of the National Pension lump sum (対象月数)"
    documentation = (
        "Category 1 paid months + 3/4 × one-quarter-exempt + 1/2 × half-exempt + 1/4 × three-quarter-exempt "
        "months (all dates); full-exempt and deferred months count 0."
    )
    reference = "https://www.nenkinbox.com/archives/3882"

    def formula(person, period, parameters):
        weights = parameters(period).national_pension.lump_sum_withdrawal.counted_weights
        months = person("contribution_months_category_1_paid", period).astype(np.float64)
        for kind, name in [
            ("quarter_exemption", "quarter_exempt"),
            ("half_exemption", "half_exempt"),
            ("three_quarter_exemption", "three_quarter_exempt"),
        ]:
            exempt = person(f"contribution_months_{name}", period) + person(
                f"contribution_months_{name}_before_2009_04", period
            )
            months = months + weights[kind] * exempt
        return months


class lump_sum_withdrawal_national_pension(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Lump-sum withdrawal payment of the National Pension (国民年金の脱退一時金)"
    documentation = (
        "Premium of the fiscal year of the last paid month × 1/2 × the month band (counted months rounded "
        "down to a multiple of 6, capped at 60 if the last paid month is April 2021 or later, 36 before). "
        "Needs 6 counted months and the common conditions. Not taxed. The period is the year of the claim."
    )
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141"

    def formula(person, period, parameters):
        rules = parameters(period).national_pension.lump_sum_withdrawal
        months = person("lump_sum_withdrawal_national_pension_months", period).astype(np.float64)
        eligible = person("lump_sum_withdrawal_eligible", period) * (months >= rules.minimum_months)
        # Dated rules are read at the last paid month (premiums are known from FY2019: an eligible person
        # whose last paid month is earlier gets a ParameterNotFound error, not a wrong amount).
        last_paid = person("national_pension_last_paid_month", period).astype("datetime64[D]")
        day = np.where(eligible, last_paid, np.datetime64("2021-04-01"))
        cap = parameter_at_dates(day, lambda d: parameters(d).national_pension.lump_sum_withdrawal.maximum_months)
        premium = parameter_at_dates(day, lambda d: parameters(d).national_pension.premium.monthly_amount)
        band = min_(np.floor(months / rules.band_months) * rules.band_months, cap)
        return where(eligible, round_half_up_yen(premium * rules.premium_ratio * band), 0)
