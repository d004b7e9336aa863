"""Absence compensation paid by the employer for the 3 waiting days of a work injury (休業補償), 労働基準法 第76条."""

from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.enums import WorkAccidentType
from openfisca_japan.law.rounding import round_half_up_yen


class employer_absence_compensation(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Absence compensation paid by the employer for the waiting days of a work injury (労働基準法76条 休業補償)"
    documentation = (
        "60 % of the average wage for each of the first 3 days of absence, for work injuries only (not "
        "commuting or multiple-job injuries); rounded to the yen (half up)."
    )
    reference = "https://laws.e-gov.go.jp/law/322AC0000000049#Mp-At_76"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        rate = parameters(period).workers_compensation.absence.employer_compensation_rate
        work = person("work_accident_type", period) == WorkAccidentType.work_injury
        amount = round_half_up_yen(rate * person("average_wage", period) * person("work_absence_waiting_days", period))
        return where(work, amount, 0)
