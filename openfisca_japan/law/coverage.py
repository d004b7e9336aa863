"""The periods whose law the model encodes, and the refusal of parameters asked for after them.

openfisca extends a parameter's last value forever: asked for a year whose values are not published yet,
it would silently reuse the last known ones. The model refuses instead (a clear error naming the period).
"""

import datetime

from openfisca_core import periods
from openfisca_core.errors import SituationParsingError

#: First day of the first period the model supports: fiscal year 2024 (令和6年度).
SUPPORTED_PERIOD_START = datetime.date(2024, 4, 1)
#: Last day of the last period the model supports: end of fiscal year 2026 (令和8年度).
SUPPORTED_PERIOD_END = datetime.date(2027, 3, 31)
SUPPORTED_PERIODS_TEXT = f"FY2024 to FY2026 ({SUPPORTED_PERIOD_START} to {SUPPORTED_PERIOD_END})"


class NotCoveredError(SituationParsingError, ValueError):
    """The law of a period, or a case, that the model does not cover.

    A `SituationParsingError` so that every OpenFisca entry point (the web API included) answers it as the
    user's request to change (HTTP 400 with `error`), and a `ValueError` for Python callers.
    """

    def __init__(self, message, period=None, allowed=None):
        self.message = message
        self.period = period
        self.allowed = allowed
        self.code = 400
        text = message + (f"; allowed: {allowed}" if allowed else "")
        self.error = {"error": text}
        Exception.__init__(self, text)

    def __str__(self):
        return self.args[0]


def instant_date(instant):
    """The date of an Instant, Period (its start), 'YYYY-MM-DD' text or year, or None."""
    if isinstance(instant, periods.Period):
        return instant.start.date
    if isinstance(instant, periods.Instant):
        return instant.date
    if isinstance(instant, (str, int)):
        return periods.instant(instant).date
    return None


class CoverageMixin:
    """Mixed into the model's tax-benefit system and reforms: parameters after the supported periods are refused."""

    def get_parameters_at_instant(self, instant):
        day = instant_date(instant)
        if day is not None and day > SUPPORTED_PERIOD_END:
            raise NotCoveredError(
                f"parameters requested for {day}, after the last period the model supports: values "
                "published after that are not modelled, and the last known ones would be silently reused",
                period=str(day),
                allowed=f"periods within {SUPPORTED_PERIODS_TEXT}",
            )
        return super().get_parameters_at_instant(instant)
