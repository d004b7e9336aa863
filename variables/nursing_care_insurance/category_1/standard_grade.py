"""The national standard grade of the category-1 premium (保険料段階 標準13段階, 第9期)."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, max_, select

from openfisca_japan.entities import Person
from openfisca_japan.law.municipalities import income_year
from openfisca_japan.law.nursing_care_category_1 import TAXED


class nursing_care_category_1_grade(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    unit = "count"
    label = "Grade of the category-1 nursing-care premium, national standard 1–13 (保険料段階 標準13段階)"
    documentation = (
        "Categories 0 and 1 give grade 1, categories 2–5 the grade of the same number; a taxed person's grade (6–13) "
        "by total income (合計所得金額) of the previous year. The value is the number of the grade."
    )
    reference = "介護保険法施行令 第38条第1項 (令和6年改正) (https://laws.e-gov.go.jp/law/410CO0000000412)"

    def formula(person, period, parameters):
        p = parameters(period.start).nursing_care_insurance.category_1.standard_grades
        category = person("nursing_care_category_1_category", period)
        taxed_grade = p.taxed_grades.calc(max_(person("total_income", income_year(period)), 0))
        return select([category == 0, category < TAXED], [1, category], default=taxed_grade).astype(np.int32)
