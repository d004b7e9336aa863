"""Collection of the late-stage premium by deduction from the pension (特別徴収)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class late_stage_elderly_premium_deducted_from_pension(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Late-stage premium deducted from the pension (特別徴収)"
    documentation = (
        "True when the public pension of the calendar year in which the fiscal year starts is 180,000 yen or "
        "more and the premium is at most half of it. The half test should include the nursing-care premium "
        "(介護保険料との合算): here only the late-stage premium is counted."
    )
    reference = "高齢者の医療の確保に関する法律 第107条, 第110条 (https://laws.e-gov.go.jp/law/357AC0000000080)"

    def formula(person, period, parameters):
        p = parameters(period.start).late_stage_elderly.special_collection
        pension = person("public_pension_income", period.this_year)
        premium = person("late_stage_elderly_premium", period)
        return (premium > 0) & (pension >= p.pension_minimum) & (premium <= pension * p.maximum_share_of_pension)
