"""Standard monthly remuneration of a voluntary continued insured person (任意継続被保険者の標準報酬月額, 健康保険法 第47条): the
lower of the one at the loss of coverage and the Kyokai Kenpo cap of the fiscal year."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsurer


class standard_monthly_remuneration_at_loss(Variable):
    value_type = float
    entity = Person
    definition_period = ETERNITY
    unit = "currency-JPY"
    label = "Standard monthly remuneration at the loss of coverage (資格喪失時の標準報酬月額)"
    reference = "健康保険法 第47条第1号 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_47)"


class voluntary_continuation_standard_monthly_remuneration(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Standard monthly remuneration of a voluntary continued insured person (任意継続被保険者の標準報酬月額)"
    documentation = (
        "The lower of the standard monthly remuneration at the loss and the Kyokai Kenpo cap of the fiscal "
        "year (April–March), which also applies to people already voluntary insured."
    )
    reference = "健康保険法 第47条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_47)"

    def formula(person, period, parameters):
        cap = parameters(period).health_insurance.voluntary_continuation.kyokai_kenpo_standard_remuneration_cap
        own = person("standard_monthly_remuneration_at_loss", period)
        voluntary = person("is_voluntary_continued_insured", period)
        if np.any(voluntary * (own <= 0)):
            raise ValueError(
                "voluntary continuation: give `standard_monthly_remuneration_at_loss` (the standard monthly "
                "remuneration at the loss of coverage) for every voluntary continued insured person."
            )
        kyokai = person("former_health_insurer", period) == HealthInsurer.kyokai_kenpo
        return np.where(voluntary, np.where(kyokai, np.minimum(own, cap), own), 0)
