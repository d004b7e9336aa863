"""Nursing-care insurance premium of category-1 insured persons, 65 and over (介護保険 第1号保険料).

Period: fiscal year `year:YYYY-04`. The premium is the city's annual amount of the person's city grade
(`annual_amounts/`) or its base amount (基準額) × the multiplier of the grade (`multipliers/`), by the months
from the month the person attains 65, read from `parameters/municipal/<city>/nursing_care_category_1/`: a city
with its own table is a YAML folder.
"""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, max_, min_, select, where

from openfisca_japan.entities import Person
from openfisca_japan.law.municipalities import municipal_parameter
from openfisca_japan.law.nursing_care_category_1 import GRADES, reject_without_table, states_annual_amounts
from openfisca_japan.law.rounding import floor_to


class nursing_care_premium_category_1(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Nursing-care premium of a category-1 insured person for the fiscal year (介護保険料 第1号被保険者 年額)"
    documentation = (
        "Annual amount of the city grade: `annual_amounts/grade_N` when the city's table states amounts (as an "
        "ordinance does), else base amount × `multipliers/grade_N` truncated to the city's rounding unit (the yen "
        "when not given); × months / 12, truncated to the yen. Raises a clear error for a municipality whose table "
        "is not in the parameters (e.g. the Tokyo special wards, whose tables are per ward) and for a grade whose "
        "amount or multiplier is not; see docs/municipal.md."
    )
    reference = "介護保険法 第129条; 介護保険法施行令 第38条, 第39条 (https://laws.e-gov.go.jp/law/410CO0000000412)"

    def formula(person, period, parameters):
        months = person("nursing_care_category_1_months", period)
        concerned = months > 0
        reject_without_table(person, period, concerned)
        municipality = person.household("modelled_municipality", period.first_month)
        grade = person("nursing_care_category_1_city_grade", period)
        stated = states_annual_amounts(parameters, period.start, municipality)

        def table(path, who):
            return municipal_parameter(parameters, period.start, municipality, f"nursing_care_category_1.{path}", who,
                                       "nursing_care_premium_category_1")

        # A city table may be partly known (e.g. only the base amount): only the persons of a grade whose amount
        # or multiplier is not in the parameters get an error, not everybody.
        def by_grade(kind, who):
            return select([grade == g for g in GRADES], [table(f"{kind}.grade_{g}", who & (grade == g)) for g in GRADES], default=0)

        multiplier = by_grade("multipliers", concerned & ~stated)
        unit = max_(table("rounding_unit", np.zeros_like(concerned)), 1)  # optional: the yen when not given
        from_base = floor_to(table("base_annual", concerned & ~stated) * multiplier / unit) * unit
        annual = where(stated, by_grade("annual_amounts", concerned & stated), from_base)
        return floor_to(annual * min_(months, 12) / 12)
