"""National Pension premium paid in a month by the chosen method (国民年金保険料の納付額: 毎月・早割・前納)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, select, where

from openfisca_japan.entities import Person
from openfisca_japan.enums import NationalPensionPaymentMethod as Method
from openfisca_japan.law.national_pension import pays_full_premium

PREPAYMENTS = [m.index for m in Method if m.name.startswith(("six_months", "one_year", "two_years"))]


def _payment_of_the_month(person, period, method, prepayment):
    """The prepayment (or early debit) amount due in this month, 0 in the other months a prepayment covers."""
    month = period.start.month
    half_year_start = month in (4, 10)
    two_years = person("national_pension_two_year_prepayment_month", period)
    return select(
        [
            method == Method.early_account_debit,
            (method == Method.six_months_cash) * half_year_start,
            (method == Method.six_months_account_debit) * half_year_start,
            (method == Method.one_year_cash) * (month == 4),
            (method == Method.one_year_account_debit) * (month == 4),
            (method == Method.two_years_cash) * two_years,
            (method == Method.two_years_account_debit) * two_years,
        ],
        [
            prepayment.early_account_debit,
            prepayment.cash.six_months,
            prepayment.account_debit.six_months,
            prepayment.cash.one_year,
            prepayment.account_debit.one_year,
            prepayment.cash.two_years,
            prepayment.account_debit.two_years,
        ],
        0,
    )


class national_pension_premium_paid(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "National Pension premium paid in the month by the chosen method (国民年金保険料の納付額)"
    documentation = (
        "Monthly: `national_pension_premium`. Early debit (早割): the discounted monthly amount. Prepayment: the "
        "published amount in the month it is paid (April; October for the second six months; every second April "
        "for consecutive two-year prepayments) and 0 in the other months it covers. Only for a category 1 "
        "person owing the full premium in the month; otherwise (partial exemption: 毎月納付のみ) the month's "
        "premium. A change of status after a prepayment (refund, 還付) and prepayments started during the "
        "fiscal year (since March 2024) are not modelled. The add-on premium is `national_pension_additional_premium`."
    )
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_93", "https://www.nenkin.go.jp/service/kokunen/hokenryo/zenno.html"]
    unit = "currency-JPY"

    def formula(person, period, parameters):
        method = person("national_pension_payment_method", period)
        premium = person("national_pension_premium", period)
        if np.all(method == Method.monthly):
            return premium
        prepayment = parameters(period).national_pension.premium.prepayment
        discounted = (method == Method.early_account_debit) + np.isin(method, PREPAYMENTS)
        paid = _payment_of_the_month(person, period, method, prepayment)
        return where(discounted * pays_full_premium(person, period), paid, premium)
