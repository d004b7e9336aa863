"""Family-care leave benefit (介護休業給付金), 雇用保険法 第61条の4."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116#Mp-At_61_4"


class family_care_leave_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Family-care leave benefit for the unit period (介護休業給付金)"
    documentation = (
        "Wage daily amount at the start of leave × days × 67 %, truncated, up to 93 days per family member in "
        "up to 3 spells; reduced for wages paid (13 % / 80 %); needs 12 insured months in the 2 years before."
    )
    reference = LAW
    unit = "currency-JPY"

    def formula(person, period, parameters):
        benefits = parameters(period).employment_insurance.benefits
        p = benefits.family_care_leave
        days = np.clip(
            p.maximum_days - person("family_care_leave_days_before_period", period), 0,
            person("family_care_leave_days", period),
        )
        daily = person("family_care_leave_wage_daily_amount", period).astype(np.float64)
        benefit = floor_to(daily * days * p.rate)
        wages = person("wages_paid_during_family_care_leave", period)
        cut = floor_to(np.maximum(p.wage_paid_ceiling_ratio * daily * days - wages, 0))
        benefit = where(wages <= p.wage_paid_full_ratio * daily * days, benefit, np.minimum(benefit, cut))
        eligible = (person("insured_months_last_2_years", period) >= benefits.basic_allowance.eligibility.general_months) & (
            person("family_care_leave_spell", period) <= p.maximum_spells
        )
        return where(eligible, benefit, 0)
