"""Income assessment base of the municipal premiums (旧ただし書き所得, 基礎控除後の総所得金額等)."""

from openfisca_core.model_api import YEAR, Variable, max_

from openfisca_japan.entities import Person


class assessment_base_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Income assessment base of NHI and late-stage elderly premiums (旧ただし書き所得, 基礎控除後の総所得金額等)"
    documentation = (
        "Total income less the resident-tax basic deduction of the resident-tax year assessed on that income "
        "(430,000 yen up to 24 million yen of total income from the 2020 income; 330,000 before), not below 0."
    )
    reference = "国民健康保険法施行令 第29条の7第2項第4号; 地方税法 第314条の2第2項 (https://laws.e-gov.go.jp/law/333CO0000000362)"

    def formula(person, period, parameters):
        income = person("total_income", period)
        # the leaf is dated by resident-tax year: the income of year Y is read at 1 January of Y + 1 (令和3年度 on 2020 income)
        basic = parameters(f"{period.start.year + 1}-01-01").income.basic_deduction_local_tax.calc(income)
        return max_(income - basic, 0)
