"""Industry class of the business for employment insurance rates (雇用保険料率の事業の種類, 労働保険の保険料の徴収等に関する法律
第12条第4項)."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer
from openfisca_japan.enums import EmploymentInsuranceIndustry


class employment_insurance_industry(Variable):
    value_type = Enum
    possible_values = EmploymentInsuranceIndustry
    default_value = EmploymentInsuranceIndustry.general
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Industry class for employment insurance (雇用保険の事業の種類)"
    reference = "労働保険の保険料の徴収等に関する法律 第12条第4項 (https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_12)"
