"""The error every entry point raises for bad input: one `InputValidationError` listing every `Problem`.

`InputValidationError` is a `SituationParsingError` (the web API answers 400 with its `error` JSON, the
`openfisca test` runner prints it) and a `ValueError`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from openfisca_core.errors import SituationParsingError


@dataclasses.dataclass(frozen=True)
class Problem:
    """One bad input: where it is (entity plural and id, or table row), which variable, why, what is allowed."""

    message: str
    variable: str | None = None
    entity: str | None = None  # plural: persons, households, employers
    id: object = None
    period: str | None = None
    row: int | None = None
    value: object = None
    allowed: str | None = None

    def path(self):
        parts = [self.entity or "situation"]
        if self.id is not None:
            parts.append(str(self.id))
        if self.variable:
            parts.append(self.variable)
        if self.period:
            parts.append(str(self.period))
        return parts

    def __str__(self):
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.id is not None:
            key = "person_id" if self.row is not None else (self.entity or "id")
            where.append(f"{key} {self.id!r}")
        location = f"[{', '.join(where)}] " if where else ""
        subject = self.variable or ""
        if self.period:
            subject += f" ({self.period})"
        text = f"{location}{subject}: {self.message}" if subject else f"{location}{self.message}"
        if self.allowed:
            text += f"; allowed: {self.allowed}"
        return text


class InputValidationError(SituationParsingError, ValueError):
    """Bad input. `problems` lists them all; `error` is the JSON the web API answers with (status 400)."""

    MAX_LINES = 200

    def __init__(self, problems: Iterable[Problem], title="Invalid input"):
        self.problems = list(problems)
        self.title = title
        self.code = 400
        self.error = {}
        for problem in self.problems:
            node = self.error
            parts = problem.path()
            for part in parts[:-1]:
                child = node.get(part)
                if not isinstance(child, dict):
                    child = node[part] = {} if child is None else {"error": child}
                node = child
            text = str(problem)
            previous = node.get(parts[-1])
            if isinstance(previous, dict):
                previous["error"] = text
            else:
                node[parts[-1]] = f"{previous}; {text}" if previous else text
        Exception.__init__(self, self._summary())

    @property
    def rows(self):
        """Table rows with a problem (sorted, unique)."""
        return sorted({p.row for p in self.problems if p.row is not None})

    def _summary(self):
        lines = [f"{self.title}: {len(self.problems)} problem(s)"]
        lines += [f"  - {p}" for p in self.problems[: self.MAX_LINES]]
        if len(self.problems) > self.MAX_LINES:
            lines.append(f"  ... and {len(self.problems) - self.MAX_LINES} more (see InputValidationError.problems)")
        return "\n".join(lines)

    def __str__(self):
        return self._summary()


class UnsupportedPeriodError(InputValidationError):
    """A period outside `SUPPORTED_PERIOD_START`..`SUPPORTED_PERIOD_END`."""



def did_you_mean(name, candidates, n=3):
    """' (did you mean a, b?)' for the candidates close to `name`, or ''."""
    import difflib

    close = difflib.get_close_matches(str(name), [str(c) for c in candidates], n=n, cutoff=0.6)
    return f" (did you mean {', '.join(close)}?)" if close else ""


def unknown_variable_problem(tax_benefit_system, name, where="situation", **location):
    """A Problem for a variable name the model does not have, with the closest names."""
    return Problem(
        f"{name!r} is not a variable of the model{did_you_mean(name, tax_benefit_system.variables)}",
        variable=str(name),
        entity=location.pop("entity", where),
        allowed="a variable name listed by the web API's /variables (or docs/)",
        **location,
    )
