"""Child-rearing support levy portion of the NHI premium, from FY2026 (子ども・子育て支援納付金賦課額)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household
from openfisca_japan.law.national_health_insurance import nhi_portion


class national_health_insurance_premium_child_support(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    unit = "currency-JPY"
    label = "NHI premium, child-rearing support levy portion, from FY2026 (国民健康保険料 子ども・子育て支援納付金分)"
    documentation = (
        "From FY2026 (0 before: no rates, cap 0). The per-capita amount is waived for members until the fiscal "
        "year of their 18th birthday."
    )
    reference = "国民健康保険法 第76条 (令和6年法律第47号による改正) (https://laws.e-gov.go.jp/law/333AC0000000192)"

    def formula(household, period, parameters):
        return nhi_portion(household, period, parameters, "child_support")
