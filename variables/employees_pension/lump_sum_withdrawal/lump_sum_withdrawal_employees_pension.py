"""Lump-sum withdrawal payment of the employees' pension (厚生年金保険の脱退一時金, 厚生年金保険法 附則第29条),
and the 20.42 % income tax withheld from it."""

import numpy as np
from openfisca_core.model_api import ETERNITY, YEAR, Variable, date, min_, where

from openfisca_japan.entities import Person
from openfisca_japan.law.parameter_lookup import parameter_at_dates
from openfisca_japan.law.rounding import floor_to, round_half_up_yen

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


class total_standard_remuneration_before_2003_04(Variable):
    value_type = float
    entity = Person
    definition_period = ETERNITY
    label = "Sum of the standard monthly remunerations of insured months before April 2003 (平成15年3月以前の標準報酬月額の総額)"
    reference = "https://lunaety.com/sharosi/?p=521"


class total_standard_remuneration_since_2003_04(Variable):
    value_type = float
    entity = Person
    definition_period = ETERNITY
    label = "Sum of the standard monthly remunerations and standard bonuses from April 2003 (平成15年4月以後の標準報酬月額と標準賞与額の総額)"
    reference = "https://lunaety.com/sharosi/?p=521"


class lump_sum_average_standard_remuneration(Variable):
    value_type = float
    entity = Person
    definition_period = ETERNITY
    label = "Average standard remuneration for the lump sum, not revalued (脱退一時金の平均標準報酬額)"
    documentation = (
        "(1.3 × standard monthly remunerations before April 2003 + standard monthly remunerations and "
        "standard bonuses from April 2003) ÷ insured months (EPIA suppl. art. 29(3); 2000 amendment suppl. "
        "art. 22). Give it directly, or give the two totals and the months."
    )
    reference = "https://lunaety.com/sharosi/?p=521"

    def formula(person, period, parameters):
        multiplier = parameters(
            "2003-04-01"
        ).employees_pension.lump_sum_withdrawal.rules.pre_2003_remuneration_multiplier
        months = person("contribution_months_employees_pension_before_2003_04", period) + person(
            "contribution_months_employees_pension_since_2003_04", period
        )
        total = multiplier * person("total_standard_remuneration_before_2003_04", period).astype(np.float64) + person(
            "total_standard_remuneration_since_2003_04", period
        ).astype(np.float64)
        return np.where(months > 0, total / np.maximum(months, 1), 0)


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
    reference = "https://lunaety.com/sharosi/?p=521"

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


class lump_sum_withdrawal_employees_pension(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Lump-sum withdrawal payment of the employees' pension, before tax (厚生年金保険の脱退一時金 支給額)"
    documentation = (
        "Average standard remuneration × payment rate, rounded to the yen; needs 6 insured months and the "
        "common conditions (`lump_sum_withdrawal_eligible`). The period is the year of the claim."
    )
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115"

    def formula(person, period):
        rate = np.round(person("lump_sum_withdrawal_employees_pension_payment_rate", period).astype(np.float64), 1)
        average = person("lump_sum_average_standard_remuneration", period).astype(np.float64)
        eligible = person("lump_sum_withdrawal_eligible", period) * (rate > 0)
        return where(eligible, round_half_up_yen(average * rate), 0)


class lump_sum_withdrawal_employees_pension_tax(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Income tax withheld from the employees' pension lump sum (脱退一時金の源泉徴収税額, 20.42%)"
    documentation = (
        "20.42 % (income tax 20 % + reconstruction surtax 2.1 % of it) on the whole amount, paid to a "
        "non-resident as Japan-source retirement income; fractions of a yen truncated. It can be refunded "
        "by a return electing retirement-income taxation (退職所得の選択課税): see docs/pensions.md."
    )
    reference = "https://laws.e-gov.go.jp/law/340AC0000000033"

    def formula(person, period, parameters):
        rate = parameters(period).employees_pension.lump_sum_withdrawal.rules.withholding_tax_rate
        gross = person("lump_sum_withdrawal_employees_pension", period).astype(np.float64)
        return floor_to(gross * rate)


class lump_sum_withdrawal_employees_pension_net(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Employees' pension lump sum paid after withholding tax (脱退一時金 手取額)"
    reference = JPS_PAGE

    def formula(person, period):
        return person("lump_sum_withdrawal_employees_pension", period) - person(
            "lump_sum_withdrawal_employees_pension_tax", period
        )
