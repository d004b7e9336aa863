"""Employer establishment inputs (適用事業所)."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer
from openfisca_japan.enums import EmploymentInsuranceIndustry, HealthInsurer, Prefecture


class employer_prefecture(Variable):
    value_type = Enum
    possible_values = Prefecture
    default_value = Prefecture.tokyo
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Prefecture of the establishment (事業所所在地の都道府県)"
    documentation = "Sets the Kyokai Kenpo prefectural rate (都道府県単位保険料率). Defaults to Tokyo."


class health_insurer(Variable):
    value_type = Enum
    possible_values = HealthInsurer
    default_value = HealthInsurer.none
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Health insurer of the establishment (保険者)"
    documentation = "Defaults to none: a person without an employer group has no employee health insurance."


class health_insurance_society_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Health insurance society's premium rate, employer + employee (健康保険組合の保険料率)"
    documentation = "A fraction: 0.092 for 92/1000. Used when `health_insurer` is health_insurance_society."


class employment_insurance_industry(Variable):
    value_type = Enum
    possible_values = EmploymentInsuranceIndustry
    default_value = EmploymentInsuranceIndustry.general
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Industry class for employment insurance (雇用保険の事業の種類)"


class employee_count(Variable):
    value_type = int
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Number of insured persons of the employer (被保険者数)"
    documentation = "Used for the short-time worker coverage (特定適用事業所: 51 or more since October 2024)."
