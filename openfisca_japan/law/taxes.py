"""Named steps shared by the tax variables (所得税・個人住民税)."""

import numpy as np
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.periods import MONTH

from openfisca_japan.law.coverage import NotCoveredError
from openfisca_japan.law.dates import birth_dates, ymd


def december_of(year):
    """The month of December of a calendar income year (a YEAR period starting in January)."""
    return periods.Period((MONTH, year.start.offset(11, MONTH), 1))


def age_on_31_december(person, year):
    """Age on 31 December of the income year (所得税法 第85条第3項, 地方税法 第314条の2第1項 read with the Age
    Calculation Act): `age` of December, the age attained by the last day of that month.

    Not `period.last_month`, which in openfisca is the month BEFORE the period starts (December of the year before).
    """
    return person("age", december_of(year))


def age_on_1_january_after(person, year):
    """Age on the resident tax's assessment date, 1 January after the income year (賦課期日, 地方税法 第39条・第318条).

    An age is attained at the end of the day before the birthday (Age Calculation Act), and the municipalities
    count it as held on that whole day: a person born on 2 January attains the age on 1 January itself (FY2023:
    minors are those born on or after 3 January 2005). So the age on 1 January is the age attained by
    31 December, plus one for a person born on 2 January.
    """
    _, month, day = ymd(birth_dates(person, year))
    return age_on_31_december(person, year) + ((month == 1) * (day == 2)).astype(int)


def resident_tax_taxable_income_where_needed(person, year, needed):
    """`resident_tax_taxable_income` of the income year, read only when some person `needed` it (the 70+ and late-stage
    tests): the resident tax is derived only from the income year 2020, and the other persons' rules do not use it."""
    if not np.any(needed):
        return np.zeros(person.count)
    return person("resident_tax_taxable_income", year)


def require_resident_tax_year(parameters, year, variable, give):
    """Refuse clearly an income year whose resident tax (assessed on 1 January after it) is not encoded."""
    try:
        _ = parameters(f"{year.start.year + 1}-01-01").taxes.resident_tax.non_taxable.special_persons_income_limit
    except ParameterNotFoundError:
        raise NotCoveredError(
            f"{variable}: the resident tax assessed on the income of {year.start.year} is not encoded (the model "
            f"derives it from the income year 2020, 令和3年度): give `{give}` for {year.start.year} as input",
            period=str(year),
        ) from None
