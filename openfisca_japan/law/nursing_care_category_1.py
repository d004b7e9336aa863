"""Nursing-care premium of category-1 insured persons (介護保険 第1号保険料): the cities' own tables.

A city may define its own grades (`grades/`: the city grade of each resident-tax-exempt category and its own
income bands for taxed persons). The premium is the city's annual amount of the grade (`annual_amounts/`) or its
base amount (基準額) × the multiplier of the grade (`multipliers/`), read from
`parameters/municipal/<city>/nursing_care_category_1/`.
"""

import numpy as np
from openfisca_core.model_api import select, where

from openfisca_japan.law.coverage import NotCoveredError
from openfisca_japan.law.local_government_codes import describe
from openfisca_japan.law.municipalities import MODELLED, MUNICIPAL_DIR, Municipality, optional

#: Grades a city table may have (the national standard has 13; cities with their own grades have up to ~20).
GRADES = range(1, 26)
#: Resident-tax-exempt categories of 介護保険法施行令 第38条第1項第1号〜第5号, in the order of
#: `nursing_care_category_1_category` (0–5); 6 is "liable to resident tax" (第6号以下, by total income).
EXEMPT_CATEGORIES = ("public_assistance", "grade_1", "grade_2", "grade_3", "grade_4", "grade_5")
TAXED = 6


#: Whether each Municipality member has a table (a folder `nursing_care_category_1/`).
HAS_TABLE = np.array([(MUNICIPAL_DIR / m.name / "nursing_care_category_1").is_dir() for m in Municipality])


def reject_without_table(person, period, concerned):
    """A clear error naming the municipalities of the persons concerned whose municipality has no 65+ table."""
    municipality = np.asarray(person.household("modelled_municipality", period.first_month), dtype=int)
    missing = concerned & ~HAS_TABLE[municipality]
    if not missing.any():
        return
    codes = np.asarray(person.household("local_government_code", period.first_month))[missing]
    labels = [member.value for member in Municipality]
    places = sorted({describe(c) if c else labels[m] for c, m in zip(codes, municipality[missing], strict=True)})
    raise NotCoveredError(
        f"nursing_care_premium_category_1 ({period}): no 65+ nursing-care premium table (第1号保険料) for "
        f"{', '.join(places)} (persons {', '.join(str(i) for i in np.asarray(person.ids)[missing][:10])}): not covered; "
        "the cities with tables are listed in docs/municipal.md"
    )


def city_tables(parameters, instant):
    """(municipality, its nursing_care_category_1 node) for the modelled cities that have one at the instant."""
    node = parameters(instant).municipal
    found = [(member, optional(optional(node, member.name), "nursing_care_category_1")) for member in MODELLED]
    return [(member, table) for member, table in found if table is not None]


def city_grades(grade, municipality, category, income, parameters, instant, concerned):
    """The national standard `grade`, replaced by the city's own grade in the cities whose table has `grades/`.

    A city table without `grades/` keeps the national grades 1-5 of the resident-tax-exempt categories (令第38条
    第1項第1号〜第5号); its persons liable to resident tax are refused: cities set their own income bands for them
    (e.g. 札幌市 135万円 where the national standard has 120万円), and those bands are not encoded. Refusals concern
    only the persons `concerned` (category-1 insured in the year); the others keep the national grade (no premium)."""
    for member, table in city_tables(parameters, instant):
        own = optional(table, "grades")
        here = municipality == member
        if not (here & concerned).any():
            continue
        if own is None:
            _refuse_taxed(member, here & concerned & (category >= TAXED))
            continue
        exempt = [_value(own.exempt, name, f"{member.name}.nursing_care_category_1.grades.exempt") for name in EXEMPT_CATEGORIES]
        city = select([category == c for c in range(TAXED)], exempt, default=own.taxed.calc(income))
        grade = where(here, city, grade)
    return grade


def _refuse_taxed(member, taxed):
    if taxed.any():
        raise NotCoveredError(
            f"nursing_care_category_1_city_grade: the grades of municipal.{member.name} for persons liable to resident "
            f"tax (本人課税, by total income) are not encoded ({int(taxed.sum())} person(s)): only its grades of the "
            "resident-tax-exempt categories are; not covered (see docs/municipal.md, 'Nursing care, category 1')."
        )


def _value(node, name, where_):
    value = optional(node, name)
    if value is None:
        raise NotCoveredError(
            f"nursing_care_category_1_city_grade: no official value of municipal.{where_}.{name} for this period: the "
            "city's grades are left uncovered on purpose (see docs/municipal.md, 'Nursing care, category 1')."
        )
    return value


def states_annual_amounts(parameters, instant, municipality):
    """True for the persons of a city whose table gives annual amounts by grade (`annual_amounts/`)."""
    stated = np.zeros(len(municipality), dtype=bool)
    for member, table in city_tables(parameters, instant):
        if optional(table, "annual_amounts") is not None:
            stated |= municipality == member
    return stated
