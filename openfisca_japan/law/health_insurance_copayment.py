"""Pieces shared by the copayment rules (一部負担金, 健康保険法 第74条; 国民健康保険法 第42条; 高齢者の医療の確保に関する法律 第67条).

Income-based tests use the income of the calendar year before the one in which the certificate year (August–July)
starts: months August–December of year Y use the income of Y−1, January–July of Y+1 too.
"""

import numpy as np
from openfisca_core import periods

from openfisca_japan.enums import HealthInsuranceScheme

# Insured persons of employee insurance (被用者保険の被保険者): employee, mutual aid association, voluntary continued.
EMPLOYEE_TYPE = (
    HealthInsuranceScheme.employee_health_insurance,
    HealthInsuranceScheme.mutual_aid_association,
    HealthInsuranceScheme.voluntary_continued,
)


def income_year(period):
    """Calendar year of the income judged for month `period` (certificate year August–July)."""
    year = period.start.year - 1 if period.start.month >= 8 else period.start.year - 2
    return periods.period(f"{year}")


def in_schemes(scheme, members):
    """Whether the `health_insurance_scheme` array is one of the enum `members`."""
    return np.isin(scheme, [m.index for m in members])

