"""Month of the 75th birthday in which a person joins late-stage elderly care (75歳到達月の特例, 健康保険法施行令 第41条第4項):
the limits of the month are halved individually."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import birth_dates


class is_late_stage_transfer_month(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Month of the 75th birthday in which the person joins late-stage elderly care, birthday not the 1st (75歳到達月)"
    documentation = (
        "Late-stage insured at the end of the month, the 75th birthday (from `birth_date`) falls in the month and "
        "is not the 1st, not already late-stage by a disability certification. Limits are then halved individually."
    )
    reference = "健康保険法施行令 第41条第4項 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"

    def formula(person, period, parameters):
        age_limit = int(parameters(period).employee_insurance_coverage.late_stage_elderly_age)
        birth = birth_dates(person, period)
        birth_month = birth.astype("datetime64[M]")
        this_month = (period.start.year - 1970) * 12 + period.start.month - 1
        reaches_in_month = birth_month.astype(int) + age_limit * 12 == this_month
        not_on_first = (birth - birth_month.astype("datetime64[D]")).astype(int) > 0
        return (
            person("is_late_stage_elderly_insured", period) * reaches_in_month * not_on_first
            * ~person("late_stage_elderly_disability_certified", period)
        )
