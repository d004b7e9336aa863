"""Income amount adjustment deduction for persons with both salary and pension income (所得金額調整控除)."""

from openfisca_core.model_api import YEAR, Variable, max_, min_

from openfisca_japan.entities import Person


class income_amount_adjustment_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Income amount adjustment deduction for salary and pension earners (所得金額調整控除, 給与・年金)"
    documentation = (
        "min(employment income, 100,000) + min(public pension income, 100,000) − 100,000, not below 0. The "
        "deduction for salaries over 8.5 million yen with a dependant child or a disabled person is not modelled."
    )
    reference = "租税特別措置法 第41条の3の3第2項 (https://www.nta.go.jp/taxes/shiraberu/taxanswer/shotoku/1411.htm)"

    def formula(person, period, parameters):
        cap = parameters(period.start).income.income_adjustment_deduction
        employment = person("employment_income_before_adjustment", period)
        pension = person("public_pension_miscellaneous_income", period)
        return max_(min_(employment, cap) + min_(pension, cap) - cap, 0)
