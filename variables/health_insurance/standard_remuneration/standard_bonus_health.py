"""Standard bonus of health insurance (健康保険 標準賞与額, 健康保険法 第45条).

The bonus truncated to 1,000 yen, within the annual cap of 5.73 million yen per fiscal year (April to March).
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class standard_bonus_health(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Standard bonus for health insurance (健康保険 標準賞与額)"
    documentation = (
        "Bonus truncated to 1,000 yen, limited so that the standard bonuses of the fiscal year (April to "
        "March) total at most 5.73 million yen: bonuses paid earlier in the same fiscal year count. Also the "
        "base of the nursing-care premium and of the child-rearing support levy on bonuses."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_45"

    def formula(person, period, parameters):
        cap = parameters(period).health_insurance.standard_remuneration.annual_bonus_cap
        months_since_april = (period.start.month - 4) % 12
        earlier = sum(
            (person("bonus_truncated", period.offset(-k, MONTH)) for k in range(1, months_since_april + 1)),
            start=np.zeros(person.count),
        )
        room = np.maximum(cap - earlier, 0)
        return np.minimum(person("bonus_truncated", period), room)
