"""Before compulsory school entry (義務教育就学前, 健康保険法 第110条第2項第1号ロ): until the first 31 March after reaching 6."""

import numpy as np
from openfisca_core import periods
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class is_before_school_entry(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Before compulsory school entry: until the first 31 March after reaching 6 (義務教育就学前)"
    documentation = (
        "Age attained by 31 March before the school year of the month is under 6. Only children aged 6 in "
        "the month need the earlier age: give `birth_date`, or `age` for both months; inconsistent ages raise "
        "an error."
    )
    reference = "健康保険法 第110条第2項第1号ロ (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_110)"

    def formula(person, period, parameters):
        entry_age = parameters(period).health_insurance.copayment.ages.school_entry
        age = person("age", period)
        school_year = period.start.year if period.start.month >= 4 else period.start.year - 1
        age_31_march = person("age", periods.period(f"{school_year}-03"))
        ambiguous = age == entry_age
        if np.any(ambiguous * ((age - age_31_march < 0) + (age - age_31_march > 1))):
            raise ValueError(
                "is_before_school_entry: the age of a 6-year-old in the month and at the previous 31 March "
                "are inconsistent; give `birth_date` instead of `age` (or `is_before_school_entry` directly)."
            )
        return (age < entry_age) + ambiguous * (age_31_march < entry_age)
