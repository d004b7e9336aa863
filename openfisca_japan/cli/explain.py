"""`openfisca-japan explain SITUATION.json VARIABLE --period P`: how a value was computed, step by step, with
the law article or official page of each step (the explanation of the calculator pages' "How was this
computed?", `openfisca_japan.edge.explain`)."""

from __future__ import annotations

import json
import sys


def add_arguments(parser):
    parser.add_argument("situation", help="situation JSON file (as posted to the web API's /calculate), '-' for standard input")
    parser.add_argument("variable", help="the variable to explain, e.g. social_insurance_premiums_employee")
    parser.add_argument("--period", help="period of the value, e.g. 2026-04, 2026 or year:2026-04 (default: the file's period key)")
    parser.add_argument("--id", dest="entity_id", help="person, household or employer id (needed when the situation has several)")
    parser.add_argument("--json", action="store_true", help="print the explanation as JSON")
    parser.add_argument("--lang", choices=["en", "ja"], default="en", help="language of the text output (default en)")
    parser.add_argument("--depth", type=int, default=None, help="show the steps down to this depth only (text output)")


def run(args):
    from openfisca_japan import CountryTaxBenefitSystem
    from openfisca_japan.edge.errors import InputValidationError, Problem
    from openfisca_japan.edge.explain import ExplainError, as_text, explain

    try:
        text = sys.stdin.read() if args.situation == "-" else open(args.situation, encoding="utf-8").read()
        situation = json.loads(text)
    except (OSError, json.JSONDecodeError) as error:
        raise InputValidationError([Problem(f"cannot read the situation {args.situation!r}: {error}")]) from error
    period = args.period or (situation.get("period") if isinstance(situation, dict) else None)
    if not period:
        raise InputValidationError([Problem("give the period with --period (e.g. 2026-04)", variable=args.variable)])
    tax_benefit_system = CountryTaxBenefitSystem()
    try:
        explanation = explain(tax_benefit_system, situation, args.variable, str(period), args.entity_id)
    except ExplainError as error:
        raise InputValidationError([Problem(str(error), variable=args.variable)]) from error
    if args.json:
        print(json.dumps(explanation, ensure_ascii=False, indent=2, default=str))
    else:
        print(as_text(explanation, lang=args.lang, max_depth=args.depth))
    return 0
