"""Bill 3 of a person's month (レセプト): its cost, its setting and whether it treats the person's specified disease
(高額療養費の算定単位, 健康保険法施行令 第41条第1項). See `openfisca_japan.law.health_insurance_bills`."""

from openfisca_core.model_api import MONTH, Enum, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import MedicalBillSetting

REFERENCE = "健康保険法施行令 第41条第1項 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"


class medical_bill_cost_3(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Cost at 10/10 of the person's bill 3 of the month: one provider, medical or dental, inpatient or outpatient (レセプト3 の医療費)"
    documentation = (
        "One bill: one provider (hospital, clinic, dentist), medical and dental apart, inpatient and outpatient apart; "
        "a pharmacy's prescriptions go with the bill of the provider that wrote them. Give up to 6 bills; then "
        "`medical_expenses` and `outpatient_medical_expenses` default to their sums. Without bills, "
        "`medical_expenses` is taken as two bills (its inpatient and outpatient parts)."
    )
    reference = REFERENCE


class medical_bill_setting_3(Variable):
    value_type = Enum
    possible_values = MedicalBillSetting
    default_value = MedicalBillSetting.inpatient
    entity = Person
    definition_period = MONTH
    label = "Inpatient or outpatient care, bill 3 (レセプト3 の入院・外来の別)"
    documentation = "Outpatient bills enter the outpatient limit of persons aged 70 and over (外来特例). Default: inpatient."
    reference = REFERENCE


class medical_bill_specified_disease_3(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Bill 3 treats the person's specified disease, with the certificate (レセプト3 は特定疾病療養)"
    documentation = "Capped at the 特定疾病 limit at the window; set `specified_disease_treatment` too."
    reference = "健康保険法施行令 第41条第9項 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"
