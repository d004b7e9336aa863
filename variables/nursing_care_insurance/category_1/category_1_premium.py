"""Nursing-care insurance premium of category-1 insured persons, 65 and over (介護保険 第1号保険料).

Period: fiscal year `year:YYYY-04`. The national standard grade (段階) of the 9th plan period (介護保険法施行令
第38条) comes from household and personal resident-tax status and the previous year's income. A city may define
its own grades (`grades/`: the city grade of each resident-tax-exempt category and its own income bands for
taxed persons). The premium is the city's annual amount of the grade (`annual_amounts/`) or its base amount
(基準額) × the multiplier of the grade (`multipliers/`), by the months from the month the person attains 65, read
from `parameters/municipal/<city>/nursing_care_category_1/`: a city with its own table is a YAML folder.
"""

import numpy as np
from openfisca_core.model_api import ETERNITY, YEAR, Variable, max_, min_, select, where

from openfisca_japan.entities import Person
from openfisca_japan.law.municipalities import MODELLED, fiscal_year_months, income_year, municipal_parameter, optional
from openfisca_japan.law.rounding import floor_to

#: Grades a city table may have (the national standard has 13; cities with their own grades have up to ~20).
GRADES = range(1, 26)
#: Resident-tax-exempt categories of 介護保険法施行令 第38条第1項第1号〜第5号, in the order of
#: `nursing_care_category_1_category` (0–5); 6 is "liable to resident tax" (第6号以下, by total income).
EXEMPT_CATEGORIES = ("public_assistance", "grade_1", "grade_2", "grade_3", "grade_4", "grade_5")
TAXED = 6


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


class nursing_care_category_1_category(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Resident-tax category of a category-1 insured person (保険料段階の区分: 令第38条第1項の号)"
    documentation = (
        "0: public assistance, or old-age welfare pension in a resident-tax-exempt household (第1号 イ・ロ); 1–3: "
        "household exempt, x ≤ first limit / ≤ second limit / above (第1〜3号); 4–5: self exempt with a taxed "
        "household member, x ≤ first limit / above (第4・5号); 6: liable to resident tax (第6号以下)."
    )
    reference = "介護保険法施行令 第38条第1項 (令和6年改正) (https://laws.e-gov.go.jp/law/410CO0000000412)"

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


class nursing_care_category_1_grade(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Grade of the category-1 nursing-care premium, national standard 1–13 (保険料段階 標準13段階)"
    reference = "介護保険法施行令 第38条第1項 (令和6年改正) (https://laws.e-gov.go.jp/law/410CO0000000412)"

    def formula(person, period, parameters):
        p = parameters(period.start).nursing_care_insurance.category_1.standard_grades
        category = person("nursing_care_category_1_category", period)
        taxed_grade = p.taxed_grades.calc(max_(person("total_income", income_year(period)), 0))
        return select([category == 0, category < TAXED], [1, category], default=taxed_grade).astype(np.int32)


class nursing_care_category_1_city_grade(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Grade of the category-1 premium as the city defines it (市町村の保険料段階)"
    documentation = (
        "The national standard grade, unless the city's table has `grades/`: then `grades/exempt/<category>` gives "
        "the city grade of each resident-tax-exempt category (public_assistance, grade_1 … grade_5 of the national "
        "standard) and the scale `grades/taxed` the city grade of a taxed person by total income (合計所得金額)."
    )
    reference = "介護保険法施行令 第38条第1項, 第39条 (市町村が条例で定める段階) (https://laws.e-gov.go.jp/law/410CO0000000412)"

    def formula(person, period, parameters):
        grade = person("nursing_care_category_1_grade", period)
        municipality = person.household("municipality", period.first_month)
        category = person("nursing_care_category_1_category", period)
        income = max_(person("total_income", income_year(period)), 0)
        for member, table in _city_tables(parameters, period.start):
            own = optional(table, "grades")
            here = municipality == member
            if own is None or not here.any():
                continue
            exempt = [_value(own.exempt, name, f"{member.name}.nursing_care_category_1.grades.exempt") for name in EXEMPT_CATEGORIES]
            city = select([category == c for c in range(TAXED)], exempt, default=own.taxed.calc(income))
            grade = where(here, city, grade)
        return grade.astype(np.int32)


def _city_tables(parameters, instant):
    """(municipality, its nursing_care_category_1 node) for the modelled cities that have one at the instant."""
    node = parameters(instant).municipal
    found = [(member, optional(optional(node, member.name), "nursing_care_category_1")) for member in MODELLED]
    return [(member, table) for member, table in found if table is not None]


def _value(node, name, where_):
    value = optional(node, name)
    if value is None:
        raise ValueError(f"nursing_care_category_1_city_grade: no official value of municipal.{where_}.{name} for this period (see docs/municipal.md).")
    return value


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
        municipality = person.household("municipality", period.first_month)
        grade = person("nursing_care_category_1_city_grade", period)
        stated = _states_annual_amounts(parameters, period.start, municipality)

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


def _states_annual_amounts(parameters, instant, municipality):
    """True for the persons of a city whose table gives annual amounts by grade (`annual_amounts/`)."""
    stated = np.zeros(len(municipality), dtype=bool)
    for member, table in _city_tables(parameters, instant):
        if optional(table, "annual_amounts") is not None:
            stated |= municipality == member
    return stated
