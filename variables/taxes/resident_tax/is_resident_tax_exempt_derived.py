"""Exemption from the resident tax, both levies (住民税非課税, 均等割・所得割とも非課税)."""

import numpy as np
from openfisca_core import periods
from openfisca_core.model_api import YEAR, Variable, select

from openfisca_japan.entities import Person
from openfisca_japan.law.taxes import age_on_1_january_after, require_resident_tax_year


class is_resident_tax_exempt_derived(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Exempt from the resident tax assessed on the income year, per capita and income levies (住民税非課税)"
    documentation = (
        "Livelihood assistance on 1 January after the income year; a disabled person, minor (under 18 on 1 January after the income year), widow "
        "or single parent with total income up to 1.35 million; or total income at most base × persons + "
        "100,000 (+ addition with a spouse or dependant), base and addition by the municipality's 級地. The "
        "default of `is_resident_tax_exempt`, from the income year 2020. Refuses a person whose answer depends on an "
        "unknown 級地."
    )
    reference = "地方税法 第295条第1項・第3項; 地方税法施行令 第47条の3 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_295)"

    def formula(person, period, parameters):
        require_resident_tax_year(parameters, period, "is_resident_tax_exempt_derived", "is_resident_tax_exempt` or `resident_tax_exempt_household")
        p = parameters(f"{period.start.year + 1}-01-01").taxes.resident_tax.non_taxable
        january = periods.period(f"{period.start.year + 1}-01")
        income = person("total_income", period)
        minor = age_on_1_january_after(person, period) < p.age_of_majority
        special = (person("is_disabled_for_tax", period) + minor + person("is_widow_or_single_parent_for_tax", period)) * (income <= p.special_persons_income_limit)
        size = person("resident_tax_exemption_household_size", period)
        grade = person.household("resident_tax_area_grade", period)
        c = p.per_capita

        def exempt_in(g):
            return income <= c.base_per_person[g] * size + c.fixed + c.addition_with_dependants[g] * (size > 1)

        by_grade = select([grade == 2, grade == 3], [exempt_in("grade_2"), exempt_in("grade_3")], exempt_in("grade_1"))
        assisted = person("receives_public_assistance", january)
        undecided = (grade == 0) * (exempt_in("grade_1") != exempt_in("grade_3")) * ~special * ~assisted
        if np.any(undecided):
            raise ValueError(
                f"is_resident_tax_exempt_derived: {int(undecided.sum())} person(s) whose exemption depends on the "
                "municipality's 級地, which is not known: give `resident_tax_area_grade` (1, 2 or 3) for the household."
            )
        return assisted + special + by_grade
