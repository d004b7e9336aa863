"""Exemption from the Japanese pension schemes of a posted worker (社会保障協定による年金の適用免除)."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class exempt_from_japanese_pension_by_agreement(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Exempt from Japanese pension insurance by a social security agreement (社会保障協定による年金の適用免除)"
    documentation = (
        "Every agreement covers the Japanese pension schemes (national pension and employees' pension), "
        "so every posted worker kept in the home scheme is exempt."
    )
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/kunibetsu/kyoteitimesystem.html"

    def formula(person, period):
        return person("posted_worker_covered_by_home_scheme", period)
