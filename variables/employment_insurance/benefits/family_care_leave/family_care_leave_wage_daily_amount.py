"""Wage daily amount at the start of family-care leave (介護休業 休業開始時賃金日額), 雇用保険法 第61条の4第4項."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.employment_benefits import wage_daily_amount

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_61_4"


class family_care_leave_wage_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wage daily amount at the start of family-care leave (介護休業 休業開始時賃金日額)"
    documentation = (
        "`wages_6_months_before_leave` ÷ 180, truncated, within the lower limit and the 45–59 upper limit of "
        "the wage daily amount (法61条の4第4項)."
    )
    reference = LAW
    unit = "currency-JPY"

    def formula(person, period, parameters):
        limits = parameters(period).employment_insurance.benefits.wage_daily_amount
        return wage_daily_amount(person("wages_6_months_before_leave", period), limits, "age_45_to_59")
