"""Months as a category-1 insured person in a fiscal year (第1号被保険者の月数)."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.municipalities import fiscal_year_months


class nursing_care_category_1_months(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    unit = "month"
    label = "Months as category-1 insured person in the fiscal year (第1号被保険者の月数)"
    documentation = "From the month in which 65 is attained (the day before the 65th birthday). Residence is assumed."
    reference = "介護保険法 第9条第1号, 第130条 (月割) (https://laws.e-gov.go.jp/law/409AC0000000123)"

    def formula(person, period):
        return np.sum([person("age", m) >= 65 for m in fiscal_year_months(period)], axis=0)
