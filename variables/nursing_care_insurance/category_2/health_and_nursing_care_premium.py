"""Health and nursing-care premiums together (健康保険料・介護保険料 合計, 健康保険法 第156条第1項第1号, 第160条第16項, 第161条).

Payroll deducts health and care together: the 50-sen rule is applied once to their sum, as in the Kyokai Kenpo premium
table's column 「介護保険第2号被保険者に該当する場合」. The care shares are that rounded sum minus the health shares.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsurer
from openfisca_japan.law.employee_premiums import HEALTH_BASES, share_on_bases_exact, total_on_bases_exact


class health_and_nursing_care_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Health and nursing-care premiums together (健康保険料・介護保険料 合計)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_156"

    def formula(person, period):
        care = person("nursing_care_rate", period)
        monthly = person("health_insurance_monthly_base", period)
        bonus = person("health_insurance_bonus_base", period)
        insurer = person.employer("health_insurer", period)
        unset = ((monthly + bonus) > 0) * person("is_nursing_care_category_2", period) * (care == 0)
        if np.any(unset * (insurer != HealthInsurer.kyokai_kenpo)):
            raise ValueError(
                "nursing_care_premium: insured persons aged 40–64 at a health insurance society or mutual aid "
                "association need `health_insurance_society_care_rate` or `mutual_aid_care_rate` (not set)."
            )
        return total_on_bases_exact(person, period, HEALTH_BASES, person("health_insurance_rate", period) + care)


class health_and_nursing_care_premium_employee(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Health and nursing-care premiums deducted from pay, 50-sen rule on their sum (健康保険料・介護保険料 被保険者負担分)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        rate = person("health_insurance_employee_rate", period) + person("nursing_care_employee_rate", period)
        return share_on_bases_exact(person, period, HEALTH_BASES, rate)
