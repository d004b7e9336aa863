"""The grade of the category-1 premium as the city defines it (市町村の保険料段階)."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, max_

from openfisca_japan.entities import Person
from openfisca_japan.law.municipalities import income_year
from openfisca_japan.law.nursing_care_category_1 import city_grades


class nursing_care_category_1_city_grade(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    unit = "count"
    label = "Grade of the category-1 premium as the city defines it (市町村の保険料段階)"
    documentation = (
        "The national standard grade, unless the city's table has `grades/`: then `grades/exempt/<category>` gives "
        "the city grade of each resident-tax-exempt category (public_assistance, grade_1 … grade_5 of the national "
        "standard) and the scale `grades/taxed` the city grade of a taxed person by total income (合計所得金額). A person who is not category-1 insured in the year keeps the national grade (no premium is due)."
    )
    reference = "介護保険法施行令 第38条第1項, 第39条 (市町村が条例で定める段階) (https://laws.e-gov.go.jp/law/410CO0000000412)"

    def formula(person, period, parameters):
        grade = person("nursing_care_category_1_grade", period)
        municipality = person.household("modelled_municipality", period.first_month)
        category = person("nursing_care_category_1_category", period)
        income = max_(person("total_income", income_year(period)), 0)
        concerned = person("nursing_care_category_1_months", period) > 0
        return city_grades(grade, municipality, category, income, parameters, period.start, concerned).astype(np.int32)
