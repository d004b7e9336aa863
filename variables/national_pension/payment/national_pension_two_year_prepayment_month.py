"""Month in which a two-year prepayment is paid (2年前納の納付月)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import NationalPensionPaymentMethod

TWO_YEARS = [NationalPensionPaymentMethod.two_years_cash.index, NationalPensionPaymentMethod.two_years_account_debit.index]


class national_pension_two_year_prepayment_month(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "A two-year prepayment of the National Pension premium is paid in the month (2年前納の納付月)"
    documentation = (
        "April of a month whose method is a two-year prepayment, unless it is covered by the prepayment paid the "
        "April before: in a run of consecutive Aprils with a two-year prepayment, the first, third, fifth... pay."
    )
    reference = "https://www.nenkin.go.jp/service/kokunen/hokenryo/zenno.html"

    def formula(person, period):
        two_years = np.isin(person("national_pension_payment_method", period), TWO_YEARS)
        if period.start.month != 4 or not np.any(two_years):
            return two_years * (period.start.month == 4)
        # Count the consecutive Aprils before with a two-year prepayment (the method is an input: no recursion).
        before = np.zeros(two_years.shape, dtype=np.int32)
        running = two_years.copy()
        april = period
        while np.any(running):
            april = april.offset(-12, "month")
            running = running * np.isin(person("national_pension_payment_method", april), TWO_YEARS)
            before = before + running
        return two_years * (before % 2 == 0)
