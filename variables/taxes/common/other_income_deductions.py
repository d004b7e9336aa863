"""Income deductions not modelled, as inputs (その他の所得控除)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class other_income_deductions_income_tax(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Other income deductions of the income tax, not modelled (その他の所得控除: 生命保険料・地震保険料・医療費控除等)"
    documentation = (
        "Input, in yen: life and earthquake insurance premium deductions, medical expense deduction, small "
        "enterprise mutual aid (iDeCo), disability, widow, single-parent and working-student deductions, etc., "
        "as computed for the income tax."
    )
    reference = "所得税法 第72条〜第87条 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_87)"
    unit = "currency-JPY"


class other_income_deductions_resident_tax(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Other income deductions of the resident tax, not modelled (その他の所得控除 住民税)"
    documentation = (
        "Input, in yen, for the resident tax assessed on this income year (e.g. life insurance premium "
        "deduction capped at 70,000, earthquake insurance at 25,000)."
    )
    reference = "地方税法 第314条の2 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_2)"
    unit = "currency-JPY"
