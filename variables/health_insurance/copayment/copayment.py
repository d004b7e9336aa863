"""Copayment ratio of medical care (一部負担金の割合) and what the patient pays at the window.

- before compulsory school entry (until the first 31 March after reaching 6): 20 %;
- to the month in which one reaches 70: 30 %;
- from the month after reaching 70 to 74: 20 %, or 30 % with income comparable to the working generation
  (現役並み所得: the 70+ insured person's standard monthly remuneration ≥ 280,000 yen in employee insurance,
  a 70–74 NHI member of the household with resident-tax taxable income ≥ 1.45 million), unless the gross
  income of the 70+ members is under 3.83 million (one) / 5.2 million (two or more) (基準収入額適用);
- late-stage elderly: 10 %, 20 % from October 2022 for a certain income, 30 % for 現役並み所得.
Income-based tests use the income of the calendar year before the one in which the certificate year
(August–July) starts: months August–December of year Y use the income of Y−1, January–July of Y+1 too.
"""

import numpy as np
from openfisca_core import periods
from openfisca_core.model_api import MONTH, YEAR, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Household, Person
from openfisca_japan.enums import HealthInsuranceScheme
from openfisca_japan.law.rounding import round_half_up_to

EMPLOYEE_TYPE = (
    HealthInsuranceScheme.employee_health_insurance,
    HealthInsuranceScheme.mutual_aid_association,
    HealthInsuranceScheme.voluntary_continued,
)


def income_year(period):
    """Calendar year of the income judged for month `period` (certificate year August–July)."""
    year = period.start.year - 1 if period.start.month >= 8 else period.start.year - 2
    return periods.period(f"{year}")


def in_schemes(scheme, members):
    return np.isin(scheme, [m.index for m in members])


class resident_tax_taxable_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Resident-tax taxable income of the calendar year (住民税 課税所得金額)"
    documentation = "Income of calendar year Y, on which the resident tax of fiscal year Y+1 is assessed."


class pension_revenue_and_other_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Public pension revenue plus other total income of the calendar year (年金収入＋その他の合計所得金額)"
    documentation = "The income of the late-stage elderly 20 % test (一定以上所得)."


