"""Days covered by the childbirth allowance (出産手当金の支給期間, 健康保険法 第102条第1項): 42 days before childbirth (98 for a
multiple pregnancy), the days by which the birth was late, and 56 days after."""

import numpy as np
from openfisca_core.model_api import ETERNITY, Variable

from openfisca_japan.entities import Person


class is_multiple_pregnancy(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Multiple pregnancy (多胎妊娠)"
    reference = "健康保険法 第102条第1項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102)"


class days_birth_after_due_date(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    unit = "day"
    label = "Days by which the birth was later than the expected date (出産予定日より遅れた日数)"
    reference = "健康保険法 第102条第1項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102)"


class childbirth_allowance_maximum_days(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    unit = "day"
    label = "Days covered by the childbirth allowance (出産手当金の支給対象日数)"
    documentation = "42 days before (98 for a multiple pregnancy) plus the days the birth was late, plus 56 days after."
    reference = "健康保険法 第102条第1項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102)"

    def formula(person, period, parameters):
        p = parameters("2024-04-01").health_insurance.cash_benefits.childbirth
        before = np.where(person("is_multiple_pregnancy", period), p.allowance_days_before_multiple, p.allowance_days_before)
        return before + person("days_birth_after_due_date", period) + p.allowance_days_after
