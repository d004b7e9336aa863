"""Answering a calculator's form: read the fields, compute the situations with the web API's `calculate`,
and put the API's refusals next to the fields they name."""

from __future__ import annotations

import copy

from openfisca_core.errors import SituationParsingError

from openfisca_japan.edge.errors import InputValidationError
from openfisca_japan.edge.web.calculators import Results
from openfisca_japan.edge.web.forms import T, read_form
from openfisca_japan.law.coverage import SUPPORTED_PERIODS_TEXT, NotCoveredError

NOT_COVERED = T(
    "The model does not cover this period or case: the law's values for it are not published yet, or could not be "
    f"verified from an official source. It covers {SUPPORTED_PERIODS_TEXT}, except the values listed as not covered "
    "in its documentation. Try an earlier month.",
    "この期間・ケースはモデルの対象外です（公的な数値が未公表、または公式資料で確認できていません）。対象期間は"
    "各パラメータの値が確認されている期間（`openfisca-japan coverage`）で、資料で「対象外」とした値を除きます。"
    "より前の月で試してください。",
)
REFUSED = T("The model cannot compute this situation:", "この条件では計算できません：")


class FormError(Exception):
    """What the page shows: messages per field and general ones (status 400)."""

    def __init__(self, fields=None, general=None, kind="invalid"):
        super().__init__("invalid form")
        self.fields = fields or {}
        self.general = general or []
        self.kind = kind

    def json(self):
        return {"errors": self.fields, "general": self.general, "kind": self.kind}


def _field_for(calculator, problem):
    for field in calculator.fields:
        if problem.variable and problem.variable in field.variables:
            return field.name
    if problem.period and calculator.period_fields:
        return calculator.period_fields[0]
    return None


NOT_COVERED_WORDS = ("no published value", "not covered", "not known for this period", "not published",
                     "could not be confirmed", "the model supports")


def is_not_covered(text):
    return any(words in text for words in NOT_COVERED_WORDS)


def problems_to_form_error(calculator, error):
    """An InputValidationError of the API -> the fields' messages (the API's own text, in English)."""
    fields, general, seen = {}, [], set()
    not_covered = error.title == "Not covered" or any(is_not_covered(p.message) for p in error.problems)
    for problem in error.problems:
        name = _field_for(calculator, problem)
        short = problem.message + (f"; allowed: {problem.allowed}" if problem.allowed else "")
        if (name, short) in seen:
            continue  # the same refusal for every value asked for that period
        seen.add((name, short))
        text = short if name else str(problem)
        japanese = ("この値は受け付けられません（API のメッセージ: " if name else "計算できません（API のメッセージ: ") + text + "）"
        message = {"en": text, "ja": japanese, "api": str(problem)}
        if name:
            previous = fields.get(name)
            fields[name] = message if previous is None else {k: f"{previous[k]}; {message[k]}" for k in message}
        else:
            general.append(message)
    if not_covered:
        general.insert(0, NOT_COVERED)
        if calculator.period_fields and calculator.period_fields[0] not in fields:
            fields[calculator.period_fields[0]] = NOT_COVERED
        return FormError(fields, general, "not_covered")
    if error.title == "Refused":
        general.insert(0, REFUSED)
    return FormError(fields, general)


def compute(calculator, raw_values, tax_benefit_system):
    """{"answer": blocks, "situations": {...}, "values": {...}} or raise FormError."""
    from openfisca_japan.edge.web_api import calculate

    values, errors = read_form(calculator.fields, raw_values)
    if errors:
        raise FormError(errors)
    situations = calculator.situations(values)
    computed = {}
    for name, situation in situations.items():
        try:
            computed[name] = calculate(tax_benefit_system, copy.deepcopy(situation))
        except InputValidationError as error:
            raise problems_to_form_error(calculator, error) from error
        except NotCoveredError as error:
            message = {"en": str(error), "ja": str(error), "api": str(error)}
            fields = {calculator.period_fields[0]: NOT_COVERED} if calculator.period_fields else {}
            raise FormError(fields, [NOT_COVERED, message], "not_covered") from error
        except SituationParsingError as error:
            text = str(error.error) if getattr(error, "error", None) else str(error)
            raise FormError({}, [{"en": text, "ja": text, "api": text}]) from error
    try:
        blocks = calculator.answer(values, Results(computed), tax_benefit_system)
    except NotCoveredError as error:
        raise FormError({}, [NOT_COVERED, {"en": str(error), "ja": str(error)}], "not_covered") from error
    return {"answer": blocks, "situations": situations, "values": values}
