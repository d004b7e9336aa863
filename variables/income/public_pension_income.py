"""Public pension receipts and the miscellaneous income from public pensions (公的年金等の収入金額・雑所得)."""

import numpy as np
from openfisca_core import periods
from openfisca_core.model_api import MONTH, YEAR, Variable, max_, where

from openfisca_japan.entities import Person


class public_pension_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Public pension receipts of the calendar year (公的年金等の収入金額)"
    documentation = "Taxable public pensions received in the calendar year (old-age pensions; not disability or survivors' pensions), in yen."
    reference = "所得税法 第35条第3項 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_35)"


class public_pension_miscellaneous_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Miscellaneous income from public pensions (公的年金等に係る雑所得)"
    documentation = "Public pension receipts less the public pension deduction; age is the age on 31 December of the year."
    reference = "所得税法 第35条第4項; 租税特別措置法 第41条の15の3 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_35)"

    def formula(person, period, parameters):
        pension = person("public_pension_income", period).astype(np.float64)
        p = parameters(period.start).income.public_pension_deduction
        december = periods.Period((MONTH, period.start.offset(11, MONTH), 1))  # age on 31 December
        elderly = person("age", december) >= p.elderly_age
        other_income = person("employment_income_before_adjustment", period) + person("business_and_other_income", period)
        deduction = where(
            elderly,
            p.aged_65_or_over.minimum + p.aged_65_or_over.rates.calc(pension),
            p.under_65.minimum + p.under_65.rates.calc(pension),
        ) - p.other_income_reduction.calc(other_income)
        return max_(pension - deduction, 0)
