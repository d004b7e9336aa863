"""The modelled municipalities (市区町村), built from the folders of `parameters/municipal/`.

Each folder `parameters/municipal/<name>/` with an `index.yaml` is one municipality: its `metadata.label`
("Yokohama (横浜市)") becomes the enum label and its `metadata.prefecture` (a `Prefecture` member name)
says which prefecture-wide bodies (late-stage elderly union) serve it. Adding a municipality is adding
one folder of YAML; no code changes.
"""

from pathlib import Path

import numpy as np
import yaml
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum

from openfisca_japan.enums import Prefecture
from openfisca_japan.law.coverage import NotCoveredError, value_or_none
from openfisca_japan.law.dates import add_days, ymd
from openfisca_japan.paths import PARAMETERS_DIR

MUNICIPAL_DIR = Path(PARAMETERS_DIR) / "municipal"
NOT_MODELLED = "not_modelled"


def _read_municipalities(directory=MUNICIPAL_DIR):
    found = []
    folders = sorted(p for p in Path(directory).iterdir() if (p / "index.yaml").is_file()) if Path(directory).is_dir() else []
    for folder in folders:
        metadata = (yaml.safe_load((folder / "index.yaml").read_text(encoding="utf-8")) or {}).get("metadata") or {}
        found.append((folder.name, metadata.get("label", folder.name), metadata.get("prefecture")))
    return found


_MUNICIPALITIES = _read_municipalities()

Municipality = Enum(
    "Municipality",
    [(NOT_MODELLED, "Municipality not modelled (未対応の市区町村)")] + [(name, label) for name, label, _ in _MUNICIPALITIES],
)
Municipality.__doc__ = "Municipalities whose premium rates are modelled (folders of parameters/municipal/)."

MODELLED = [Municipality[name] for name, _, _ in _MUNICIPALITIES]

#: Prefecture of each modelled municipality (from `metadata.prefecture` of its index.yaml).
PREFECTURE_OF = {Municipality[name]: Prefecture[prefecture] for name, _, prefecture in _MUNICIPALITIES if prefecture}


def reject_not_modelled(municipality_array, concerned, what):
    """Raise a clear error when a concerned entity lives in a municipality that is not modelled."""
    bad = (municipality_array == Municipality[NOT_MODELLED]) & concerned
    if bad.any():
        modelled = ", ".join(m.name for m in MODELLED)
        raise ValueError(
            f"{what}: the household `municipality` is not set or not modelled (not_modelled) for "
            f"{int(bad.sum())} household(s) concerned. Modelled municipalities: {modelled}. "
            "Add a folder under parameters/municipal/ to model another one."
        )


def _child(node, path):
    for key in path.split("."):
        try:
            node = node[key]
        except Exception:  # noqa: BLE001 (a missing child of a ParameterNodeAtInstant raises various errors)
            return None
    return node


def keyed_parameter(node, members, key_array, path, concerned, what, root="parameters"):
    """Value of `node.<member>.<path>` for each entity, `key_array` being an enum array (vectorised).

    Openfisca's fancy indexing needs every key to have a value at the instant; here a key whose official
    value for the period is not known (absent, or `null`) only fails for the entities concerned, with a
    clear error, while the others are computed. The lookup is a numpy `take` on a table with one entry per
    enum member (no loop over persons).
    """
    size = max([member.index for member in members], default=0) + 1
    size = max(size, int(np.max(np.asarray(key_array, dtype=int), initial=0)) + 1)
    table = np.full(size, np.nan)
    for member in members:
        value = _child(node, f"{member.name}.{path}")
        if value is not None and np.isscalar(value):
            table[member.index] = float(value)
    keys = np.asarray(key_array, dtype=int)
    values = table[keys]
    missing = np.isnan(values) & np.asarray(concerned, dtype=bool)
    if missing.any():
        names = sorted({type(members[0])._member_names_[i] for i in keys[missing]}) if members else []
        raise NotCoveredError(
            f"{what}: no official value of {root}.<{', '.join(names) or 'key'}>.{path} for this period. "
            "The rates of that year were not found and are left uncovered on purpose (see docs/municipal.md, "
            "'Not covered')."
        )
    return np.nan_to_num(values)


def municipal_parameter(parameters, instant, municipality_array, path, concerned, what):
    """`parameters.municipal.<municipality>.<path>` at `instant` for each entity (see `keyed_parameter`)."""
    reject_not_modelled(municipality_array, concerned, what)
    node = parameters(instant).municipal
    return keyed_parameter(node, MODELLED, municipality_array, path, concerned, f"{what} on {instant}", "municipal")


# --- Periods of municipal premiums -------------------------------------------------------------------


def fiscal_year_months(period):
    """The 12 monthly periods of a fiscal-year period such as `year:2025-04`; rejects other periods."""
    if period.unit != periods.YEAR or period.size != 1 or period.start.month != 4 or period.start.day != 1:
        raise ValueError(
            "Municipal premiums are assessed per fiscal year (April–March): use a period such as "
            f"'year:{period.start.year}-04', not '{period}'."
        )
    return [periods.Period((periods.MONTH, period.start, 1)).offset(i) for i in range(12)]


def income_year(period):
    """Calendar year whose income a fiscal year's premiums are assessed on (the year before)."""
    return periods.period(str(period.start.year - 1))


def age_on_31_december_before(person, period):
    """Age on 31 December of the income year (the year before the fiscal year starts)."""
    return person("age", periods.period(f"{period.start.year - 1}-12"))


def require(value, what):
    """Raise a clear error when a parameter has no value (`null`: not found, left uncovered)."""
    if value is None:
        raise ValueError(f"{what}: no official value for this period (not found, left uncovered on purpose: see docs/municipal.md).")
    return value


def optional(node, name):
    """A child of a parameter node at an instant, or None when it has no value then (not yet in force, ended,
    or `null`: not found). A value read after its `last_value_still_valid_on` still raises
    `ParameterNotCoveredError`: it is not "not in force" (`openfisca_japan.law.coverage.value_or_none`)."""
    return value_or_none(node, name)


def age_on_dates(birth_dates, dates):
    """Age attained on each date under the Age Calculation Act (an age is reached the day before the birthday)."""
    b_year, b_month, b_day = ymd(add_days(birth_dates, -1))
    year, month, day = ymd(dates)
    return year - b_year - ((month < b_month) | ((month == b_month) & (day < b_day)))
