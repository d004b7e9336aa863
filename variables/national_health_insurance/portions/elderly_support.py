"""Late-stage elderly support portion of the NHI premium (後期高齢者支援金等賦課額, 支援分)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household
from openfisca_japan.law.national_health_insurance import nhi_portion


class national_health_insurance_premium_elderly_support(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    unit = "currency-JPY"
    label = "NHI premium, late-stage elderly support portion (国民健康保険料 後期高齢者支援金等分)"
    documentation = "As the medical portion, with the rates of `municipal/<city>/national_health_insurance/elderly_support` and its cap."
    reference = "国民健康保険法施行令 第29条の7第3項 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(household, period, parameters):
        return nhi_portion(household, period, parameters, "elderly_support")
