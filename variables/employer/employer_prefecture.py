"""Prefecture of the establishment (事業所所在地の都道府県), which sets the Kyokai Kenpo prefectural rate (都道府県単位保険料率,
健康保険法 第160条)."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer
from openfisca_japan.enums import PrefectureOfResidence


class employer_prefecture(Variable):
    value_type = Enum
    possible_values = PrefectureOfResidence
    default_value = PrefectureOfResidence.not_given
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Prefecture of the establishment (事業所所在地の都道府県)"
    documentation = (
        "Sets the Kyokai Kenpo prefectural rate (都道府県単位保険料率). No default prefecture: a Kyokai Kenpo "
        "insured person whose employer has none is refused (the rate would otherwise be another prefecture's)."
    )
    reference = "健康保険法 第160条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_160)"
