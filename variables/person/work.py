"""Work pattern inputs (就労の状況)."""

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


class weekly_working_hours(Variable):
    value_type = float
    default_value = 40.0
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Contractual weekly working hours (週所定労働時間)"
    documentation = "Defaults to 40 hours, a full-time worker."


class full_time_weekly_hours(Variable):
    value_type = float
    default_value = 40.0
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Weekly hours of a full-time worker at the same employer (通常の労働者の週所定労働時間)"
    documentation = "The reference for the 3/4 rule (4分の3基準) of employee insurance coverage."


class expected_employment_months(Variable):
    value_type = float
    default_value = 120.0
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Expected length of employment, in months (雇用見込期間)"
    documentation = "Defaults to 120 months: an employment without a fixed term."


class is_student(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Is a day-time student (学生)"
