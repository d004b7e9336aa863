"""`openfisca-japan payslip`: the pay-slip premium breakdown of situations (給与明細の社会保険料).

Reads situation files in the OpenFisca web API format (persons, employers, households) and prints, for
each employed person and the month asked, every premium with the employee share, the employer share and
the total, and the grades. `--examples` prints the bundled examples of `situation_examples/`.
"""

import json
from pathlib import Path

from openfisca_japan import SITUATION_EXAMPLES_DIR, CountryTaxBenefitSystem, SimulationBuilder

# (label, total variable, employee variable, employer variable)
PREMIUMS = [
    ("Health insurance (健康保険)", "health_insurance_premium", "health_insurance_premium_employee",
     "health_insurance_premium_employer"),
    ("Nursing care (介護保険)", "nursing_care_premium", "nursing_care_premium_employee", "nursing_care_premium_employer"),
    ("Child-rearing support levy (子ども・子育て支援金)", "child_rearing_support_levy",
     "child_rearing_support_levy_employee", "child_rearing_support_levy_employer"),
    ("Employees' pension (厚生年金保険)", "employees_pension_premium", "employees_pension_premium_employee",
     "employees_pension_premium_employer"),
    ("Employment insurance (雇用保険)", "employment_insurance_premium", "employment_insurance_premium_employee",
     "employment_insurance_premium_employer"),
]
GRADES = [
    ("monthly_remuneration", "Monthly remuneration (報酬月額)"),
    ("standard_monthly_remuneration_health", "Standard monthly remuneration, health (標準報酬月額・健保)"),
    ("health_insurance_grade", "Health insurance grade (健保等級)"),
    ("standard_monthly_remuneration_pension", "Standard monthly remuneration, pension (標準報酬月額・厚年)"),
    ("pension_grade", "Pension grade (厚年等級)"),
    ("standard_bonus_health", "Standard bonus, health (標準賞与額・健保)"),
    ("standard_bonus_pension", "Standard bonus, pension (標準賞与額・厚年)"),
]


def add_arguments(parser):
    parser.add_argument("situations", nargs="*", type=Path, help="situation JSON files (web API format)")
    parser.add_argument("--examples", action="store_true", help="print the bundled situation examples")
    parser.add_argument("--period", help="premium month YYYY-MM (default: the file's `period`, else the first month given)")


def _first_month(situation):
    for entity in ("persons", "employers"):
        for member in (situation.get(entity) or {}).values():
            for value in member.values() if isinstance(member, dict) else ():
                if isinstance(value, dict):
                    for key in value:
                        if len(key) == 7 and key[4] == "-":
                            return key
    return None


