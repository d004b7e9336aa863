"""Nursing-care insurance premium of category-1 insured persons, 65 and over (介護保険 第1号保険料).

Period: fiscal year `year:YYYY-04`. The grade (段階) follows the national standard structure of the 9th
plan period (介護保険法施行令 第38条): household and personal resident-tax status and the previous year's
income. The premium is the municipality's base amount (基準額) × the multiplier of the grade, by the
months from the month the person attains 65, read from `parameters/municipal/<city>/nursing_care_category_1/`.
"""

import numpy as np
from openfisca_core.model_api import ETERNITY, YEAR, Variable, max_, min_, select

from openfisca_japan.entities import Person
from openfisca_japan.municipalities import fiscal_year_months, income_year, municipal_parameter
from openfisca_japan.rounding import floor_to

GRADES = range(1, 14)


class is_resident_tax_exempt(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Exempt from municipal resident tax on the income of the calendar year (本人 住民税非課税)"
    documentation = (
        "Input: resident-tax exemption depends on the municipality class and dependants (地方税法 第295条), not computed. "
        "Calendar year of the income judged (the year before the fiscal year)."
    )
    reference = "地方税法 第295条 (https://laws.e-gov.go.jp/law/325AC0000000226)"


class receives_old_age_welfare_pension(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Receives the old-age welfare pension (老齢福祉年金の受給者)"
    reference = "介護保険法施行令 第38条第1項第1号 (https://laws.e-gov.go.jp/law/410CO0000000412)"


class nursing_care_category_1_grade_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
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


class nursing_care_category_1_grade(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Grade of the category-1 nursing-care premium, national standard 1–13 (保険料段階)"
    reference = "介護保険法施行令 第38条第1項 (令和6年改正) (https://laws.e-gov.go.jp/law/410CO0000000412)"

    def formula(person, period, parameters):
        p = parameters(period.start).nursing_care_insurance.category_1.standard_grades
        year = income_year(period)
        assistance = person("receives_public_assistance", period.first_month)
        self_exempt = person("is_resident_tax_exempt", year)
        household_exempt = person.household.all(person.household.members("is_resident_tax_exempt", year))
        x = person("nursing_care_category_1_grade_income", period)
        welfare_pension = person("receives_old_age_welfare_pension", period)
        taxed_grade = p.taxed_grades.calc(max_(person("total_income", year), 0))
        return select(
            [
                assistance | (household_exempt & (welfare_pension | (x <= p.low_income_limit))),
                household_exempt & (x <= p.second_low_income_limit),
                household_exempt,
                self_exempt & (x <= p.low_income_limit),
                self_exempt,
            ],
            [1, 2, 3, 4, 5],
            default=taxed_grade,
        ).astype(np.int32)


class nursing_care_category_1_months(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Months as category-1 insured person in the fiscal year (第1号被保険者の月数)"
    documentation = "From the month in which 65 is attained (the day before the 65th birthday). Residence is assumed."
    reference = "介護保険法 第9条第1号, 第130条 (月割) (https://laws.e-gov.go.jp/law/409AC0000000123)"

    def formula(person, period):
        return np.sum([person("age", m) >= 65 for m in fiscal_year_months(period)], axis=0)


class nursing_care_premium_category_1(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Nursing-care premium of a category-1 insured person for the fiscal year (介護保険料 第1号被保険者 年額)"
    documentation = (
        "Base amount × multiplier of the grade (municipal tables, parameters/municipal/<city>/nursing_care_category_1/), "
        "truncated to the city's rounding unit (the yen when not given), × months / 12. Raises a clear error for a "
        "municipality whose table is not in the parameters (Yokohama and Tsu: not found) and for a grade whose "
        "multiplier is not (Yokkaichi: only the base amount, grade 5, is known); see docs/municipal.md."
    )
    reference = "介護保険法 第129条; 介護保険法施行令 第38条 (https://laws.e-gov.go.jp/law/410CO0000000412)"

    def formula(person, period, parameters):
        months = person("nursing_care_category_1_months", period)
        concerned = months > 0
        municipality = person.household("municipality", period.first_month)
        grade = person("nursing_care_category_1_grade", period)
        what = "nursing_care_premium_category_1"

        def table(path, who):
            return municipal_parameter(parameters, period.start, municipality, f"nursing_care_category_1.{path}", who, what)

        # A city table may be partly known (e.g. only the base amount): only the persons of a grade whose multiplier
        # is not in the parameters get an error, not everybody.
        multiplier = select([grade == g for g in GRADES], [table(f"multipliers.grade_{g}", concerned & (grade == g)) for g in GRADES], default=0)
        unit = max_(table("rounding_unit", np.zeros_like(concerned)), 1)  # optional: the yen when not given
        annual = floor_to(table("base_annual", concerned) * multiplier / unit) * unit
        return floor_to(annual * min_(months, 12) / 12)
