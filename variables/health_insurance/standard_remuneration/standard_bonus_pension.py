"""Standard bonus of employees' pension (厚生年金保険 標準賞与額, 厚生年金保険法 第24条の4).

The bonus truncated to 1,000 yen, at most 1.5 million yen a month.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class standard_bonus_pension(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Standard bonus for employees' pension (厚生年金保険 標準賞与額)"
    documentation = "Bonus paid in the month truncated to 1,000 yen, at most 1.5 million yen a month."
    reference = "https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_24-4"

    def formula(person, period, parameters):
        cap = parameters(period).employees_pension.premiums.monthly_bonus_cap
        return np.minimum(person("bonus_truncated", period), cap)
