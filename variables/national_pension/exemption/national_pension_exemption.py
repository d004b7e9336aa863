"""Exemption from the National Pension premium in a month (保険料免除・納付特例), 国民年金法 第88条の2, 第90条,
第90条の2, 第90条の3, 平成26年法律第64号附則第14条.

Income-based exemptions (申請免除, arts. 90, 90-2) test the previous year's income (前年所得) of the applicant, the
spouse and the household head; the student deferment (学生納付特例, art. 90-3) tests the student's own income; the
maternity exemption (産前産後免除, art. 88-2) needs no application of income."""

import numpy as np
from openfisca_core.model_api import MONTH, Enum, Variable, where

from openfisca_japan.entities import Household, Person
from openfisca_japan.enums import NationalPensionExemption
from openfisca_japan.law.enum_arrays import enum_select
from openfisca_japan.law.national_pension import is_category_1

EXEMPTION_PAGE = "https://www.nenkin.go.jp/service/kokunen/menjo/20150428.html"


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
    """Student deferment (学生納付特例, NPA art. 90-3): on application, the student's own income only. The base
    amount is read only when a student applied (it is not encoded before April 2021, and the other applications
    of those years must still compute)."""
    applied = student * person("student_deferment_requested", period)
    if not np.any(applied):
        return applied
    student_margin = person("pension_student_deferment_income_margin", period)
    return applied * (student_margin <= thresholds.student_deferment)


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
        "spouse on the full-exemption threshold, until June 2030). Thresholds from April 2019; the student base from "
        "April 2021 (a student deferment before is refused). The "
        "household members' tests each use their own income, dependants and deductions."
    )
    reference = EXEMPTION_PAGE

    def formula(person, period, parameters):
        maternity = person("in_national_pension_maternity_period", period)
        income_requested = person("national_pension_exemption_requested", period)
        student_requested = person("student_deferment_requested", period)
        deferral_requested = person("payment_deferral_requested", period)
        category_1 = is_category_1(person, period)
        if not np.any(income_requested + student_requested + deferral_requested):
            # Nobody applied: only the maternity exemption (no income thresholds are read).
            return enum_select([category_1 * maternity], [NationalPensionExemption.maternity], NationalPensionExemption.none)
        thresholds = parameters(period).national_pension.exemption.income_thresholds
        student = person("is_student", period)
        # Students can only get the student deferment; maternity (NPA art. 88-2) comes before any application.
        income_conditions, income_exemptions = _income_exemptions(
            person, period, thresholds, income_requested * np.logical_not(student)
        )
        return enum_select(
            [np.logical_not(category_1), maternity, _student_deferment(person, period, thresholds, student)]
            + income_conditions
            + [_payment_deferral(person, period, thresholds, student)],
            [NationalPensionExemption.none, NationalPensionExemption.maternity, NationalPensionExemption.student_deferment]
            + income_exemptions
            + [NationalPensionExemption.payment_deferral],
            NationalPensionExemption.none,
        )
