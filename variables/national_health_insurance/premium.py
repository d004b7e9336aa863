"""National Health Insurance premium of a household for a fiscal year (国民健康保険料).

Period: a fiscal year, April to March, written `year:2025-04` (FY2025 = 令和7年度). The premium is the sum of
its portions (variables/national_health_insurance/portions/), each computed by
`openfisca_japan.law.national_health_insurance.nhi_portion`.
"""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household


class national_health_insurance_premium(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    unit = "currency-JPY"
    label = "National Health Insurance premium of the household for the fiscal year (国民健康保険料 年額)"
    documentation = (
        "Sum of the medical, elderly-support, nursing-care and child-support portions. Period: fiscal year "
        "`year:YYYY-04` (April–March); income of the previous calendar year; household input `municipality`."
    )
    reference = "国民健康保険法 第76条; 国民健康保険法施行令 第29条の7 (https://laws.e-gov.go.jp/law/333AC0000000192)"

    def formula(household, period):
        return (
            household("national_health_insurance_premium_medical", period)
            + household("national_health_insurance_premium_elderly_support", period)
            + household("national_health_insurance_premium_nursing_care", period)
            + household("national_health_insurance_premium_child_support", period)
        )
