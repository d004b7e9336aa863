"""Tax-benefit systems for bulk runs: the baseline, reform modules and `--set` parameter reforms.

A reform is described by a picklable `ReformSpec` (names of reform modules and parameter assignments),
not by a Reform object, so that Dask workers rebuild the same system from the spec. Systems are cached
per process and per spec. A reform never mutates the baseline: openfisca's `Reform.modify_parameters`
works on a deep copy of the baseline parameters.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from functools import lru_cache

import yaml
from openfisca_core import periods

from openfisca_japan.law.model import CountryReform
from openfisca_japan.law.reform_checks import ReformInputError, apply_checked_changes, find_leaf

REFORMS_PACKAGE = "openfisca_japan.reforms"


@dataclasses.dataclass(frozen=True)
class ParameterAssignment:
    """`path=value@start[:stop]`: set a parameter leaf to `value` from `start` (to `stop`, included)."""

    path: str
    value: object
    start: str | None = None
    stop: str | None = None

    @classmethod
    def parse(cls, text: str) -> ParameterAssignment:
        match = re.fullmatch(r"\s*([A-Za-z0-9_.]+)\s*=\s*([^@]*?)\s*(?:@\s*([0-9-]+)\s*(?::\s*([0-9-]+))?)?\s*", text)
        if not match:
            raise ReformInputError(
                f"Cannot read parameter assignment {text!r}: expected path.to.parameter=value@YYYY-MM-DD "
                "(the date, from which the value applies, may be omitted; value@START:STOP limits it)"
            )
        path, raw_value, start, stop = match.groups()
        value = yaml.safe_load(raw_value) if raw_value else None
        if isinstance(value, str):
            raise ReformInputError(f"Parameter assignment {text!r}: value {raw_value!r} is not a number or boolean")
        return cls(path=path, value=value, start=_full_date(start), stop=_full_date(stop, end=True))

    def __str__(self):
        when = f"@{self.start}" if self.start else ""
        when += f":{self.stop}" if self.stop else ""
        return f"{self.path}={self.value}{when}"


def _full_date(text, end=False):
    """'2025' -> '2025-01-01'; '2025-04' -> '2025-04-01' (end=True: last day of that year/month)."""
    if not text:
        return None
    period = periods.period(text)
    instant = period.stop if end else period.start
    return str(instant)


@dataclasses.dataclass(frozen=True)
class ReformSpec:
    """A reform as data: reform modules (applied in order), then parameter assignments."""

    modules: tuple[str, ...] = ()
    assignments: tuple[ParameterAssignment, ...] = ()

    @classmethod
    def from_cli(cls, reforms=(), assignments=()):
        return cls(
            modules=tuple(reforms or ()),
            assignments=tuple(a if isinstance(a, ParameterAssignment) else ParameterAssignment.parse(a) for a in assignments or ()),
        )

    def __bool__(self):
        return bool(self.modules or self.assignments)

    def describe(self):
        parts = list(self.modules) + [f"--set {a}" for a in self.assignments]
        return " + ".join(parts) if parts else "baseline"


def resolve_reform(name: str):
    """A Reform class from `name`: a module of `openfisca_japan.reforms` (`dependant_income_cap`), a dotted
    module path, or `module:ClassName` / `module.ClassName`. A module exposes its reform as `reform`."""
    module_name, _, attribute = name.partition(":")
    candidates = [module_name] if "." in module_name else [f"{REFORMS_PACKAGE}.{module_name}", module_name]
    errors = []
    for candidate in candidates:
        try:
            module = importlib.import_module(candidate)
        except ModuleNotFoundError as error:
            errors.append(str(error))
            if "." in candidate and not attribute:
                # `package.module.ClassName`
                parent, _, last = candidate.rpartition(".")
                try:
                    module = importlib.import_module(parent)
                except ModuleNotFoundError:
                    continue
                if isinstance(getattr(module, last, None), type):
                    return getattr(module, last)
            continue
        reform = getattr(module, attribute or "reform", None)
        if reform is None:
            raise ReformInputError(f"Reform module {candidate} has no attribute {attribute or 'reform'!r}")
        return reform
    import difflib

    close = difflib.get_close_matches(name, available_reforms(), n=3, cutoff=0.5)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise ReformInputError(f"Unknown reform {name!r}{hint}. Reforms: {', '.join(available_reforms())}")


def available_reforms():
    """Names of the reform modules of `openfisca_japan.reforms`."""
    import pkgutil

    package = importlib.import_module(REFORMS_PACKAGE)
    return sorted(m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_"))


def get_parameter(parameters, path):
    """The leaf at a dotted path (ReformInputError, a ValueError naming the path, when it does not exist)."""
    return find_leaf(parameters, path)[0]


def apply_assignments(parameters, assignments, default_start):
    """Set parameter leaves in place (used on the deep copy handed to `modify_parameters`), after checking
    every value against its leaf's unit and range and its dates against the leaf's covered window; a leaf
    the law links to a changed one (`LINKED_PARAMETERS`) follows it unless it is set too."""
    changes = {}
    for assignment in assignments:
        start = str(periods.instant(assignment.start or default_start))
        stop = str(periods.instant(assignment.stop)) if assignment.stop else None
        changes.setdefault(assignment.path, []).append((start, assignment.value, stop))
    return apply_checked_changes(parameters, changes, "--set")


def parameter_setting_reform(assignments, default_start="2000-01-01"):
    """A Reform class that sets parameter leaves: the generic reform behind `--set`."""
    assignments = tuple(assignments)

    class set_parameters(CountryReform):
        name = "Set parameters: " + ", ".join(str(a) for a in assignments)

        def apply(self):
            self.modify_parameters(modifier_function=lambda parameters: apply_assignments(parameters, assignments, default_start))

    return set_parameters


@lru_cache(maxsize=1)
def baseline_system():
    from openfisca_japan import CountryTaxBenefitSystem

    return CountryTaxBenefitSystem()


@lru_cache(maxsize=16)
def build_system(spec: ReformSpec | None = None):
    """The tax-benefit system of `spec` (the baseline if empty), cached per process."""
    system = baseline_system()
    if not spec:
        return system
    for module in spec.modules:
        system = resolve_reform(module)(system)
    if spec.assignments:
        system = parameter_setting_reform(spec.assignments)(system)
    return system
