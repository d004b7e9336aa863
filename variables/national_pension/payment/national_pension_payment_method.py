"""Payment method of the National Pension premium (国民年金保険料の納付方法: 毎月・早割・前納), an input."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import NationalPensionPaymentMethod


class national_pension_payment_method(Variable):
    value_type = Enum
    possible_values = NationalPensionPaymentMethod
    default_value = NationalPensionPaymentMethod.monthly
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Payment method of the National Pension premium of the month (国民年金保険料の納付方法)"
    documentation = (
        "The method covering the month: `monthly` (default), `early_account_debit` (早割), or a prepayment "
        "(`six_months_*`, `one_year_*`, `two_years_*`; `_cash` = payment slip or credit card, `_account_debit`). "
        "Give a prepayment for every month it covers (e.g. `year:2025-04` for a one-year prepayment; two "
        "fiscal years for a two-year prepayment)."
    )
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_93"