def read_situation(path):
    """The situation in a JSON file; a UsageError naming the file (and the line) when it cannot be read."""
    from openfisca_japan.cli import UsageError

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, not a situation file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: cannot read it ({error})") from None
    try:
        situation = json.loads(text)
    except json.JSONDecodeError as error:
        raise UsageError(f"{path}: invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    if not isinstance(situation, dict) or not isinstance(situation.get("persons"), dict):
        raise UsageError(f"{path}: a situation is a JSON object with `persons` (and `employers`, `households`)")
    return situation


def month_of(path, text):
    """The premium month, checked: a UsageError naming the file when it is not a month YYYY-MM."""
    from openfisca_core import periods

    from openfisca_japan.cli import UsageError

    if text is None:
        raise UsageError(f"{path}: no month found in the situation: pass --period YYYY-MM")
    try:
        period = periods.period(str(text))
    except (ValueError, TypeError, AttributeError):
        raise UsageError(f"{path}: invalid period {text!r}: give a month such as 2026-04") from None
    if period.unit != periods.DateUnit.MONTH or period.size != 1:
        raise UsageError(f"{path}: the pay slip is for one month (YYYY-MM), not {text!r}")
    return str(period)


REQUESTED = [name for _, *names in PREMIUMS for name in names] + [name for name, _ in GRADES]


# Month inputs that a pay slip reads for the month asked: given for other months only, openfisca would read their
# defaults (no wage, no insurer) and print a pay slip of zeros for a person who is paid.
MONTH_INPUTS = (("persons", "monthly_wage"), ("employers", "health_insurer"), ("employers", "employer_prefecture"))


def inputs_of_other_months(situation, period):
    """A Problem for each month input of MONTH_INPUTS given for other periods only, never for `period`."""
    from openfisca_core import periods

    from openfisca_japan.edge.errors import Problem

    asked, problems = periods.period(period), []
    for entity, variable in MONTH_INPUTS:
        for member_id, member in (situation.get(entity) or {}).items():
            values = member.get(variable) if isinstance(member, dict) else None
            if not isinstance(values, dict) or not values:
                continue
            try:
                covered = any(periods.period(str(key)).contains(asked) for key in values if str(key) != "ETERNITY")
            except ValueError:
                continue  # a bad period key is reported by the situation checks
            if not covered and "ETERNITY" not in values:
                given = ", ".join(str(key) for key in values)
                problems.append(Problem(f"given for {given} only, not for the month {period} of the pay slip", variable=variable,
                                        entity=entity, id=member_id, allowed=f"a value for {period}, or --period {next(iter(values))}"))  # fmt: skip
    return problems


def check_payslip_situation(tax_benefit_system, situation, period, source="situation"):
    """Every problem of the situation for a pay slip at once: bad values (`validate_situation`), a person
    not born by the end of the month, a person paid wages without employer, an employer without insurer (or
    without prefecture for Kyokai Kenpo). Returns the insurers' rates that are missing ({person: [Problem]}):
    the lines that need them are shown NOT COMPUTED (`openfisca_japan.edge.requirements`)."""
    import datetime

    from openfisca_core import periods

    from openfisca_japan.edge.bounds import _as_date
    from openfisca_japan.edge.errors import InputValidationError, Problem
    from openfisca_japan.edge.requirements import REQUIRED_EMPLOYER_RATES, situation_problems
    from openfisca_japan.edge.situations import validate_situation

    rate_names = {rate for rates in REQUIRED_EMPLOYER_RATES.values() for rate in rates}
    found = situation_problems(situation, REQUESTED)
    missing_rates = [p for p in found if p.variable in rate_names and p.entity == "employers"]
    problems = validate_situation(tax_benefit_system, situation) + [p for p in found if p not in missing_rates]
    stop = periods.period(period).stop.date
    for person_id, person in situation["persons"].items():
        births = (person or {}).get("birth_date") if isinstance(person, dict) else None
        for value in (births or {}).values() if isinstance(births, dict) else ():
            try:
                born = _as_date(value)
            except (TypeError, ValueError):
                continue
            if isinstance(born, datetime.date) and born > stop:
                problems.append(Problem(f"born on {born}, after the month {period}: not born yet", variable="birth_date",
                                        entity="persons", id=person_id, allowed=f"a birth date on or before {stop}"))  # fmt: skip
    problems += inputs_of_other_months(situation, period)
    if problems:
        raise InputValidationError(list(dict.fromkeys(problems)), f"{source}: cannot make this pay slip")
    by_person = {}
    for problem in missing_rates:
        members = (situation.get("employers") or {}).get(problem.id, {}).get("employees") or []
        for member in members if isinstance(members, list) else [members]:
            by_person.setdefault(member, []).append(problem)
    return by_person


def breakdown(tax_benefit_system, situation, period, missing_rates=None):
    """Compute the pay-slip lines of every person of `situation` for `period` (a month). A line that needs
    an insurer's rate that is not given (`missing_rates`: {person: [Problem]}) is NOT COMPUTED, never 0."""
    from openfisca_japan.edge.requirements import REQUIRED_EMPLOYER_RATES, needs
    from openfisca_japan.law.coverage import NotCoveredError

    missing_rates = missing_rates or {}
    outputs_of = {rate: outputs for rates in REQUIRED_EMPLOYER_RATES.values() for rate, (outputs, _) in rates.items()}
    situation = {key: value for key, value in situation.items() if key in ("persons", "households", "employers")}
    simulation = SimulationBuilder(check=False).build_from_entities(tax_benefit_system, situation)
    names = list(situation["persons"].keys())
    results = []
    for index, name in enumerate(names):
        lines, totals, missing = [], [0.0, 0.0, 0.0], []
        for label, total, employee, employer in PREMIUMS:
            lacking = [p for p in missing_rates.get(name, []) if needs([total], outputs_of[p.variable])]
            if lacking:
                missing.append(f"{label}: " + "; ".join(str(p) for p in lacking))
                continue
            try:
                values = [float(simulation.calculate(v, period)[index]) for v in (employee, employer, total)]
            except NotCoveredError as error:
                error.add_context(f"person {name!r}, {label}, {period}")
                raise
            except ValueError as error:  # a case the formulas refuse
                missing.append(f"{label}: {error}")
                continue
            lines.append((label, *values))
            totals = [t + v for t, v in zip(totals, values, strict=True)]
        grades = [(label, float(simulation.calculate(v, period)[index])) for v, label in GRADES]
        insured = {
            v: bool(simulation.calculate(v, period)[index])
            for v in ("is_employee_health_insured", "is_employees_pension_insured", "is_employment_insurance_insured",
                      "is_nursing_care_category_2")
        }
        results.append({"person": name, "lines": lines, "totals": None if missing else totals, "grades": grades,
                        "insured": insured, "missing": missing})  # fmt: skip
    return results


def _print(title, period, results):
    year, month = period.split("-")[:2]
    print(f"\n=== {title} — premiums for {period} (保険料 {int(year)}年{int(month)}月分) ===")
    for result in results:
        print(f"-- {result['person']}")
        for label, value in result["grades"]:
            print(f"   {label:<58} {value:>12,.0f}")
        flags = ", ".join(name for name, on in result["insured"].items() if on) or "not insured"
        print(f"   Coverage: {flags}")
        print(f"   {'Premium':<50} {'employee':>12} {'employer':>12} {'total':>12}")
        for label, employee, employer, total in result["lines"]:
            print(f"   {label:<50} {employee:>12,.0f} {employer:>12,.0f} {total:>12,.0f}")
        if result["totals"] is None:
            print(f"   {'Total (社会保険料 合計)':<50} NOT COMPUTED: a line below is missing")
        else:
            employee, employer, total = result["totals"]
            print(f"   {'Total (社会保険料 合計)':<50} {employee:>12,.0f} {employer:>12,.0f} {total:>12,.0f}")
        for message in result["missing"]:
            print(f"   NOT COMPUTED — {message}")


def run(args):
    """Every file in turn; a file that cannot be made into a pay slip is reported (stderr) and the others
    are still printed. Exit code: 0, 2 (bad input in a file), 3 (a period or case not covered)."""
    import sys

    from openfisca_japan.cli import EXIT_BAD_INPUT, EXIT_NOT_COVERED, UsageError
    from openfisca_japan.edge.errors import InputValidationError
    from openfisca_japan.law.coverage import NotCoveredError

    paths = list(args.situations)
    if args.examples:
        paths += sorted(SITUATION_EXAMPLES_DIR.glob("*.json"))
    if not paths:
        raise UsageError("give situation JSON files or --examples")
    if args.period is not None:
        month_of("--period", args.period)
    tax_benefit_system = CountryTaxBenefitSystem()
    status = 0
    for path in paths:
        try:
            situation = read_situation(path)
            period = month_of(path, args.period or situation.get("period") or _first_month(situation))
            missing_rates = check_payslip_situation(tax_benefit_system, situation, period, source=str(path))
            results = breakdown(tax_benefit_system, situation, period, missing_rates)
        except (UsageError, InputValidationError) as error:
            text = str(error)
            print(f"openfisca-japan payslip: {text if text.startswith(str(path)) else f'{path}: {text}'}", file=sys.stderr)
            status = max(status, EXIT_BAD_INPUT)
            continue
        except NotCoveredError as error:
            print(f"openfisca-japan payslip: {path}: not covered by the model: {error}", file=sys.stderr)
            status = max(status, EXIT_NOT_COVERED)
            continue
        _print(situation.get("description", Path(path).stem), period, results)
        for result in results:
            if result["missing"]:
                print(f"openfisca-japan payslip: {path}: person {result['person']!r}: lines not computed: "
                      + "; ".join(result["missing"]), file=sys.stderr)  # fmt: skip
                status = max(status, EXIT_BAD_INPUT)
    return status
