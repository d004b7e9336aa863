"""Disability basic pension (障害基礎年金), 国民年金法 第33条・第33条の2."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, max_, min_, select

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import round_half_up_yen


class disability_pension_grade(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Disability grade of the disability basic pension, 0 if none (障害等級 1級・2級)"
    documentation = "1 or 2 when a disability basic pension is awarded (contribution conditions met); 0 otherwise."
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_30"
    unit = "count"


class disability_pension_eligible_children(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Children giving the child addition (加算対象の子の数)"
    documentation = (
        "Unmarried children maintained by the recipient, until the 31 March after turning 18, or under 20 "
        "with a grade 1 or 2 disability."
    )
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_33_2"
    unit = "person"


class disability_basic_pension(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Disability basic pension, annual amount (障害基礎年金の年金額)"
    documentation = (
        "Grade 2: the full old-age basic amount of the person's cohort; grade 1: 1.25 times it (NPA art. 33); "
        "plus the child addition, per child, for the first two and for each further child (art. 33-2). "
        "Raises an error for a grade other than 0, 1, 2."
    )
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_33"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        disability = parameters(period).national_pension.benefits.disability_basic
        grade = person("disability_pension_grade", period)
        if np.any((grade < 0) | (grade > 2)):
            raise ValueError("disability_pension_grade must be 0, 1 or 2")
        full = person("old_age_basic_pension_full_amount", period).astype(np.float64)
        base = select(
            [grade == 1, grade == 2],
            [round_half_up_yen(full * disability.grade_1_ratio), full],
            default=0,
        )
        children = person("disability_pension_eligible_children", period)
        addition = (
            min_(children, 2) * disability.child_addition.first_and_second
            + max_(children - 2, 0) * disability.child_addition.third_and_later
        )
        return (base + addition) * (grade > 0)
