"""Qualifying period of the old-age pensions (受給資格期間), 国民年金法 第26条, 附則第9条."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class pension_qualifying_months(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Qualifying period in months (受給資格期間の月数)"
    documentation = (
        "Paid, exempt, deferred and aggregation months, employees' pension months outside ages 20–59, and "
        "agreement-country months where the agreement totalises periods (NPA art. 26)."
    )
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_26", "https://laws.e-gov.go.jp/law/334AC0000000141 (国民年金法 附則第9条)"]
    unit = "month"

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
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_26"

    def formula(person, period, parameters):
        required = parameters(period).national_pension.benefits.old_age_basic.calculation.qualifying_months
        return person("pension_qualifying_months", period) >= required
