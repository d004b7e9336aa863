"""The dependency test of category 3 (第3号被保険者の被扶養配偶者の認定), 国民年金法 第7条第1項第3号, 施行令 第4条."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class is_national_pension_category_3_dependent(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Dependent for category 3: expected annual income under 1.3 million yen (被扶養配偶者の収入要件)"
    documentation = (
        "The health-insurance dependant income test used for category 3: expected annual income "
        "(`expected_annual_income` of the calendar year of the month) under 1,300,000 yen. The further "
        "test 'less than half of the insured person's income' is not modelled."
    )
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_7", "https://www.city.odawara.kanagawa.jp/field/welfare/plan/kokumi.html"]

    def formula(person, period, parameters):
        limit = parameters(period).national_pension.coverage.category_3_income_limit
        return person("expected_annual_income", period.this_year) < limit
