"""Work status in the month (就業状態), an input of the coverage rules."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import EmploymentStatus


class employment_status(Variable):
    value_type = Enum
    possible_values = EmploymentStatus
    default_value = EmploymentStatus.employee
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Work status in the month (就業状態)"
    documentation = "Employees (適用事業所に使用される者) are insured by the employee schemes; others by National Health Insurance and National Pension."
    reference = "健康保険法 第3条第1項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"
