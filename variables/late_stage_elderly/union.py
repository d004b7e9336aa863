"""The late-stage elderly union of a person (後期高齢者医療広域連合): one per prefecture."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.late_stage_elderly import union_of_prefecture


class late_stage_elderly_union(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    unit = "count"
    label = "Prefecture of the late-stage elderly union, as a Prefecture index (後期高齢者医療広域連合)"
    documentation = (
        "The union of the household's `prefecture` (given, or found from `municipality_code`, `municipality_name` or "
        "the modelled `municipality`), in the first month of the fiscal year. The value is the index of the "
        "prefecture in the `Prefecture` enum; -1 when the household has no prefecture (the premium then raises a "
        "clear error for the insured persons)."
    )
    reference = "高齢者の医療の確保に関する法律 第48条 (https://laws.e-gov.go.jp/law/357AC0000000080#Mp-At_48)"

    def formula(person, period):
        return union_of_prefecture(person.household("residence_prefecture", period.first_month))
