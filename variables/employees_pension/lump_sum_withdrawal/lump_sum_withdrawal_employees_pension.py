"""Lump-sum withdrawal payment of the employees' pension (厚生年金保険の脱退一時金, 厚生年金保険法 附則第29条), and the
20.42 % income tax withheld from it."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to, round_half_up_yen

JPS_PAGE = "https://www.nenkin.go.jp/service/jukyu/tetsuduki/sonota-kyufu/20140710.html"


class lump_sum_withdrawal_employees_pension(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Lump-sum withdrawal payment of the employees' pension, before tax (厚生年金保険の脱退一時金 支給額)"
    documentation = (
        "Average standard remuneration × payment rate, rounded to the yen; needs 6 insured months and the "
        "common conditions (`lump_sum_withdrawal_eligible`). The period is the year of the claim."
    )
    reference = ["https://laws.e-gov.go.jp/law/329AC0000000115 (厚生年金保険法 附則第29条)", JPS_PAGE]
    unit = "currency-JPY"

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
    unit = "currency-JPY"

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
    unit = "currency-JPY"

    def formula(person, period):
        return person("lump_sum_withdrawal_employees_pension", period) - person(
            "lump_sum_withdrawal_employees_pension_tax", period
        )
