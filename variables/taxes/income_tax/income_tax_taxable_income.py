"""Taxable total income of the income tax (課税総所得金額)."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, max_

from openfisca_japan.entities import Person
from openfisca_japan.law.rounding import floor_to

#: 租税特別措置法 第29条の4 (令和8年法律第12号): for 2026 and 2027, salary receipts up to 2,200,000 yen have a
#: special employment income deduction (740,000 yen and special rows) that parameters/income/ does not encode
#: yet (one transcription found). The income tax of those salaries is refused rather than computed wrongly
#: (`formula_2026`, until `formula_2028`).
SPECIAL_SALARY_RULE_LIMIT = 2_200_000


class income_tax_taxable_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Taxable total income of the income tax (課税総所得金額, 1,000円未満切捨て)"
    documentation = (
        "Total income less the income deductions, not below 0, truncated to 1,000 yen. Refused for 2026 "
        "salaries up to 2.2 million (special employment income deduction of 措法29条の4 not encoded)."
    )
    reference = "所得税法 第89条第2項; 国税通則法 第118条第1項 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_89)"
    unit = "currency-JPY"

    def formula(person, period):
        return taxable_income(person, period)

    def formula_2026(person, period):
        # 2026 and 2027: 租税特別措置法 第29条の4 (special employment income deduction up to 2.2 million, not encoded)
        refuse_special_salary_rule(person, period)
        return taxable_income(person, period)

    def formula_2028(person, period):
        return taxable_income(person, period)


def taxable_income(person, period):
    """Total income less the income deductions, not below 0, truncated to 1,000 yen."""
    income = person("total_income", period) - person("income_tax_income_deductions", period)
    return floor_to(max_(income, 0), 1000)


def refuse_special_salary_rule(person, period):
    """A clear error for the salaries that the 2026-2027 special employment income deduction concerns."""
    salary = person("annual_employment_income", period)
    if np.any((salary > 0) & (salary <= SPECIAL_SALARY_RULE_LIMIT)):
        raise ValueError(
            "income_tax_taxable_income: the 2026-2027 employment income deduction for salaries up to 2.2 "
            "million yen (租税特別措置法 第29条の4, 740,000 yen) is not covered; give `employment_income`."
        )
