"""Common conditions of the lump-sum withdrawal payments for foreign nationals leaving Japan (脱退一時金の支給要件),
国民年金法 附則第9条の3の2, 厚生年金保険法 附則第29条."""

import numpy as np
from openfisca_core.model_api import ETERNITY, YEAR, Variable, date

from openfisca_japan.entities import Person
from openfisca_japan.enums import ResidenceStatus

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
