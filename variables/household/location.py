"""Where a household lives (住所): its prefecture, as given."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Household
from openfisca_japan.enums import PrefectureOfResidence


class prefecture(Variable):
    value_type = Enum
    possible_values = PrefectureOfResidence
    default_value = PrefectureOfResidence.not_given
    entity = Household
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Prefecture of residence (住所地の都道府県)"
    reference = "地方自治法 第10条 (住民) (https://laws.e-gov.go.jp/law/322AC0000000067#Mp-At_10)"
    documentation = (
        "An input; `not_given` by default (no silent default): the law reads `residence_prefecture`, which is this "
        "input, or the prefecture of `municipality_code` / `municipality_name`, or that of the modelled `municipality`."
    )
