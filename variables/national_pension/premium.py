"""National Pension premium of category 1 and its exemptions (国民年金保険料・免除・納付特例).

Income-based exemptions (申請免除, NPA arts. 90, 90-2) test the previous year's income (前年所得) of the
applicant, the spouse and the household head, for periods July–June; the student deferment (学生納付特例,
art. 90-3) tests the student's own income, for periods April–March. The maternity exemption (産前産後免除,
art. 88-2) covers the month before the birth month to the second month after it (6 months from 3 months
before for a multiple birth), without an income test; those months count as paid.
"""

import numpy as np
from openfisca_core.model_api import (
    ETERNITY,
    MONTH,
    YEAR,
    Enum,
    Variable,
    date,
    select,
    set_input_dispatch_by_period,
    where,
)
from openfisca_core.periods import period as make_period

from openfisca_japan.entities import Household, Person
from openfisca_japan.law.rounding import round_half_up_to

EXEMPTION_PAGE = "https://www.nenkin.go.jp/service/kokunen/menjo/20150428.html"


class NationalPensionExemption(Enum):
    """Exemption from the National Pension premium in a month (保険料免除の種類)."""

    none = "No exemption (免除なし)"
    full = "Full exemption (全額免除)"
    three_quarter = "Three-quarter exemption, quarter paid (4分の3免除)"
    half = "Half exemption (半額免除)"
    quarter = "One-quarter exemption, three quarters paid (4分の1免除)"
    student_deferment = "Student deferment (学生納付特例)"
    payment_deferral = "Payment deferral under 50 (納付猶予)"
    maternity = "Maternity exemption (産前産後期間の免除)"


class pension_exemption_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Income (所得) of the calendar year for the premium exemption tests (免除審査の所得)"
    documentation = (
        "Total income as assessed for resident tax (合計所得金額): after the employment-income or "
        "public-pension deduction, not gross pay. Give it for the calendar year before the exemption period."
    )
    reference = EXEMPTION_PAGE


