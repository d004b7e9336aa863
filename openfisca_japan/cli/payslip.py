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
        for member in situation.get(entity, {}).values():
            for value in member.values():
                if isinstance(value, dict):
                    for key in value:
                        if len(key) == 7 and key[4] == "-":
                            return key
    raise ValueError("no month found in the situation: pass --period YYYY-MM")


def breakdown(tax_benefit_system, situation, period):
    """Compute the pay-slip lines of every person of `situation` for `period` (a month)."""
    situation = {key: value for key, value in situation.items() if key in ("persons", "households", "employers")}
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    names = list(situation["persons"].keys())
    results = []
    for index, name in enumerate(names):
        lines, totals, missing = [], [0.0, 0.0, 0.0], []
        for label, total, employee, employer in PREMIUMS:
            try:
                values = [float(simulation.calculate(v, period)[index]) for v in (employee, employer, total)]
            except ValueError as error:  # an insurer's rate that must be given as input is missing
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
        results.append({"person": name, "lines": lines, "totals": totals, "grades": grades, "insured": insured,
                        "missing": missing})
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
        employee, employer, total = result["totals"]
        print(f"   {'Total (社会保険料 合計)':<50} {employee:>12,.0f} {employer:>12,.0f} {total:>12,.0f}")
        for message in result["missing"]:
            print(f"   NOT COMPUTED — {message}")


def run(args):
    paths = list(args.situations)
    if args.examples:
        paths += sorted(SITUATION_EXAMPLES_DIR.glob("*.json"))
    if not paths:
        print("Give situation JSON files or --examples.")
        return 2
    tax_benefit_system = CountryTaxBenefitSystem()
    for path in paths:
        situation = json.loads(Path(path).read_text(encoding="utf-8"))
        period = args.period or situation.get("period") or _first_month(situation)
        title = situation.get("description", Path(path).stem)
        _print(title, period, breakdown(tax_benefit_system, situation, period))
    return 0
