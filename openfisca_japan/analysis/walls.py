"""The income walls (年収の壁), read from the parameters of a tax-benefit system, so that a reform moves them.

Each wall is the annual earnings at which a rule changes for a part-time spouse or dependant:

- `short_time_coverage` (106万円の壁): the monthly wage requirement of short-time workers' coverage by
  employee insurance at firms of 51+ insured (`employee_insurance_coverage.short_time_workers.
  minimum_monthly_wage`) × 12;
- `dependant_cap` (130万円の壁): the income cap of a health-insurance dependant and of a category 3 spouse
  (`health_insurance.dependants.income_limit.general`);
- `tax_dependant` (所得税の扶養の壁: 103万 → 123万円 from 2025): the employment income at which a relative
  stops being a dependant for the income tax = the minimum employment income deduction + the income limit
  of a dependant (`income.employment_income_deduction_minimum` + `taxes.income_tax.dependant_income_limit`);
- `income_tax` (所得税の壁: 103万 → 160万円 from 2025): the salary from which the earner pays income tax =
  the minimum employment income deduction + the basic deduction at low income
  (`taxes.income_tax.basic_deduction` at 0).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wall:
    key: str
    label: str  # English
    label_ja: str
    amount: float


def _read(parameters, path):
    node = parameters
    for part in path.split("."):
        node = node.children[part] if hasattr(node, "children") else getattr(node, part)
    return node


def walls(system, instant):
    """The walls in force at `instant` (e.g. "2025-10-01") under `system`; a wall whose parameters are not
    covered at that date is left out."""
    parameters = system.parameters(instant)
    found = []

    def add(key, label, label_ja, compute):
        try:
            amount = float(compute())
        except Exception:  # noqa: BLE001 (a wall whose parameters are not in force at that date)
            return
        found.append(Wall(key, label, label_ja, amount))

    add(
        "short_time_coverage", "Short-time workers' coverage, firms of 51+ (monthly wage × 12)", "106万円の壁 (社会保険の適用)",
        lambda: 12 * _read(parameters, "employee_insurance_coverage.short_time_workers.minimum_monthly_wage"),
    )  # fmt: skip
    add(
        "tax_dependant", "Dependant for the income tax (dependant deduction)", "扶養控除の壁 (所得税)",
        lambda: _read(parameters, "income.employment_income_deduction_minimum") + _read(parameters, "taxes.income_tax.dependant_income_limit"),
    )  # fmt: skip
    add(
        "dependant_cap", "Health-insurance dependant and category 3 spouse", "130万円の壁 (被扶養者・第3号)",
        lambda: _read(parameters, "health_insurance.dependants.income_limit.general"),
    )  # fmt: skip
    add(
        "income_tax", "Income tax of the earner", "所得税の壁 (本人の所得税)",
        lambda: _read(parameters, "income.employment_income_deduction_minimum") + _read(parameters, "taxes.income_tax.basic_deduction").calc(0),
    )  # fmt: skip
    return found
