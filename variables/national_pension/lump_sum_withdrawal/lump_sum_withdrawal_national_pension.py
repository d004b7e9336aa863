"""Lump-sum withdrawal payment of the National Pension (国民年金の脱退一時金), 国民年金法 附則第9条の3の2."""

import numpy as np
from openfisca_core.model_api import ETERNITY, YEAR, Variable, date, min_, where

from openfisca_japan.entities import Person
from openfisca_japan.law.parameter_lookup import parameter_at_dates
from openfisca_japan.law.rounding import round_half_up_yen

JPS_PAGE = "https://www.nenkin.go.jp/service/jukyu/tetsuduki/sonota-kyufu/20140710.html"


class national_pension_last_paid_month(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Any day of the last month for which a category 1 premium was paid (最後に保険料を納付した月, 基準月)"
    documentation = "Partial-exemption months whose reduced premium was paid count as paid months here."
    reference = JPS_PAGE


class lump_sum_withdrawal_national_pension_months(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Counted months of the National Pension lump sum (対象月数)"
    documentation = (
        "Category 1 paid months + 3/4 × one-quarter-exempt + 1/2 × half-exempt + 1/4 × three-quarter-exempt "
        "months (all dates); full-exempt and deferred months count 0."
    )
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141 (国民年金法 附則第9条の3の2第3項)", JPS_PAGE]
    unit = "month"

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
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141 (国民年金法 附則第9条の3の2)", JPS_PAGE]
    unit = "currency-JPY"

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
