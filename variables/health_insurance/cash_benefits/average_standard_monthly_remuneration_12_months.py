"""Average standard monthly remuneration of the last 12 insured months (直近12か月の標準報酬月額の平均, 健康保険法 第99条第2項)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class average_standard_monthly_remuneration_12_months(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Average standard monthly remuneration of the last 12 insured months (直近12か月の標準報酬月額の平均)"
    documentation = (
        "Average of `standard_monthly_remuneration_health` over the continuous insured months (at most 12) up "
        "to and including the month. Can be input."
    )
    reference = "健康保険法 第99条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period):
        count = person("insured_months_before_allowance", period)
        total = np.zeros(person.count)
        for back in range(12):
            smr = person("standard_monthly_remuneration_health", period.offset(-back))
            total = total + np.where(back < count, smr, 0)
        return np.where(count > 0, total / np.maximum(count, 1), 0)
