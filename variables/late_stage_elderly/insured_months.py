"""Months insured by late-stage elderly medical care in a fiscal year (後期高齢者医療の被保険者月数)."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.municipalities import fiscal_year_months


class late_stage_elderly_months(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    unit = "month"
    label = "Months insured by late-stage elderly medical care in the fiscal year (後期高齢者医療の被保険者月数)"
    documentation = "Months of the fiscal year (`year:YYYY-04`) in which `is_late_stage_elderly_insured` is true."
    reference = "高齢者の医療の確保に関する法律 第52条, 第104条 (https://laws.e-gov.go.jp/law/357AC0000000080)"

    def formula(person, period):
        return np.sum([person("is_late_stage_elderly_insured", m) for m in fiscal_year_months(period)], axis=0)
