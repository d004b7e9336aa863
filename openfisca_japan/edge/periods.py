"""Periods requested for a computation: the right size for the variable, and within the supported periods."""

from __future__ import annotations

from openfisca_core import periods
from openfisca_core.periods import DateUnit

from openfisca_japan.edge.errors import Problem
from openfisca_japan.law.coverage import SUPPORTED_PERIOD_END, SUPPORTED_PERIOD_START, SUPPORTED_PERIODS_TEXT


def _period_text(period):
    return str(period)


def validate_period(period, variable=None, where=None) -> list[Problem]:
    """Problems with a period requested for a computation (outside the supported periods, wrong size)."""
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
    if period.unit == DateUnit.ETERNITY:
        return problems
    start, stop = period.start.date, period.stop.date
    if start < SUPPORTED_PERIOD_START or stop > SUPPORTED_PERIOD_END:
        side = "before the first" if start < SUPPORTED_PERIOD_START else "after the last"
        problems.append(
            Problem(
                f"period {period} ({start} to {stop}) is {side} period the model supports",
                variable=name,
                period=str(period),
                allowed=f"periods within {SUPPORTED_PERIODS_TEXT}",
                **where,
            )
        )
    return problems


