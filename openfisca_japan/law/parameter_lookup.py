"""Vectorised parameter look-ups that openfisca does per person: by enum member (prefecture, country,
industry) and at dates that vary from person to person (e.g. the fiscal year of each last contribution month)."""

import numpy as np

from openfisca_japan.law.coverage import NotCoveredError


def parameter_at_dates(dates, value_at):
    """Value of a dated parameter at each date of an array: evaluated once per distinct month (a loop
    over the few distinct months of the data, not over persons), then spread back."""
    months = np.asarray(dates).astype("datetime64[M]")
    distinct, positions = np.unique(months, return_inverse=True)
    values = np.array([value_at(f"{month}-01") for month in distinct.astype(str)], dtype=np.float64)
    return values[positions.reshape(months.shape)]


def enum_indexed(node, enum_array):
    """Fast `node[enum_array]` for a parameter node keyed by the names of an Enum (e.g. the 47 Kyokai
    Kenpo rates keyed by Prefecture): builds the small table of values in enum order once, then indexes
    it with the enum codes. Same result as openfisca's vectorial indexing, without its per-person loop."""
    members = enum_array.possible_values
    try:
        table = np.array([node[member.name] for member in members], dtype=np.float64)
    except NotCoveredError:
        # Some member has no value on that date: refuse only if a person of the array has it (the error then
        # names that member's parameter); the others get NaN, never read.
        used = np.bincount(np.asarray(enum_array, dtype=np.intp).ravel(), minlength=len(members)) > 0
        table = np.array([_value_if(node, member.name, used[index]) for index, member in enumerate(members)], dtype=np.float64)
    return table[np.asarray(enum_array, dtype=np.intp)].astype(table.dtype)


def _value_if(node, name, needed):
    if needed:
        return node[name]
    try:
        return node[name]
    except NotCoveredError:
        return np.nan


def prefectural_value(node, prefectures, concerned, ids, variable):
    """`node` (keyed by the 47 prefectures) read at each person's prefecture, an EnumArray whose last member is
    `not_given` (its default: a missing prefecture is never taken for Tokyo). A concerned person whose
    prefecture is not given is refused, naming `variable`; a person not concerned gets 0 there (never read)."""
    from openfisca_core.indexed_enums import EnumArray

    from openfisca_japan.enums import Prefecture, PrefectureOfResidence
    from openfisca_japan.law.coverage import refuse_inputs

    codes = np.asarray(prefectures, dtype=np.intp)
    missing = codes == PrefectureOfResidence.not_given.index
    refuse_inputs(missing & np.asarray(concerned, dtype=bool), ids, "the prefecture is not given (Kyokai Kenpo rates "
                  "differ by prefecture)", variable, "one of the 47 prefectures, e.g. tokyo")
    values = np.zeros(len(codes), dtype=np.float64)
    if not missing.all():  # only the prefectures given are read (an uncovered one is named, never a stand-in)
        values[~missing] = enum_indexed(node, EnumArray(codes[~missing].astype(np.int16), Prefecture))
    return values