class pension_exemption_dependants(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Number of dependants for the exemption tests (扶養親族等の数)"
    reference = EXEMPTION_PAGE


class pension_exemption_deductions(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Dependant and social-insurance deductions for the partial exemption tests (扶養親族等控除額 + 社会保険料控除額等)"
    documentation = "Added to the base amounts of the 3/4, half and 1/4 exemptions and of the student deferment."
    reference = EXEMPTION_PAGE


class national_pension_exemption_requested(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Applied for the income-based premium exemption (保険料免除の申請)"
    reference = EXEMPTION_PAGE


class payment_deferral_requested(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Applied for the payment deferral for persons under 50 (納付猶予の申請)"
    reference = EXEMPTION_PAGE


class student_deferment_requested(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Applied for the student deferment (学生納付特例の申請)"
    reference = EXEMPTION_PAGE


class childbirth_date(Variable):
    value_type = date
    default_value = date(1900, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Expected or actual date of childbirth (出産予定日・出産日)"
    documentation = "For the maternity exemption; the default (1900) means no childbirth."
    reference = "https://city.akiruno.tokyo.jp/0000009759.html"


class multiple_birth(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Multiple pregnancy (多胎妊娠)"
    reference = "https://www.city.okazaki.lg.jp/1550/1561/1612/p023695.html"


def _income_year(period, first_month):
    """Calendar year of the 'previous year' income for the month: the exemption year starts in July
    (students: April); income of the year before the one in which it starts."""
    start_year = period.start.year if period.start.month >= first_month else period.start.year - 1
    return make_period(str(start_year - 1))


class passes_pension_full_exemption_test(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Own income at most (dependants + 1) × 350,000 + 320,000 yen (全額免除の所得基準)"
    reference = EXEMPTION_PAGE

    def formula(person, period, parameters):
        test = parameters(period).national_pension.exemption.income_thresholds.full_exemption
        year = _income_year(period, 7)
        dependants = person("pension_exemption_dependants", year)
        return person("pension_exemption_income", year) <= (dependants + 1) * test.per_person + test.constant


class pension_partial_exemption_income_margin(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Own income minus deductions, compared with the partial exemption base amounts (所得 − 控除額)"
    reference = EXEMPTION_PAGE

    def formula(person, period):
        year = _income_year(period, 7)
        return person("pension_exemption_income", year) - person("pension_exemption_deductions", year)


class pension_student_deferment_income_margin(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Student's own income minus deductions, for the student deferment (学生納付特例 所得 − 控除額)"
    documentation = "Income of the calendar year before the April–March deferment year."
    reference = EXEMPTION_PAGE

    def formula(person, period):
        year = _income_year(period, 4)
        return person("pension_exemption_income", year) - person("pension_exemption_deductions", year)


def _couple_test(person, period, variable):
    """The applicant and the spouse (other of head/spouse) must both pass (payment deferral)."""
    household = person.household
    own = person(variable, period)
    head_passes = household.value_from_person(own, role=Household.HEAD, default=True)
    spouse_passes = household.value_from_person(own, role=Household.SPOUSE, default=True)
    partner_passes = where(
        person.has_role(Household.HEAD), spouse_passes, where(person.has_role(Household.SPOUSE), head_passes, True)
    )
    return own * partner_passes


def _household_test(person, period, variable):
    """The applicant, the spouse and the household head must all pass (income exemptions)."""
    own = person(variable, period)
    head_passes = person.household.value_from_person(own, role=Household.HEAD, default=True)
    return _couple_test(person, period, variable) * head_passes


def _is_category_1(person, period):
    """Category 1 insured person (第1号被保険者): the only category that pays the premium itself."""
    category = person("pension_insured_category", period)
    return category == category.possible_values.category_1


def _highest_partial_margin(person, period):
    """Highest 'income − deductions' among the applicant, the spouse and the household head: each partial
    test (NPA art. 90-2) must be passed by all three, so it passes iff this highest margin passes."""
    margin_own = person("pension_partial_exemption_income_margin", period)
    household = person.household
    head_margin = household.value_from_person(margin_own, role=Household.HEAD, default=-np.inf)
    spouse_margin = household.value_from_person(margin_own, role=Household.SPOUSE, default=-np.inf)
    in_couple = person.has_role(Household.HEAD) + person.has_role(Household.SPOUSE)
    return np.maximum(margin_own, np.maximum(head_margin, np.where(in_couple, spouse_margin, -np.inf)))


def _income_exemptions(person, period, thresholds, requested):
    """Application exemptions (申請免除), most favourable first: full (NPA art. 90, applicant, spouse and head
    on the full-exemption threshold), then 3/4, half, 1/4 (art. 90-2 paras 1–3, on the highest margin).
    Returns (conditions, exemptions) for `select`."""
    full = _household_test(person, period, "passes_pension_full_exemption_test")
    margin = _highest_partial_margin(person, period)
    conditions = [
        requested * full,
        requested * (margin <= thresholds.three_quarter_exemption),
        requested * (margin <= thresholds.half_exemption),
        requested * (margin <= thresholds.quarter_exemption),
    ]
    exemptions = [
        NationalPensionExemption.full,
        NationalPensionExemption.three_quarter,
        NationalPensionExemption.half,
        NationalPensionExemption.quarter,
    ]
    return conditions, exemptions


def _student_deferment(person, period, thresholds, student):
    """Student deferment (学生納付特例, NPA art. 90-3): on application, the student's own income only."""
    student_margin = person("pension_student_deferment_income_margin", period)
    return student * person("student_deferment_requested", period) * (student_margin <= thresholds.student_deferment)


def _payment_deferral(person, period, thresholds, student):
    """Payment deferral for persons under 50 (納付猶予, a transitional measure until June 2030): on
    application, not a student, applicant and spouse on the full-exemption threshold (not the head)."""
    return (
        person("payment_deferral_requested", period)
        * np.logical_not(student)
        * (person("age", period) < thresholds.payment_deferral_age_limit)
        * _couple_test(person, period, "passes_pension_full_exemption_test")
    )


class national_pension_exemption(Variable):
    value_type = Enum
    possible_values = NationalPensionExemption
    default_value = NationalPensionExemption.none
    entity = Person
    definition_period = MONTH
    label = "Exemption from the National Pension premium in the month (保険料免除・納付特例の種類)"
    documentation = (
        "For category 1 only. Maternity first (no application of income needed). Students can only get the "
        "student deferment (own income ≤ 1,280,000 + deductions). Otherwise, on application, the most "
        "favourable level whose income test the applicant, spouse and household head all pass: full "
        "((dependants + 1) × 350,000 + 320,000), 3/4 (880,000 + deductions), half (1,280,000 + deductions), "
        "1/4 (1,680,000 + deductions); failing those, the payment deferral for persons under 50 (applicant and "
        "spouse on the full-exemption threshold, until June 2030). Thresholds from July 2021 (periods before are not covered). The "
        "household members' tests each use their own income, dependants and deductions."
    )
    reference = EXEMPTION_PAGE

    def formula(person, period, parameters):
        maternity = person("in_national_pension_maternity_period", period)
        income_requested = person("national_pension_exemption_requested", period)
        student_requested = person("student_deferment_requested", period)
        deferral_requested = person("payment_deferral_requested", period)
        category_1 = _is_category_1(person, period)
        if not np.any(income_requested + student_requested + deferral_requested):
            # Nobody applied: only the maternity exemption (no income thresholds are read, so periods before
            # July 2021, whose thresholds are not encoded, still compute for non-applicants).
            return where(category_1 * maternity, NationalPensionExemption.maternity, NationalPensionExemption.none)
        thresholds = parameters(period).national_pension.exemption.income_thresholds
        student = person("is_student", period)
        # Students can only get the student deferment; maternity (NPA art. 88-2) comes before any application.
        income_conditions, income_exemptions = _income_exemptions(
            person, period, thresholds, income_requested * np.logical_not(student)
        )
        return select(
            [np.logical_not(category_1), maternity, _student_deferment(person, period, thresholds, student)]
            + income_conditions
            + [_payment_deferral(person, period, thresholds, student)],
            [NationalPensionExemption.none, NationalPensionExemption.maternity, NationalPensionExemption.student_deferment]
            + income_exemptions
            + [NationalPensionExemption.payment_deferral],
            default=NationalPensionExemption.none,
        )


class in_national_pension_maternity_period(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Month within the maternity exemption period (産前産後期間)"
    documentation = (
        "From the month before the month of (expected) childbirth to the second month after it; from 3 "
        "months before for a multiple birth. Only for months from April 2019 (births from February 2019)."
    )
    reference = "https://city.akiruno.tokyo.jp/0000009759.html"

    def formula_2019_04(person, period, parameters):
        maternity = parameters(period).national_pension.exemption.maternity
        birth_month = person("childbirth_date", period).astype("datetime64[M]").astype(int)
        this_month = np.datetime64(f"{period.start.year:04d}-{period.start.month:02d}", "M").astype(int)
        before = where(
            person("multiple_birth", period),
            maternity.months_before_birth_month_multiple_birth,
            maternity.months_before_birth_month,
        )
        offset = this_month - birth_month
        return (offset >= -before) * (offset <= maternity.months_after_birth_month)


class national_pension_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "National Pension premium owed for the month (国民年金保険料 月額)"
    documentation = (
        "Category 1 only: the monthly premium of the fiscal year (NPA art. 87), times the share payable under "
        "a partial exemption rounded to 10 yen (1/4, 1/2, 3/4); 0 under full exemption, student deferment or "
        "maternity exemption; 0 for categories 2 and 3. Fiscal years from FY2019; FY2027 not published "
        "in the sources used (ParameterNotFound)."
    )
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141"

    def formula(person, period, parameters):
        premium = parameters(period).national_pension.premium
        exemption = person("national_pension_exemption", period)
        share = select(
            [
                exemption == NationalPensionExemption.none,
                exemption == NationalPensionExemption.three_quarter,
                exemption == NationalPensionExemption.half,
                exemption == NationalPensionExemption.quarter,
            ],
            [
                1.0,
                premium.payable_share.three_quarter_exemption,
                premium.payable_share.half_exemption,
                premium.payable_share.quarter_exemption,
            ],
            default=0.0,
        )
        return _is_category_1(person, period) * round_half_up_to(premium.monthly_amount * share, 10)
