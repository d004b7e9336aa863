"""Form fields of the calculators: what a person types, read into values the situation takes.

Reading is lenient the way people write numbers ("300,000", "３０万" is not read, "300000円", full-width
digits); the allowed values themselves are the web API's (`openfisca_japan.edge.bounds`): a value read here
is sent as typed, and the API's 400 message is shown next to the field that carries it.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import unicodedata

MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def T(en, ja):  # noqa: N802 - a bilingual text
    return {"en": en, "ja": ja}


@dataclasses.dataclass
class Field:
    """One input of a calculator form."""

    name: str
    kind: str  # amount, integer, percent, month, date, choice, bool
    default: object
    label: dict
    help: dict | None = None
    options: list | None = None  # [(value, {"en", "ja"})]
    variables: tuple = ()  # the situation's variables this field sets (to show the API's messages here)
    show_if: dict | None = None  # {"field": [values]}: shown (and read) only then
    required: bool = True
    unit: dict | None = None

    def public(self):
        return {
            "name": self.name,
            "kind": self.kind,
            "default": self.default,
            "label": self.label,
            "help": self.help,
            "options": [{"value": value, "label": label} for value, label in self.options or []],
            "show_if": self.show_if,
            "unit": self.unit,
            "required": self.required,
        }


YEN = T("yen", "円")
PERCENT = T("%", "%")

NOT_A_NUMBER = T("Enter a number, e.g. 300000 or 300,000.", "数値を入力してください（例: 300000 または 300,000）。")
NOT_AN_INTEGER = T("Enter a whole number, e.g. 24.", "整数を入力してください（例: 24）。")
NOT_A_MONTH = T("Enter a month as YYYY-MM, e.g. 2026-04.", "年月を YYYY-MM の形で入力してください（例: 2026-04）。")
NOT_A_DATE = T("Enter a date as YYYY-MM-DD, e.g. 2026-04-01.", "日付を YYYY-MM-DD の形で入力してください（例: 2026-04-01）。")
NOT_AN_OPTION = T("Choose one of the options.", "選択肢から選んでください。")
MISSING = T("This field is needed.", "この項目を入力してください。")


def _normalise(text):
    text = unicodedata.normalize("NFKC", str(text)).strip()
    for noise in (",", "，", "、", " ", "円", "¥", "￥", "%", "％", "歳", "か月", "ヶ月", "ヵ月", "年", "日"):
        if noise in ("年", "日") and re.search(r"\d-\d", text):
            continue
        text = text.replace(noise, "")
    return text


def read_field(field, raw):
    """(value, None) or (None, error text {en, ja})."""
    if field.kind == "bool":
        return (raw in (True, "true", "on", "1", "yes", 1)), None
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if field.required:
            return None, MISSING
        return None, None
    if field.kind == "choice":
        allowed = [value for value, _ in field.options or []]
        if raw not in allowed:
            return None, NOT_AN_OPTION
        return raw, None
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if field.kind == "month":
        match = MONTH.match(text)
        if not match or not 1 <= int(match[2]) <= 12:
            return None, NOT_A_MONTH
        return f"{int(match[1]):04d}-{int(match[2]):02d}", None
    if field.kind == "date":
        match = DATE.match(text.replace("/", "-"))
        try:
            if not match:
                raise ValueError
            day = datetime.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None, NOT_A_DATE
        return day.isoformat(), None
    number_text = _normalise(text)
    if field.kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", number_text):
            return None, NOT_AN_INTEGER
        return int(number_text), None
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", number_text):
        return None, NOT_A_NUMBER
    number = float(number_text)
    if field.kind == "percent":
        return number / 100, None
    return (int(number) if number.is_integer() else number), None


def visible(field, values):
    if not field.show_if:
        return True
    return all(values.get(name) in allowed for name, allowed in field.show_if.items())


def read_form(fields, raw_values):
    """({field: value}, {field: error}) for the visible fields (hidden ones take their default)."""
    raw_values = raw_values if isinstance(raw_values, dict) else {}
    values, errors = {}, {}
    # choices and booleans first: they decide which fields are shown
    ordered = sorted(fields, key=lambda f: 0 if f.kind in ("choice", "bool") else 1)
    for field in ordered:
        raw = raw_values.get(field.name, field.default)
        if not visible(field, values):
            raw = field.default
            if field.kind == "percent" and isinstance(raw, (int, float)):
                raw = str(raw)
        value, error = read_field(field, raw)
        if error and visible(field, values):
            errors[field.name] = error
        values[field.name] = value
    return values, errors


def add_months(month, count):
    """'2026-04' + 3 -> '2026-07'."""
    year, number = int(month[:4]), int(month[5:7])
    index = year * 12 + number - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def fiscal_year_start(month):
    """The April that starts the fiscal year of `month` ('2027-02' -> '2026-04')."""
    year, number = int(month[:4]), int(month[5:7])
    return f"{year if number >= 4 else year - 1:04d}-04"


def birth_date_for_age(age, month):
    """A birth date giving `age` by the end of `month` and through the 12 months after (mid-month birthday)."""
    year, number = int(month[:4]), int(month[5:7])
    return datetime.date(year - int(age), number, 15).isoformat()
