"""Social insurance premium deduction (社会保険料控除)."""

from openfisca_core.model_api import ADD, YEAR, Variable

from openfisca_japan.entities import Person


class other_social_insurance_premiums_paid(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Other social insurance premiums paid in the calendar year (その他の社会保険料の支払額: 国民健康保険料・介護保険料・後期高齢者医療保険料等)"
    documentation = (
        "Input, in yen: premiums the person paid in the year that the model does not total by calendar year, "
        "namely the municipal premiums assessed per fiscal year (NHI, category-1 nursing care, late-stage "
        "elderly) and premiums paid for family members. Not derived from the model's fiscal-year premiums: "
        "they are paid in municipal instalments whose calendar is not modelled, and the care premium depends "
        "on the resident-tax status, which depends on this deduction of the year before (a chain back in time)."
    )
    reference = "所得税法 第74条 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_74)"
    unit = "currency-JPY"


class social_insurance_premium_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Social insurance premium deduction of the calendar year (社会保険料控除)"
    documentation = (
        "Premiums paid in the calendar year: the employee-insurance premiums deducted from the 12 months' pay "
        "(health, care, child-rearing support levy, employees' pension, employment insurance), the National "
        "Pension premiums of the 12 months, and `other_social_insurance_premiums_paid`. The full amount is "
        "deducted, for the income tax and for the resident tax assessed on the same year."
    )
    reference = (
        "所得税法 第74条; 地方税法 第314条の2第1項第4号 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_74)"
    )
    unit = "currency-JPY"

    def formula(person, period):
        return (
            person("social_insurance_premiums_employee", period, options=[ADD])
            + person("national_pension_premium", period, options=[ADD])
            + person("other_social_insurance_premiums_paid", period)
        )
