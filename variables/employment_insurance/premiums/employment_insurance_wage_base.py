"""Wages on which the employment insurance premium of month M is due (雇用保険料の算定基礎となる賃金).

The base is the wages actually paid, bonuses included (労働保険徴収法 第11条). Until FY2019 the wages of insured
persons aged 64 or over on 1 April of the fiscal year were exempt (高年齢労働者の保険料免除, ended 31 March 2020).
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class employment_insurance_wage_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages of the month on which employment insurance is due, without bonus (雇用保険料の賃金)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_11"
    unit = "currency-JPY"

    def formula(person, period):
        return np.where(person("is_employment_insurance_insured", period), person("monthly_wage", period), 0)


class employment_insurance_bonus_base(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Bonus of the month on which employment insurance is due (雇用保険料の賞与)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_11"
    unit = "currency-JPY"

    def formula(person, period):
        return np.where(person("is_employment_insurance_insured", period), person("bonus", period), 0)
