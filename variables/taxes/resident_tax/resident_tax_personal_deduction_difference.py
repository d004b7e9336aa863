"""Sum of the personal deduction differences of the adjustment deduction (人的控除額の差の合計額)."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, select

from openfisca_japan.entities import Household, Person
from openfisca_japan.law.taxes import age_on_31_december


class resident_tax_personal_deduction_difference(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Sum of the personal deduction differences listed by the law (調整控除の人的控除額の差の合計額)"
    documentation = (
        "50,000 (basic) + the listed amounts for the spouse deduction and for each dependant (general 50,000, "
        "specific 180,000, elderly 100,000, cohabiting lineal ascendant 130,000). None for the spouse special "
        "deduction from FY2026 and none for the specific relative special deduction; for FY2021-FY2025 a spouse "
        "special deduction with a spouse income under 550,000 has a listed amount that is not encoded: refused."
    )
    reference = "地方税法 第314条の6第1号イ, 第37条第1号イ (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_6)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(f"{period.start.year + 1}-01-01").taxes.resident_tax
        diff = p.adjustment_deduction.differences
        ages = parameters(period.start).taxes.dependant_ages
        own = person("total_income", period)
        special = person("resident_tax_spouse_special_deduction", period) > 0
        if np.any(special * (person("tax_partner_total_income", period) < diff.spouse_special_income_limit)):
            raise ValueError(
                "resident_tax_personal_deduction_difference: the adjustment deduction's listed difference for a spouse "
                "special deduction with a spouse income under 550,000 yen (FY2021-FY2025) is not covered (one "
                "transcription only); give `resident_tax_personal_deduction_difference` as input."
            )
        spouse = person("resident_tax_spouse_deduction", period) > 0
        elderly_spouse = person("resident_tax_spouse_deduction", period) > p.spouse_deduction.general.calc(own)
        spouse_diff = spouse * np.where(elderly_spouse, diff.spouse_elderly.calc(own), diff.spouse_general.calc(own))
        age = age_on_31_december(person, period)
        member = person.has_role(Household.CHILD) + person.has_role(Household.OTHER)
        dependant = member * person("is_claimed_as_tax_dependant", period) * (own <= p.dependant_income_limit)
        cohabiting = person("is_cohabiting_lineal_ascendant", period)
        each = dependant * select(
            [age < ages.minimum, age >= ages.elderly, (age >= ages.specific_from) * (age < ages.specific_until)],
            [0, diff.dependant_cohabiting_lineal_ascendant * cohabiting + diff.dependant_elderly * ~cohabiting, diff.dependant_specific],
            diff.dependant_general,
        )
        dependants = person("is_main_taxpayer", period) * person.household.sum(each)
        return diff.basic + spouse_diff + dependants
