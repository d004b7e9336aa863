"""Periods requested for a computation: the right size for the variable.

Whether the law of a period is covered is decided by the parameters the formulas read (each leaf's window,
`openfisca_japan.law.coverage`), not here: a period the model does not cover is refused by the formula that
needs the missing value, with the parameter, the date and its covered window."""

from __future__ import annotations

from openfisca_core import periods
from openfisca_core.periods import DateUnit

from openfisca_japan.edge.errors import Problem


def _period_text(period):
    return str(period)


def validate_period(period, variable=None, where=None) -> list[Problem]:
    """Problems with a period requested for a computation (unreadable, or the wrong size for the variable)."""
    where = where or {}
    try:
        period = periods.period(period)
    except (ValueError, TypeError, AttributeError) as error:
        return [Problem(f"invalid period {period!r}: {error}", variable=getattr(variable, "name", None), **where)]
    name = getattr(variable, "name", None)
    problems = []
    if variable is not None:
        unit = variable.definition_period
        if unit == DateUnit.ETERNITY:
            return []
        if unit == DateUnit.MONTH and (period.unit != DateUnit.MONTH or period.size != 1):
            problems.append(
                Problem(
                    f"{name} is a monthly variable: request it for one month",
                    variable=name,
                    period=str(period),
                    allowed="a month such as 2025-04",
                    **where,
                )
            )
        elif unit == DateUnit.YEAR and (period.unit != DateUnit.YEAR or period.size != 1):
            problems.append(
                Problem(
                    f"{name} is a yearly variable: request it for one year",
                    variable=name,
                    period=str(period),
                    allowed="a year such as 2025 or a fiscal year such as year:2025-04",
                    **where,
                )
            )
        elif unit not in (DateUnit.MONTH, DateUnit.YEAR) and period.unit != unit:
            problems.append(Problem(f"{name} is defined per {unit}", variable=name, period=str(period), **where))
    return problems
