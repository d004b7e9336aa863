"""Nursing-care portion of the NHI premium, members aged 40–64 (介護納付金賦課額, 介護分)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household
from openfisca_japan.law.national_health_insurance import nhi_portion


class national_health_insurance_premium_nursing_care(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    unit = "currency-JPY"
    label = "NHI premium, nursing-care portion for members aged 40–64 (国民健康保険料 介護納付金分)"
    documentation = (
        "Levied for the months in which a member is a category-2 insured person of nursing care (40 to 64); no "
        "preschool reduction and no 特定世帯 reduction of the per-household amount."
    )
    reference = "国民健康保険法施行令 第29条の7第4項; 介護保険法 第9条第2号 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(household, period, parameters):
        return nhi_portion(household, period, parameters, "nursing_care")
