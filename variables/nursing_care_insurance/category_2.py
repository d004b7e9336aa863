"""Nursing-care premium of category-2 insured persons collected with employee health insurance (介護保険料).

Insured persons aged 40–64 (介護保険法第9条第2号) pay the care premium with the health insurance premium
(健康保険法第156条第1項第1号, 第160条第16項). Payroll deducts health and care together: the 50-sen rule is
applied once to their sum, as in the Kyokai Kenpo premium table's column 「介護保険第2号被保険者に該当する
場合」. The care shares are that rounded sum minus the health shares.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer, Person
from openfisca_japan.enums import HealthInsurer
from openfisca_japan.law.employee_premiums import HEALTH_BASES, employee_share_on_bases, employer_share, rate_by_insurer
from openfisca_japan.law.rounding import premium_total, to_pcm


class health_insurance_society_care_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Health insurance society's nursing-care premium rate, employer + employee (健康保険組合 介護保険料率)"
    documentation = "A fraction (0.018 for 18/1000). Required for insured persons aged 40–64 of a society."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_160"


class health_insurance_society_care_employee_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Insured person's part of a society's nursing-care rate (健康保険組合 介護保険料率 被保険者負担分)"
    documentation = "Leave 0 for the legal half of `health_insurance_society_care_rate`."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_162"


class mutual_aid_care_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Mutual aid association nursing-care contribution rate, member's part (共済組合 介護掛金率)"
    documentation = "A fraction (0.00794 for 7.94/1000). Required for members aged 40–64."
    reference = "https://laws.e-gov.go.jp/law/333AC0000000128#Mp-At_100"


class mutual_aid_care_employer_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Mutual aid association nursing-care contribution rate, employer's part (共済組合 介護負担金率)"
    documentation = "Defaults to the member's rate."
    reference = "https://laws.e-gov.go.jp/law/333AC0000000128#Mp-At_99"

    def formula(employer, period):
        return employer("mutual_aid_care_rate", period)


class nursing_care_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Nursing-care premium rate due in the month, employer and employee, per 100,000 (介護保険料率)"
    documentation = "0 unless the insured person is a category-2 insured person (40–64) in the month."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_160"

    def formula(person, period, parameters):
        rate = rate_by_insurer(person, period, parameters(period).nursing_care_insurance.category_2.kyokai_kenpo_rate,
                               "health_insurance_society_care_rate", "mutual_aid_care_rate", "mutual_aid_care_employer_rate")
        return to_pcm(rate) * person("is_nursing_care_category_2", period)


class nursing_care_employee_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Insured person's part of the nursing-care rate, per 100,000 (介護保険料率 被保険者負担分)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        insurer = person.employer("health_insurer", period)
        total = person("nursing_care_rate_pcm", period)
        society_own = to_pcm(person.employer("health_insurance_society_care_employee_rate", period))
        mutual = to_pcm(person.employer("mutual_aid_care_rate", period))
        own = np.select(
            [insurer == HealthInsurer.health_insurance_society, insurer == HealthInsurer.mutual_aid_association],
            [society_own, mutual],
            0,
        )
        return np.where((own > 0) * (total > 0), own, total // 2)


class health_and_nursing_care_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Health and nursing-care premiums together (健康保険料・介護保険料 合計)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_156"

    def formula(person, period):
        care = person("nursing_care_rate_pcm", period)
        monthly = person("health_insurance_monthly_base", period)
        bonus = person("health_insurance_bonus_base", period)
        insurer = person.employer("health_insurer", period)
        unset = ((monthly + bonus) > 0) * person("is_nursing_care_category_2", period) * (care == 0)
        if np.any(unset * (insurer != HealthInsurer.kyokai_kenpo)):
            raise ValueError(
                "nursing_care_premium: insured persons aged 40–64 at a health insurance society or mutual aid "
                "association need `health_insurance_society_care_rate` or `mutual_aid_care_rate` (not set)."
            )
        return premium_total(monthly, bonus, person("health_insurance_rate_pcm", period) + care)


class health_and_nursing_care_premium_employee(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Health and nursing-care premiums deducted from pay, 50-sen rule on their sum (健康保険料・介護保険料 被保険者負担分)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return employee_share_on_bases(
            person, period, HEALTH_BASES,
            person("health_insurance_employee_rate_pcm", period) + person("nursing_care_employee_rate_pcm", period),
        )


class nursing_care_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Nursing-care premium of a category-2 insured person, employer and employee (介護保険料)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_156"

    def formula(person, period):
        return person("health_and_nursing_care_premium", period) - person("health_insurance_premium", period)


class nursing_care_premium_employee(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Nursing-care premium deducted from pay (介護保険料 被保険者負担分)"
    documentation = "Health-and-care deduction (rounded on the sum) minus the health deduction."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return person("health_and_nursing_care_premium_employee", period) - person(
            "health_insurance_premium_employee", period
        )


class nursing_care_premium_employer(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Nursing-care premium, employer's share (介護保険料 事業主負担分)"
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"

    def formula(person, period):
        return employer_share(person, period, "nursing_care_premium")
