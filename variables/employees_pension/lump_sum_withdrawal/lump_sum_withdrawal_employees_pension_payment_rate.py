"""Payment rate of the employees' pension lump-sum withdrawal payment (脱退一時金の支給率), 厚生年金保険法 附則第29条第4項."""

import numpy as np
from openfisca_core.model_api import ETERNITY, YEAR, Variable, date, min_, where

from openfisca_japan.entities import Person
from openfisca_japan.law.parameter_lookup import parameter_at_dates

JPS_PAGE = "https://www.nenkin.go.jp/service/jukyu/tetsuduki/sonota-kyufu/20140710.html"


class employees_pension_loss_date(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Date on which employees' pension insured status was last lost (厚生年金保険の資格喪失日)"
    documentation = (
        "Usually the day after the last day of employment. Its previous month is the final month (最終月). "
        "The default (1970-01-01) means not given: the payment rate is then 0."
    )
    reference = JPS_PAGE


class lump_sum_withdrawal_employees_pension_payment_rate(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Payment rate of the employees' pension lump sum (脱退一時金の支給率)"
    documentation = (
        "Premium rate of October of the year before the final month (two years before if the final month is "
        "in January–August) × 1/2 × the month band (insured months rounded down to a multiple of 6, capped "
        "at 60 if the final month is April 2021 or later, 36 before), rounded half up to one decimal place "
        "(EPIA suppl. art. 29(4)). 18.3 %: 0.5, 1.1, 1.6, 2.2, 2.7, 3.3, 3.8, 4.4, 4.9, 5.5."
    )
    reference = ["https://laws.e-gov.go.jp/law/329AC0000000115 (厚生年金保険法 附則第29条第4項)", JPS_PAGE]
    unit = "/1"

    def formula(person, period, parameters):
        rules = parameters(period).employees_pension.lump_sum_withdrawal.rules
        months = person("contribution_months_employees_pension_before_2003_04", period) + person(
            "contribution_months_employees_pension_since_2003_04", period
        )
        loss = person("employees_pension_loss_date", period).astype("datetime64[M]")
        # The default loss date (1970-01-01) means "not given": no rate rather than a look-up in 1967.
        has_months = (months >= rules.minimum_months) * (loss > np.datetime64("1970-01", "M"))
        final_month = np.where(has_months, loss - 1, np.datetime64("2021-04", "M"))
        year = final_month.astype("datetime64[Y]").astype(int) + 1970
        month = final_month.astype(int) % 12 + 1
        rate_year = np.where(month <= 8, year - 2, year - 1)
        october = (rate_year - 1970).astype("datetime64[Y]").astype("datetime64[M]") + 9
        premium_rate = parameter_at_dates(october, lambda d: parameters(d).employees_pension.premiums.rate)
        cap = parameter_at_dates(final_month, lambda d: parameters(d).employees_pension.lump_sum_withdrawal.rules.maximum_months)
        band = min_(np.floor(months / rules.band_months) * rules.band_months, cap)
        scale = 10.0**rules.payment_rate_decimals
        rate = np.floor(np.round(premium_rate * rules.premium_rate_ratio * band * scale, 6) + 0.5) / scale
        return where(has_months, rate, 0)
