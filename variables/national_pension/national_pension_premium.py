"""National Pension premium of category 1 (国民年金保険料), 国民年金法 第87条 and the payable shares of the partial
exemptions (第90条の2)."""

from openfisca_core.model_api import MONTH, Variable, select

from openfisca_japan.entities import Person
from openfisca_japan.enums import NationalPensionExemption
from openfisca_japan.law.national_pension import is_category_1
from openfisca_japan.law.rounding import round_half_up_to


class national_pension_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "National Pension premium owed for the month (国民年金保険料 月額)"
    documentation = (
        "Category 1 only: the monthly premium of the fiscal year (NPA art. 87), times the share payable under "
        "a partial exemption rounded to 10 yen (1/4, 1/2, 3/4); 0 under full exemption, student deferment or "
        "maternity exemption; 0 for categories 2 and 3. Fiscal years from FY2019; FY2027 not published "
        "in the sources used (ParameterNotFound)."
    )
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_87", "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_90_2"]
    unit = "currency-JPY"

    def formula(person, period, parameters):
        premium = parameters(period).national_pension.premium
        exemption = person("national_pension_exemption", period)
        share = select(
            [
                exemption == NationalPensionExemption.none,
                exemption == NationalPensionExemption.three_quarter,
                exemption == NationalPensionExemption.half,
                exemption == NationalPensionExemption.quarter,
            ],
            [
                1.0,
                premium.payable_share.three_quarter_exemption,
                premium.payable_share.half_exemption,
                premium.payable_share.quarter_exemption,
            ],
            default=0.0,
        )
        return is_category_1(person, period) * round_half_up_to(premium.monthly_amount * share, 10)
