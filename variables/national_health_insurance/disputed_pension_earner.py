"""Who is a pension earner at 65 or over where official pages disagree (給与所得者等: 公的年金等収入 125万円超 on most
official pages, 110万円超 on some): the band between, the reading given for a person, and the refusal's test."""

from openfisca_core.model_api import ETERNITY, YEAR, Enum, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import PensionEarnerReading
from openfisca_japan.law.municipalities import age_on_31_december_before, income_year, optional, require


class nhi_pension_earner_reading(Variable):
    value_type = Enum
    possible_values = PensionEarnerReading
    default_value = PensionEarnerReading.not_given
    entity = Person
    definition_period = ETERNITY
    label = "Reading of the 65+ pension-earner threshold applied to this person (給与所得者等の判定: 125万円超 / 110万円超)"
    documentation = (
        "Official pages disagree on the public pension receipts above which a person aged 65 or over counts as a "
        "pension earner in the reduction test (125万円 on most, 110万円 on some). Give the reading the municipality "
        "applies (its assessment notice shows it); when not given, a household whose tier depends on it is refused."
    )
    reference = "国民健康保険法施行令 第29条の7第5項第1号 (https://laws.e-gov.go.jp/law/333CO0000000362)"


class nhi_is_disputed_pension_earner(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Pension earner status disputed between official pages (公的年金等収入 110万円超125万円以下, 65歳以上)"
    documentation = (
        "A person aged 65 or over, not a wage earner by salary, whose public pension receipts are above 1,100,000 "
        "and at most 1,250,000 yen, and whose reading (`nhi_pension_earner_reading`) is not given: official pages "
        "disagree whether such a person counts as a pension earner, so the reduction test refuses a household whose "
        "tier depends on it. With a reading given, `nhi_is_wage_or_pension_earner` follows it."
    )
    reference = "国民健康保険法施行令 第29条の7第5項第1号 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(person, period, parameters):
        reading = person("nhi_pension_earner_reading", period.first_month)
        return person("nhi_is_in_disputed_pension_band", period) & (reading == PensionEarnerReading.not_given)


class nhi_is_in_disputed_pension_band(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Aged 65 or over, not a wage earner, pension receipts in the disputed band (公的年金等収入 110万円超125万円以下)"
    reference = "国民健康保険法施行令 第29条の7第5項第1号 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(person, period, parameters):
        w = parameters(period.start).national_health_insurance.low_income_reduction.wage_earner
        what = "NHI wage-earner thresholds"
        lower, upper = (require(optional(w, name), what) for name in ("pension_over_65_or_over_disputed_from", "pension_over_65_or_over"))
        year = income_year(period)
        elderly = age_on_31_december_before(person, period) >= 65
        pension = person("public_pension_income", year)
        salary_earner = person("annual_employment_income", year) > require(optional(w, "salary_over"), what)
        return elderly & ~salary_earner & (pension > lower) & (pension <= upper)
