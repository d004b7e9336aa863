"""Aged 70 or over with income comparable to the working generation (現役並み所得者, 健康保険法施行令 第34条; 高齢者の医療の確保に
関する法律施行令 第7条).

Employee insurance: a 70+ insured person of the household has a standard monthly remuneration ≥ 280,000 yen. NHI /
late-stage: a 70+ member of the same scheme in the household has a resident-tax taxable income ≥ 1.45 million.
Unless the gross income of the 70+ members of that scheme in the household is below 3.83 million (one) / 5.2 million
(two or more) (基準収入額適用, on application, assumed made).
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme
from openfisca_japan.law.health_insurance_copayment import EMPLOYEE_TYPE, in_schemes, income_year
from openfisca_japan.law.taxes import resident_tax_taxable_income_where_needed


def _active_in_group(person, members, test, revenue, t):
    """Members of a scheme's group in the household are 現役並み when one of the group passes `test`, unless the
    gross income of the group's 70+ members is below the escape amounts (基準収入額)."""
    count = person.household.sum(members)
    total = person.household.sum(np.where(members, revenue, 0))
    escape = np.where(count > 1, total < t.revenue_escape_multiple, total < t.revenue_escape_single)
    return members * person.household.any(test) * ~escape


class elderly_active_income(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Aged 70 or over with income comparable to the working generation (現役並み所得者)"
    documentation = (
        "Employee insurance: a 70+ insured person of the household (the person or their supporter) has a "
        "standard monthly remuneration ≥ 280,000 yen. NHI / late-stage: a 70+ member of the same scheme in the "
        "household has a resident-tax taxable income ≥ 1.45 million. Unless the gross income (`annual_income`) "
        "of the 70+ members of that scheme in the household is below 3.83 million (one) / 5.2 million (two or "
        "more), on application (assumed made)."
    )
    reference = "健康保険法施行令 第34条; 高齢者の医療の確保に関する法律施行令 第7条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_34)"

    def formula(person, period, parameters):
        t = parameters(period).health_insurance.copayment.income_tests
        scheme = person("health_insurance_scheme", period)
        elderly = person("is_elderly_for_copayment", period) + (scheme == HealthInsuranceScheme.late_stage_elderly)
        year = income_year(period)
        employee_group = in_schemes(scheme, EMPLOYEE_TYPE + (HealthInsuranceScheme.dependant,))
        nhi = scheme == HealthInsuranceScheme.national_health_insurance
        late = scheme == HealthInsuranceScheme.late_stage_elderly
        smr = person("insured_standard_monthly_remuneration", period)
        active_insured = elderly * in_schemes(scheme, EMPLOYEE_TYPE) * (smr >= t.active_standard_monthly_remuneration)
        taxable = resident_tax_taxable_income_where_needed(person, year, elderly * (nhi + late)) >= t.active_taxable_income
        revenue = person("annual_income", year)
        results = [
            _active_in_group(person, elderly * group, test, revenue, t)
            for group, test in [(employee_group, active_insured), (nhi, elderly * nhi * taxable), (late, late * taxable)]
        ]
        return results[0] + results[1] + results[2]
