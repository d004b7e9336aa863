"""The resident-tax category of a category-1 insured person (保険料段階の区分: 介護保険法施行令 第38条第1項の号).

Period: fiscal year `year:YYYY-04`; household and personal resident-tax status and income of the previous year.
"""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, max_, select

from openfisca_japan.entities import Person
from openfisca_japan.law.municipalities import income_year
from openfisca_japan.law.nursing_care_category_1 import TAXED

REFERENCE = "介護保険法施行令 第38条第1項 (令和6年改正) (https://laws.e-gov.go.jp/law/410CO0000000412)"


class nursing_care_category_1_grade_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Taxable pension receipts plus other total income (課税年金収入額＋その他の合計所得金額)"
    documentation = (
        "Previous calendar year: public pension receipts + total income − public pension income, not below 0. "
        "The 100,000-yen adjustment for salary earners (令和3年度からの所得指標の見直し) is not modelled."
    )
    reference = "介護保険法施行令 第38条第1項第1号〜第5号 (https://laws.e-gov.go.jp/law/410CO0000000412)"

    def formula(person, period):
        year = income_year(period)
        other = person("total_income", year) - person("public_pension_miscellaneous_income", year)
        return max_(person("public_pension_income", year) + other, 0)


class nursing_care_category_1_category(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    unit = "count"
    label = "Resident-tax category of a category-1 insured person (保険料段階の区分: 令第38条第1項の号)"
    documentation = (
        "0: public assistance, or old-age welfare pension in a resident-tax-exempt household (第1号 イ・ロ); 1–3: "
        "household exempt, x ≤ first limit / ≤ second limit / above (第1〜3号); 4–5: self exempt with a taxed "
        "household member, x ≤ first limit / above (第4・5号); 6: liable to resident tax (第6号以下). The value is "
        "the number of the category, not an amount."
    )
    reference = REFERENCE

    def formula(person, period, parameters):
        p = parameters(period.start).nursing_care_insurance.category_1.standard_grades
        year = income_year(period)
        assistance = person("receives_public_assistance", period.first_month)
        self_exempt = person("is_resident_tax_exempt", year)
        household_exempt = person.household.all(person.household.members("is_resident_tax_exempt", year))
        x = person("nursing_care_category_1_grade_income", period)
        welfare_pension = person("receives_old_age_welfare_pension", period)
        return select(
            [
                assistance | (household_exempt & welfare_pension),
                household_exempt & (x <= p.low_income_limit),
                household_exempt & (x <= p.second_low_income_limit),
                household_exempt,
                self_exempt & (x <= p.low_income_limit),
                self_exempt,
            ],
            [0, 1, 2, 3, 4, 5],
            default=TAXED,
        ).astype(np.int32)
