"""Share of the medical cost paid by the patient (一部負担金の割合; 健康保険法 第74条, 第110条; 国民健康保険法 第42条;
高齢者の医療の確保に関する法律 第67条).

- before compulsory school entry (until the first 31 March after reaching 6): 20 %;
- to the month in which one reaches 70: 30 %;
- from the month after reaching 70 to 74: 20 %, or 30 % with income comparable to the working generation (現役並み);
- late-stage elderly: 10 %, or 30 % for 現役並み; from October 2022 also 20 % for a certain income (一定以上所得,
  令和3年法律第66号);
- without public health insurance: the whole cost.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme


def _rate_by_scheme_and_age(person, period, rates, active, late_rate):
    """The rate of the person's scheme and age, given the late-stage elderly rate (第67条) of the period."""
    scheme = person("health_insurance_scheme", period)
    return np.select(
        [
            scheme == HealthInsuranceScheme.none,
            scheme == HealthInsuranceScheme.late_stage_elderly,
            person("is_before_school_entry", period),
            person("is_elderly_for_copayment", period),
        ],
        [1.0, late_rate, rates.before_school_entry, np.where(active, rates.active_income, rates.age_70_to_74)],
        rates.general,
    )


class copayment_rate(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "/1"
    label = "Share of the medical cost paid by the patient (一部負担金・自己負担の割合)"
    documentation = (
        "0.2 before school entry, 0.3 to 69, 0.2/0.3 from 70 to 74, 0.1/0.2/0.3 in late-stage elderly care; "
        "1.0 without public health insurance."
    )
    reference = "健康保険法 第74条, 第110条; 国民健康保険法 第42条; 高齢者の医療の確保に関する法律 第67条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_74)"

    def formula(person, period, parameters):
        """Until September 2022: late-stage elderly 10 %, or 30 % for 現役並み (第67条第1項第1号・第2号 before 令和3年法律第66号)."""
        rates = parameters(period).health_insurance.copayment.rates
        active = person("elderly_active_income", period)
        late_rate = np.where(active, rates.active_income, rates.late_stage_general)
        return _rate_by_scheme_and_age(person, period, rates, active, late_rate)

    def formula_2022_10(person, period, parameters):
        """From October 2022: late-stage elderly 10 %, 20 % with a certain income (一定以上所得), 30 % for 現役並み."""
        rates = parameters(period).health_insurance.copayment.rates
        active = person("elderly_active_income", period)
        late_rate = np.where(active, rates.active_income, rates.late_stage_general)
        late_rate = np.where(person("late_stage_certain_income", period), rates.late_stage_certain_income, late_rate)
        return _rate_by_scheme_and_age(person, period, rates, active, late_rate)
