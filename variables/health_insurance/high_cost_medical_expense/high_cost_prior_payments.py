"""Earlier high-cost payments and outpatient copayments, which set the reduced limits from the 4th time (多数回該当,
健康保険法施行令 第42条第1項) and the annual outpatient cap of persons aged 70 and over (外来年間上限, 施行令 第41条・第42条)."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class high_cost_prior_payment_months(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "count"
    label = "Months with a high-cost payment in the 12 months before, same insurer (直近12か月の高額療養費の支給回数)"
    documentation = "3 or more: the reduced 4th-time limits (多数回該当). Read for the group as its maximum."
    reference = "健康保険法施行令 第42条第1項 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_42)"


class outpatient_copayment_borne_since_august(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Outpatient copayments already borne since 1 August, 70+ (8月からの外来自己負担の累計)"
    documentation = "For the annual outpatient cap of 144,000 yen (August–July) of the 一般 and 低所得 categories."
    reference = "健康保険法施行令 第41条, 第42条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41)"
