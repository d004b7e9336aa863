"""Medical portion of the NHI premium (基礎賦課額, 医療分)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household
from openfisca_japan.law.national_health_insurance import nhi_portion


class national_health_insurance_premium_medical(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    unit = "currency-JPY"
    label = "NHI premium, medical portion (国民健康保険料 医療分・基礎賦課額)"
    documentation = (
        "Income rate × assessment bases + reduced per-capita amounts (halved for preschool children) + reduced "
        "per-household amount (特定世帯 share), capped, by the month; municipal rates of `municipal/<city>/"
        "national_health_insurance/medical`."
    )
    reference = "国民健康保険法施行令 第29条の7第2項 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(household, period, parameters):
        return nhi_portion(household, period, parameters, "medical")
