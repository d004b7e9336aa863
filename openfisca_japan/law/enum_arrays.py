"""Enum results built as index arrays (the values openfisca stores), not as arrays of Python enum members.

A formula that returns `where(condition, Enum.a, Enum.b)` builds an object array of members, which openfisca
then encodes one member at a time (`Enum.encode`: a Python loop over every person). A monthly enum read for
24 months of 200,000 persons cost about 0.5 s that way. `enum_select` picks the members' indices with
`numpy.select` and returns the `EnumArray` openfisca would have stored: the same values.
"""

import numpy as np
from openfisca_core.indexed_enums import EnumArray


def enum_select(conditions, members, default):
    """The EnumArray of `default.__class__`: for each person the member of the first true condition (as
    `numpy.select`), else `default`."""
    enum = type(default)
    if any(type(member) is not enum for member in members):
        raise TypeError(f"enum_select: every member must be a {enum.__name__}")
    indices = np.select(
        [np.asarray(condition, dtype=bool) for condition in conditions],
        [np.int16(member.index) for member in members],
        np.int16(default.index),
    )
    return EnumArray(indices.astype(np.int16, copy=False), enum)
