"""Exemption of the months around childbirth (産前産後期間の保険料の免除), from January 2024."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import month_index


class nhi_perinatal_exemption(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Month exempt from the member's NHI income-based and per-capita amounts around childbirth (産前産後期間)"
    documentation = (
        "From the month before the month of (expected) childbirth for 4 months; multiple birth: from 3 months before "
        "for 6 months. Reads `childbirth_date` and `multiple_birth`. From January 2024."
    )
    reference = "国民健康保険法施行令 (令和6年1月施行の産前産後減額); https://www.city.ashiya.lg.jp/josei/kokuho_sanzensangogenmen.html"

    def formula(person, period, parameters):
        p = parameters(period.start).national_health_insurance.perinatal_exemption
        birth = person("childbirth_date", period)
        birth_month = month_index(birth)
        month = (period.start.year - 1970) * 12 + period.start.month - 1
        before = np.where(person("multiple_birth", period), p.months_before_multiple, p.months_before_single)
        has_birth = birth > np.datetime64("1900-01-01")
        return has_birth & (month >= birth_month - before) & (month <= birth_month + p.months_after)
