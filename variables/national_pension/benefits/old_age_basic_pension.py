"""Old-age basic pension (老齢基礎年金), 国民年金法 第26条・第27条."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import birth_dates
from openfisca_japan.law.pension_amounts import adjusted_for_claim_age
from openfisca_japan.law.rounding import round_half_up_yen

COHORT_SPLIT = np.datetime64("1956-04-01")  # 昭和31年4月1日以前生まれ: 既裁定者の改定率


class old_age_basic_pension_full_amount(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Full annual old-age basic pension of the fiscal year for the person's cohort (老齢基礎年金の満額)"
    documentation = "Two amounts since FY2023: born on or after 2 April 1956, and born on or before 1 April 1956."
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_27"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        full = parameters(period).national_pension.benefits.old_age_basic.full_amount
        older = birth_dates(person, period) <= COHORT_SPLIT
        return where(older, full.born_on_or_before_1956_04_01, full.born_after_1956_04_01)


class old_age_basic_pension_weighted_months(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Paid months plus exempt months at their weights (保険料納付済月数 + 免除月数 × 反映割合)"
    documentation = (
        "Full, 3/4, half and 1/4 exempt months count 1/2, 5/8, 3/4, 7/8 from April 2009 and 1/3, 1/2, 2/3, "
        "5/6 before (NPA art. 27). Raises an error if the months exceed 480."
    )
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_27", "https://www.city.nara.lg.jp/soshiki/37/9260.html"]
    unit = "month"

    def formula(person, period, parameters):
        calc = parameters(period).national_pension.benefits.old_age_basic.calculation
        kinds = ["full_exemption", "three_quarter_exemption", "half_exemption", "quarter_exemption"]
        names = ["full_exempt", "three_quarter_exempt", "half_exempt", "quarter_exempt"]
        paid = person("contribution_months_paid", period)
        weighted = paid.astype(np.float64)
        total = paid.copy()
        for kind, name in zip(kinds, names, strict=True):
            since = person(f"contribution_months_{name}", period)
            before = person(f"contribution_months_{name}_before_2009_04", period)
            weighted = weighted + since * calc.weights_since_2009_04[kind] + before * calc.weights_before_2009_04[kind]
            total = total + since + before
        if np.any(total > calc.full_contribution_months):
            raise ValueError("Paid and exempt months aged 20–59 cannot exceed 480")
        return weighted


class old_age_basic_pension(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Old-age basic pension, annual amount (老齢基礎年金の年金額)"
    documentation = (
        "Full amount × weighted months ÷ 480, rounded to the yen (NPA arts. 17, 27), then increased or "
        "reduced for deferral or early claim (the adjustment rounded to the yen). 0 without the qualifying "
        "period. The amount of entitlement for the fiscal year of the period (use `year:YYYY-04`); it is paid "
        "from the month after reaching 65, or the chosen claim age. The add-on pension (付加年金) is `additional_pension`."
    )
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_26", "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_27"]
    unit = "currency-JPY"

    def formula(person, period, parameters):
        calc = parameters(period).national_pension.benefits.old_age_basic.calculation
        full = person("old_age_basic_pension_full_amount", period).astype(np.float64)
        months = person("old_age_basic_pension_weighted_months", period).astype(np.float64)
        base = round_half_up_yen(full * months / calc.full_contribution_months)
        amount = adjusted_for_claim_age(person, period, base)
        return where(person("old_age_pension_qualified", period), amount, 0)
