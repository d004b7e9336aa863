"""Insurer and prefecture of the job that was left (資格喪失前の保険者・事業所), which set the cap and the rate of a voluntary
continued insured person (健康保険法 第47条, 第160条)."""

from openfisca_core.model_api import ETERNITY, Enum, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsurer, PrefectureOfResidence


class former_health_insurer(Variable):
    value_type = Enum
    possible_values = HealthInsurer
    default_value = HealthInsurer.kyokai_kenpo
    entity = Person
    definition_period = ETERNITY
    label = "Insurer of the job that was left (資格喪失前の保険者)"
    reference = "健康保険法 第3条第4項, 第47条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_47)"


class former_employer_prefecture(Variable):
    value_type = Enum
    possible_values = PrefectureOfResidence
    default_value = PrefectureOfResidence.not_given
    entity = Person
    definition_period = ETERNITY
    label = "Prefecture of the establishment that was left (資格喪失前の事業所の都道府県)"
    documentation = "Sets the Kyokai Kenpo rate of a voluntary continued insured person (no default: refused if not given)."
    reference = "健康保険法 第160条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_160)"
