"""Late-stage elderly with a certain income, the 20 % group (一定以上所得のある後期高齢者, 高齢者の医療の確保に関する法律 第67条第1項
第2号; 同施行令 第7条), from October 2022."""

import numpy as np
from openfisca_core.model_api import MONTH, YEAR, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme
from openfisca_japan.law.health_insurance_copayment import income_year
from openfisca_japan.law.taxes import resident_tax_taxable_income_where_needed


class pension_revenue_and_other_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Public pension revenue plus other total income of the calendar year (年金収入＋その他の合計所得金額)"
    documentation = "The income of the late-stage elderly 20 % test (一定以上所得)."
    reference = "高齢者の医療の確保に関する法律施行令 第7条 (https://laws.e-gov.go.jp/law/357CO0000000293#Mp-At_7)"


class late_stage_certain_income(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Late-stage elderly with a certain income, 20 % group (一定以上所得のある後期高齢者)"
    documentation = (
        "Not 現役並み; a late-stage member of the household has taxable income ≥ 280,000 yen; and pension "
        "revenue plus other total income ≥ 2 million (one late-stage member) or the total of the late-stage "
        "members ≥ 3.2 million (two or more). From October 2022."
    )
    reference = "高齢者の医療の確保に関する法律 第67条第1項第2号; 同施行令 第7条 (https://laws.e-gov.go.jp/law/357AC0000000080#Mp-At_67)"

    def formula(person, period, parameters):
        t = parameters(period).health_insurance.copayment.income_tests
        late = person("health_insurance_scheme", period) == HealthInsuranceScheme.late_stage_elderly
        year = income_year(period)
        taxable = late * (resident_tax_taxable_income_where_needed(person, year, late) >= t.certain_income_taxable_income)
        count = person.household.sum(late)
        total = person.household.sum(np.where(late, person("pension_revenue_and_other_income", year), 0))
        income_test = np.where(count > 1, total >= t.certain_income_multiple, total >= t.certain_income_single)
        return late * person.household.any(taxable) * income_test * ~person("elderly_active_income", period)
