"""The leaving that opens a claim: its reason (離職理由) and the age on the day of leaving (基準日の年齢), 雇用保険法 第17条・第23条."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import JobLeavingReason

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class job_leaving_reason(Variable):
    value_type = Enum
    possible_values = JobLeavingReason
    default_value = JobLeavingReason.not_left
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Reason for leaving the last job (離職理由)"
    reference = f"{LAW}#Mp-At_23"


class age_on_leaving(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Age on the day of leaving (離職の日における年齢, 基準日)"
    documentation = "Defaults to `age` of the month computed."
    reference = f"{LAW}#Mp-At_17"
    unit = "year"

    def formula(person, period):
        return person("age", period)
