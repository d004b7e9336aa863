"""From the month after the month in which one reaches 70 (70歳に達する日の属する月の翌月以後, 健康保険法 第74条第1項第2号)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class is_elderly_for_copayment(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "From the month after the month in which one reaches 70 (70歳に達する日の属する月の翌月以後)"
    documentation = (
        "A person born on the 1st reaches 70 on the last day of the previous month: the 70+ rules apply from "
        "the month of the 70th birthday; otherwise from the month after it. For persons aged 70 in the month "
        "the previous month's age is read (give `birth_date`, or `age` for both months)."
    )
    reference = "健康保険法 第74条第1項第2号 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_74)"

    def formula(person, period, parameters):
        elderly_age = parameters(period).health_insurance.copayment.ages.elderly
        age = person("age", period)
        previous = person("age", period.offset(-1))
        ambiguous = age == elderly_age
        if np.any(ambiguous * ((age - previous < 0) + (age - previous > 1))):
            raise ValueError(
                "is_elderly_for_copayment: the ages of a 70-year-old in the month and in the previous month are "
                "inconsistent; give `birth_date` instead of `age` (or `age` for the previous month too, or "
                "`is_elderly_for_copayment` directly)."
            )
        return (age > elderly_age) + ambiguous * (previous >= elderly_age)
