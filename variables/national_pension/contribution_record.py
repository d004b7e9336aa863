"""Contribution record inputs (年金加入記録) and the qualifying period (受給資格期間).

The record is a career total given as input (ETERNITY): the months on the person's pension record (ねんきん
定期便) at the time of the claim, or projected to 60 for an estimate.
"""

from openfisca_core.model_api import ETERNITY, YEAR, Variable

from openfisca_japan.entities import Person

RECORD = "https://www.nenkin.go.jp/service/jukyu/roureinenkin/jukyu-yoken/20150401-02.html"


class contribution_months_paid(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Paid months aged 20–59, all categories (保険料納付済期間の月数)"
    documentation = (
        "Months aged 20–59 counted as paid: category 1 months paid in full, category 2 and category 3 "
        "months, maternity-exempt months (産前産後免除), months paid back later (追納)."
    )


class contribution_months_category_1_paid(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Category 1 months with the full premium paid (第1号被保険者としての保険料納付済期間の月数)"
    documentation = (
        "Used by the lump-sum withdrawal payment of the National Pension; also part of `contribution_months_paid`."
    )


class contribution_months_full_exempt(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Full-exempt months from April 2009 (全額免除期間の月数, 平成21年4月以後)"


class contribution_months_three_quarter_exempt(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Three-quarter-exempt months from April 2009, quarter premium paid (4分の3免除期間の月数, 平成21年4月以後)"


class contribution_months_half_exempt(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Half-exempt months from April 2009, half premium paid (半額免除期間の月数, 平成21年4月以後)"


class contribution_months_quarter_exempt(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "One-quarter-exempt months from April 2009, three quarters paid (4分の1免除期間の月数, 平成21年4月以後)"


class contribution_months_full_exempt_before_2009_04(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Full-exempt months before April 2009 (全額免除期間の月数, 平成21年3月以前)"


class contribution_months_three_quarter_exempt_before_2009_04(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Three-quarter-exempt months before April 2009 (4分の3免除期間の月数, 平成21年3月以前)"


class contribution_months_half_exempt_before_2009_04(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Half-exempt months before April 2009 (半額免除期間の月数, 平成21年3月以前)"


class contribution_months_quarter_exempt_before_2009_04(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "One-quarter-exempt months before April 2009 (4分の1免除期間の月数, 平成21年3月以前)"


class contribution_months_student_deferment(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Student deferment months not paid back (学生納付特例期間の月数)"
    documentation = "Count toward the qualifying period only, not the amount."


class contribution_months_payment_deferral(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Payment deferral months under 50, not paid back (納付猶予期間の月数)"
    documentation = "Count toward the qualifying period only, not the amount."


class contribution_months_aggregation(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Aggregation periods counted for entitlement only (合算対象期間・カラ期間の月数)"


class contribution_months_category_2_outside_20_59(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Employees' pension months before 20 or from 60 (20歳前・60歳以後の厚生年金保険の被保険者期間の月数)"
    documentation = "Count toward the qualifying period, not toward the old-age basic pension amount."


class contribution_months_agreement_country(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    label = "Coverage months in an agreement country (協定相手国の年金加入期間の月数)"
    documentation = (
        "Counted toward the qualifying period only when the agreement with "
        "`social_security_agreement_country` provides for totalisation."
    )
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/kunibetsu/kyoteitimesystem.html"


class contribution_months_employees_pension_before_2003_04(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Employees' pension insured months before April 2003 (平成15年3月以前の厚生年金保険の被保険者期間の月数)"


class contribution_months_employees_pension_since_2003_04(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    label = "Employees' pension insured months from April 2003 (平成15年4月以後の厚生年金保険の被保険者期間の月数)"


class pension_qualifying_months(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Qualifying period in months (受給資格期間の月数)"
    documentation = (
        "Paid, exempt, deferred and aggregation months, employees' pension months outside ages 20–59, and "
        "agreement-country months where the agreement totalises periods (NPA art. 26)."
    )
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141"

    def formula(person, period):
        months = sum(
            person(f"contribution_months_{kind}", period)
            for kind in [
                "paid",
                "full_exempt",
                "three_quarter_exempt",
                "half_exempt",
                "quarter_exempt",
                "full_exempt_before_2009_04",
                "three_quarter_exempt_before_2009_04",
                "half_exempt_before_2009_04",
                "quarter_exempt_before_2009_04",
                "student_deferment",
                "payment_deferral",
                "aggregation",
                "category_2_outside_20_59",
            ]
        )
        totalised = person("social_security_agreement_allows_totalisation", period.first_month)
        return months + totalised * person("contribution_months_agreement_country", period)


class old_age_pension_qualified(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Qualifying period met for an old-age pension (老齢年金の受給資格期間を満たす)"
    documentation = "120 months since 1 August 2017, 300 before (NPA art. 26), read at the start of the period."
    reference = "https://www.kouritu.or.jp/topics/nenkin/nenkin10nentansyuku/index.html"

    def formula(person, period, parameters):
        required = parameters(period).national_pension.benefits.old_age_basic.calculation.qualifying_months
        return person("pension_qualifying_months", period) >= required