class is_before_school_entry(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Before compulsory school entry: until the first 31 March after reaching 6 (義務教育就学前)"
    documentation = (
        "Age attained by 31 March before the school year of the month is under 6. Only children aged 6 in "
        "the month need the earlier age: give `birth_date`, or `age` for both months; inconsistent ages raise "
        "an error."
    )
    reference = "健康保険法 第110条第2項第1号ロ (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_110)"

    def formula(person, period, parameters):
        entry_age = parameters(period).health_insurance.copayment.ages.school_entry
        age = person("age", period)
        school_year = period.start.year if period.start.month >= 4 else period.start.year - 1
        age_31_march = person("age", periods.period(f"{school_year}-03"))
        ambiguous = age == entry_age
        if np.any(ambiguous * ((age - age_31_march < 0) + (age - age_31_march > 1))):
            raise ValueError(
                "is_before_school_entry: the age of a 6-year-old in the month and at the previous 31 March "
                "are inconsistent; give `birth_date` instead of `age` (or `is_before_school_entry` directly)."
            )
        return (age < entry_age) + ambiguous * (age_31_march < entry_age)


class is_elderly_for_copayment(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "From the month after the month in which one reaches 70 (70歳に達する日の属する月の翌月以後)"
    documentation = (
        "A person born on the 1st reaches 70 on the last day of the previous month: the 70+ rules apply from "
        "the month of the 70th birthday; otherwise from the month after it. For persons aged 70 in the month "
        "the previous month's age is read (give `birth_date`, or `age` for both months)."
    )
    reference = "健康保険法 第74条第1項第2号 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_74)"

    def formula(person, period, parameters):
        elderly_age = parameters(period).health_insurance.copayment.ages.elderly
        age = person("age", period)
        previous = person("age", period.offset(-1))
        ambiguous = age == elderly_age
        if np.any(ambiguous * ((age - previous < 0) + (age - previous > 1))):
            raise ValueError(
                "is_elderly_for_copayment: the ages of a 70-year-old in the month and in the previous month are "
                "inconsistent; give `birth_date` instead of `age` (or `age` for the previous month too, or "
                "`is_elderly_for_copayment` directly)."
            )
        return (age > elderly_age) + ambiguous * (previous >= elderly_age)


class insured_standard_monthly_remuneration(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Standard monthly remuneration of an insured person of employee insurance (被保険者の標準報酬月額)"
    documentation = "Employee or mutual aid: `standard_monthly_remuneration_health`; voluntary continued: its capped amount; others 0."

    def formula(person, period):
        scheme = person("health_insurance_scheme", period)
        return np.select(
            [
                in_schemes(scheme, EMPLOYEE_TYPE[:2]),
                scheme == HealthInsuranceScheme.voluntary_continued,
            ],
            [
                person("standard_monthly_remuneration_health", period),
                person("voluntary_continuation_standard_monthly_remuneration", period),
            ],
            0,
        )


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
        employee_group = in_schemes(scheme, EMPLOYEE_TYPE + (HealthInsuranceScheme.dependent,))
        nhi = scheme == HealthInsuranceScheme.national_health_insurance
        late = scheme == HealthInsuranceScheme.late_stage_elderly
        smr = person("insured_standard_monthly_remuneration", period)
        active_insured = elderly * in_schemes(scheme, EMPLOYEE_TYPE) * (smr >= t.active_standard_monthly_remuneration)
        taxable = person("resident_tax_taxable_income", year) >= t.active_taxable_income
        revenue = person("annual_income", year)
        results = []
        for group, test in [(employee_group, active_insured), (nhi, elderly * nhi * taxable), (late, late * taxable)]:
            members = elderly * group
            count = person.household.sum(members)
            total = person.household.sum(np.where(members, revenue, 0))
            escape = np.where(count > 1, total < t.revenue_escape_multiple, total < t.revenue_escape_single)
            results.append(members * person.household.any(test) * ~escape)
        return results[0] + results[1] + results[2]


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
        taxable = late * (person("resident_tax_taxable_income", year) >= t.certain_income_taxable_income)
        count = person.household.sum(late)
        total = person.household.sum(np.where(late, person("pension_revenue_and_other_income", year), 0))
        income_test = np.where(count > 1, total >= t.certain_income_multiple, total >= t.certain_income_single)
        return late * person.household.any(taxable) * income_test * ~person("elderly_active_income", period)


class copayment_rate(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Share of the medical cost paid by the patient (一部負担金・自己負担の割合)"
    documentation = (
        "0.2 before school entry, 0.3 to 69, 0.2/0.3 from 70 to 74, 0.1/0.2/0.3 in late-stage elderly care; "
        "1.0 without public health insurance."
    )
    reference = "健康保険法 第74条, 第110条; 国民健康保険法 第42条; 高齢者の医療の確保に関する法律 第67条"

    def formula(person, period, parameters):
        rates = parameters(period).health_insurance.copayment.rates
        scheme = person("health_insurance_scheme", period)
        active = person("elderly_active_income", period)
        late_rate = np.where(active, rates.active_income, rates.late_stage_general)
        if period.start >= periods.instant("2022-10-01"):
            late_rate = np.where(person("late_stage_certain_income", period), rates.late_stage_certain_income, late_rate)
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


class outpatient_medical_expenses(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Part of `medical_expenses` that is outpatient care (外来の医療費, 10割)"
    documentation = "Used by the outpatient limit of persons aged 70 and over (外来特例). Defaults to 0: all inpatient."


class paid_without_insurance_card(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Received care without presenting the insurance card or certificate (保険証・資格確認書を提示せず受診)"
    documentation = (
        "The patient pays the full cost at the window and is reimbursed the insurer's share later (療養費): "
        "e.g. 70 % for a member of a mutual aid association paying 30 %."
    )


def check_medical_expenses(*amounts):
    for amount in amounts:
        if np.any(amount < 0):
            raise ValueError("medical expenses must not be negative; got a negative `medical_expenses` or "
                             "`outpatient_medical_expenses`.")


class copayment_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Copayment of the month before the high-cost benefit (一部負担金等の額)"
    documentation = (
        "`medical_expenses` × `copayment_rate`, outpatient and inpatient parts each rounded to 10 yen (5 yen and "
        "over up, 健康保険法第75条). Without insurance, the full cost."
    )
    reference = "健康保険法 第75条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_75)"

    def formula(person, period):
        total = person("medical_expenses", period)
        outpatient = person("outpatient_medical_expenses", period)
        check_medical_expenses(total, outpatient)
        if np.any(outpatient > total):
            raise ValueError("outpatient_medical_expenses must not exceed medical_expenses.")
        rate = np.asarray(person("copayment_rate", period), dtype=np.float64)
        rate = np.round(rate, 2)
        return round_half_up_to(outpatient * rate, 10) + round_half_up_to((total - outpatient) * rate, 10)


class outpatient_copayment_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Outpatient part of the copayment (外来の一部負担金)"

    def formula(person, period):
        rate = np.round(np.asarray(person("copayment_rate", period), dtype=np.float64), 2)
        return round_half_up_to(person("outpatient_medical_expenses", period) * rate, 10)


class copayment_at_window(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Amount paid at the medical institution (窓口での支払額)"
    documentation = "The copayment; the full cost when care was received without the card (`paid_without_insurance_card`)."

    def formula(person, period):
        return np.where(
            person("paid_without_insurance_card", period),
            person("medical_expenses", period),
            person("copayment_amount", period),
        )


class reimbursement_for_care_without_card(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Reimbursement of care paid in full without the card (療養費)"
    documentation = "Cost minus the copayment (70 % of the cost at a 30 % copayment), for the insured and dependants."
    reference = "健康保険法 第87条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_87)"

    def formula(person, period):
        insured = person("health_insurance_scheme", period) != HealthInsuranceScheme.none
        return np.where(
            person("paid_without_insurance_card", period) * insured,
            person("medical_expenses", period) - person("copayment_amount", period),
            0,
        )


class resident_tax_exempt_household(Variable):
    value_type = bool
    entity = Household
    definition_period = YEAR
    label = "Every member is exempt from municipal resident tax (住民税非課税世帯)"
    documentation = "Gives high-cost categories オ (under 70) and 低所得Ⅱ (70+). Year of the income judged."


class low_income_i_household(Variable):
    value_type = bool
    entity = Household
    definition_period = YEAR
    label = "Resident-tax exempt household whose members all have zero income (低所得Ⅰ: 所得が0, 年金収入80万円以下)"
