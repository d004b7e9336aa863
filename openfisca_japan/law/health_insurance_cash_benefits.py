"""Pieces shared by the cash benefits of employee health insurance (健康保険の現金給付, 健康保険法 第99条〜第102条, 第113条, 第114条)."""

import numpy as np

from openfisca_japan.enums import HealthInsuranceScheme

# Schemes whose insured persons and dependants receive the lump-sum grant and the burial allowance of employee
# health insurance (健康保険法 第100条, 第101条, 第113条, 第114条).
INSURED_OR_DEPENDANT = (
    HealthInsuranceScheme.employee_health_insurance.index,
    HealthInsuranceScheme.mutual_aid_association.index,
    HealthInsuranceScheme.voluntary_continued.index,
    HealthInsuranceScheme.dependant.index,
)


def refuse_mutual_aid(person, period, days, what):
    """Mutual aid associations pay these allowances on their own rules: refuse to compute one that is due."""
    mutual = person("health_insurance_scheme", period) == HealthInsuranceScheme.mutual_aid_association
    if np.any(mutual * (days > 0)):
        raise NotImplementedError(
            f"{what} of a mutual aid association member is not modelled (the association's own rules apply)."
        )


def check_days(days, period, name):
    """Days off of the month must be between 0 and the number of days of the month."""
    if np.any((days < 0) + (days > period.days)):
        raise ValueError(f"{name} must be between 0 and the number of days of the month ({period.days}).")
