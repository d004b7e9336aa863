"""The modelled municipalities (市区町村), built from the folders of `parameters/municipal/`.

Each folder `parameters/municipal/<name>/` with an `index.yaml` is one municipality: its `metadata.label`
("Yokohama (横浜市)") becomes the enum label, its `metadata.prefecture` (a `Prefecture` member name) says which
prefecture-wide bodies (late-stage elderly union, a prefecture's unified NHI table) serve it, and its
`metadata.codes` lists the national local government codes (全国地方公共団体コード) it stands for, so that a
household given by its code (`municipality_code`) or name finds it. Adding a municipality is adding one folder
of YAML; no code changes.
"""

from pathlib import Path

import numpy as np
import yaml
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum

from openfisca_japan.enums import Prefecture, PrefectureOfResidence
from openfisca_japan.law.coverage import NotCoveredError
from openfisca_japan.law.coverage import value_or_none as leaf_or_none
from openfisca_japan.law.dates import add_days, ymd
from openfisca_japan.law.local_government_codes import describe, prefecture_name
from openfisca_japan.paths import PARAMETERS_DIR

MUNICIPAL_DIR = Path(PARAMETERS_DIR) / "municipal"
NOT_MODELLED = "not_modelled"


def _read_municipalities(directory=MUNICIPAL_DIR):
    """(folder name, metadata of its index.yaml) of each municipality folder."""
    folders = sorted(p for p in Path(directory).iterdir() if (p / "index.yaml").is_file()) if Path(directory).is_dir() else []
    return [(f.name, (yaml.safe_load((f / "index.yaml").read_text(encoding="utf-8")) or {}).get("metadata") or {}) for f in folders]


_MUNICIPALITIES = _read_municipalities()

Municipality = Enum(
    "Municipality",
    [(NOT_MODELLED, "Municipality not modelled (未対応の市区町村)")]
    + [(name, metadata.get("label", name)) for name, metadata in _MUNICIPALITIES],
)
Municipality.__doc__ = "Municipalities whose premium rates are modelled (folders of parameters/municipal/)."

MODELLED = [Municipality[name] for name, _ in _MUNICIPALITIES]

#: Prefecture of each modelled municipality (from `metadata.prefecture` of its index.yaml).
PREFECTURE_OF = {Municipality[name]: Prefecture[m["prefecture"]] for name, m in _MUNICIPALITIES if m.get("prefecture")}

#: The modelled municipality of each national local government code listed in a folder's `metadata.codes`.
MUNICIPALITY_OF_CODE = {int(code): Municipality[name] for name, m in _MUNICIPALITIES for code in m.get("codes") or []}

#: Folder whose NHI portions a municipality takes when it has not its own (`metadata.nhi_common`, e.g. a Tokyo
#: special ward takes the wards' common medical, elderly-support and child-support portions).
NHI_COMMON_OF = {Municipality[name]: Municipality[m["nhi_common"]] for name, m in _MUNICIPALITIES if m.get("nhi_common")}


def municipality_of_code(code):
    """The modelled municipality (enum index) of a national local government code; not_modelled otherwise."""
    return MUNICIPALITY_OF_CODE.get(int(code), Municipality[NOT_MODELLED]).index


def prefecture_of_code(code):
    """The prefecture (PrefectureOfResidence index) of a national local government code; not_given for none."""
    name = prefecture_name(code)
    return PrefectureOfResidence[name].index if name else PrefectureOfResidence.not_given.index


#: Prefecture (PrefectureOfResidence index) of each Municipality member; not_given for not_modelled.
_PREFECTURE_OF_MUNICIPALITY = np.array([PrefectureOfResidence[PREFECTURE_OF[m].name].index if m in PREFECTURE_OF
                                        else PrefectureOfResidence.not_given.index for m in Municipality])


def prefecture_of_municipality(municipality):
    """The prefecture (PrefectureOfResidence index) of each modelled municipality (Municipality indices)."""
    return _PREFECTURE_OF_MUNICIPALITY[np.asarray(municipality, dtype=int)]


def reject_conflicts(household, given, derived, both, what):
    """A clear error for the households whose input `what` contradicts their municipality code."""
    bad = both & (np.asarray(given) != np.asarray(derived))
    if bad.any():
        ids = ", ".join(str(i) for i in np.asarray(household.ids)[bad][:10])
        raise NotCoveredError(f"households {ids}: the input `{what}` contradicts `municipality_code` / `municipality_name`; "
                              "give one of them, or consistent values")


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


def value_or_none(node, path):
    """`node.<path>` (dotted) of a parameter node at an instant; None when absent or without a value then."""
    for key in path.split("."):
        try:
            node = node[key]
        except Exception:  # noqa: BLE001 (a missing child of a ParameterNodeAtInstant raises various errors)
            return None
    return node if node is None or np.isscalar(node) else None


def households_described(household, month, mask, limit=5):
    """「household h1: 札幌市 (011002)」 for the first households of `mask`: what the error of a household without
    rates names (its municipality by code, else its modelled municipality, else its prefecture)."""
    ids = np.asarray(household.ids)[mask][:limit]
    code = np.asarray(household("local_government_code", month))[mask][:limit]
    municipality = np.asarray(household("modelled_municipality", month), dtype=int)[mask][:limit]
    prefecture = household("residence_prefecture", month).decode()[mask][:limit]
    labels = [member.value for member in Municipality]
    names = [describe(c) if c else labels[m] if m else f"no municipality given (municipality, municipality_code or "
             f"municipality_name; prefecture: {p.name})" for c, m, p in zip(code, municipality, prefecture, strict=True)]
    more = f" and {int(mask.sum()) - limit} more" if mask.sum() > limit else ""
    return "; ".join(f"household {i}: {n}" for i, n in zip(ids, names, strict=True)) + more


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
        value = value_or_none(node, f"{member.name}.{path}")
        if value is not None:
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
    return leaf_or_none(node, name)


def age_on_dates(birth_dates, dates):
    """Age attained on each date under the Age Calculation Act (an age is reached the day before the birthday)."""
    b_year, b_month, b_day = ymd(add_days(birth_dates, -1))
    year, month, day = ymd(dates)
    return year - b_year - ((month < b_month) | ((month == b_month) & (day < b_day)))
