"""The national local government codes (全国地方公共団体コード) of the prefectures and municipalities.

`openfisca_japan/data/local_government_codes.csv` lists the 47 prefectures and the 1,747 municipalities and special
wards, one row each: the 6-digit code (5 digits of the standard area code and the check digit), the prefecture
(a `Prefecture` member name), the names in Japanese (and in English for the prefectures, designated cities, special
wards and modelled cities) and the kind. The designated cities' wards (行政区) are not rows.

A household's municipality is given by its code (`municipality_code`, e.g. "271004" for 大阪市) or by its name
(`municipality_name`: 「大阪市」, 「大阪府大阪市」 or "Osaka"); both are read here into the code as an integer.
The look-ups run once per distinct value given (a handful), not per household.
"""

import csv
import unicodedata
from functools import lru_cache

import numpy as np

from openfisca_japan.law.coverage import NotCoveredError
from openfisca_japan.paths import DATA_DIR

CODES_FILE = DATA_DIR / "local_government_codes.csv"
#: Code of no municipality (none given).
NONE = 0


@lru_cache(maxsize=1)
def rows():
    """The rows of the code list, by code (an int: 271004)."""
    with open(CODES_FILE, encoding="utf-8", newline="") as file:
        return {int(row["code"]): row for row in csv.DictReader(file)}


def check_digit(first_five):
    """The check digit of a 5-digit code (総務省 「全国地方公共団体コード」: 11 − Σ dᵢ × (6 − i) mod 11, mod 10)."""
    digits = [int(d) for d in f"{int(first_five):05d}"]
    return (11 - sum(d * (6 - i) for i, d in enumerate(digits)) % 11) % 10


def describe(code):
    """「大阪府大阪市 (271004)」 for a code of the list; the code alone otherwise."""
    row = rows().get(int(code))
    if row is None:
        return f"{int(code):06d}"
    name = row["name_ja"] if row["kind"] == "prefecture" else row["prefecture_ja"] + row["name_ja"]
    return f"{name} ({row['code']})"


def _valid(digits):
    return digits.isdigit() and len(digits) == 6 and check_digit(digits[:5]) == int(digits[5])


def code_of_text(text):
    """The code (int) of a code given as text: 6 digits with a valid check digit, or the 5 digits without it (a
    6-digit code given as a number, its leading 0 lost, is also recognised: 11002 → 011002 札幌市)."""
    digits = unicodedata.normalize("NFKC", str(text)).strip()
    if not digits:
        return NONE
    candidates = [digits] if len(digits) != 5 else [digits + str(check_digit(digits)), "0" + digits]
    found = [c for c in candidates if _valid(c) and int(c) in rows()]
    if len(found) == 1:
        return int(found[0])
    if len(found) > 1:
        raise NotCoveredError(f"municipality_code {text!r} is ambiguous: {', '.join(describe(c) for c in found)}; give 6 digits")
    if not any(_valid(c) for c in candidates):
        raise NotCoveredError(f"municipality_code {text!r} is not a national local government code (全国地方公共団体コード: "
                              "6 digits with the check digit, e.g. '271004' for 大阪市, or its first 5 digits)")
    raise NotCoveredError(f"municipality_code {text!r} is not in the list of current municipalities "
                          "(openfisca_japan/data/local_government_codes.csv)")


def _normalise(name):
    text = unicodedata.normalize("NFKC", str(name)).strip().lower().replace(" ", "").replace("　", "")
    for suffix in ("-shi", "-ku", "city", "ward", "shi", "ku"):
        if text.isascii() and text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)].rstrip("-,")
    return text


@lru_cache(maxsize=1)
def _names():
    """Normalised name -> codes of the municipalities so named: 「大阪市」, 「大阪府大阪市」, "osaka"."""
    index = {}
    for code, row in rows().items():
        if row["kind"] == "prefecture":
            continue
        keys = {row["name_ja"], row["prefecture_ja"] + row["name_ja"]}
        keys |= {row["name_en"]} if row["name_en"] else set()
        for key in keys:
            index.setdefault(_normalise(key), set()).add(code)
    return index


def code_of_name(name):
    """The code (int) of a municipality given by its name in Japanese (with or without its prefecture) or English."""
    if not str(name).strip():
        return NONE
    codes = _names().get(_normalise(name), set())
    if len(codes) == 1:
        return next(iter(codes))
    if codes:
        raise NotCoveredError(f"municipality_name {name!r} names several municipalities: "
                              f"{', '.join(describe(c) for c in sorted(codes))}; give the prefecture too or the code")
    raise NotCoveredError(f"municipality_name {name!r} is not a municipality of the list (openfisca_japan/data/"
                          "local_government_codes.csv): give its Japanese name (e.g. 「大阪市」 or 「大阪府大阪市」) or "
                          "its code (municipality_code)")


def codes_of(texts, reader):
    """`reader` (code_of_text or code_of_name) applied to each distinct value of a text array."""
    values = np.asarray(texts, dtype=object)
    distinct, positions = np.unique(values.astype(str), return_inverse=True)
    return np.array([reader(text) for text in distinct], dtype=np.int64)[positions.reshape(values.shape)]


def by_code(codes, value_of):
    """`value_of(code)` for each code of an array, computed once per distinct code."""
    distinct, positions = np.unique(np.asarray(codes, dtype=np.int64), return_inverse=True)
    return np.array([value_of(int(code)) for code in distinct])[positions]


def prefecture_name(code):
    """The `Prefecture` member name of a code ('' for none)."""
    row = rows().get(int(code))
    return row["prefecture"] if row else ""
