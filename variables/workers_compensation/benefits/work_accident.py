"""The injury or illness for which a person is off work, and how long it has been treated (災害の種類・療養期間).

Work injuries (業務災害), multiple-job injuries (複数業務要因災害, since 2020-09-01) and commuting injuries
(通勤災害) give the same amounts; only work injuries oblige the employer to pay the 3 waiting days
(労働基準法76条)."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import WorkAccidentType

LAW = "https://laws.e-gov.go.jp/law/322AC0000000050"


class work_accident_type(Variable):
    value_type = Enum
    possible_values = WorkAccidentType
    default_value = WorkAccidentType.none
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Kind of injury or illness for which the person is off work (災害の種類)"
    reference = f"{LAW}#Mp-At_7"


class months_since_treatment_start(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Months since treatment of the injury began (療養開始後の月数)"
    reference = f"{LAW}#Mp-At_8_2"
    unit = "month"
