"""Income, dependants and deductions of the premium exemption tests (免除審査の所得・扶養親族等・控除額),
国民年金法 第90条・第90条の2・第90条の3, 施行令 第6条の7〜第6条の9."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person

EXEMPTION_PAGE = "https://www.nenkin.go.jp/service/kokunen/menjo/20150428.html"


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
    unit = "currency-JPY"


class pension_exemption_dependants(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Number of dependants for the exemption tests (扶養親族等の数)"
    reference = EXEMPTION_PAGE
    unit = "person"


class pension_exemption_deductions(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Dependant and social-insurance deductions for the partial exemption tests (扶養親族等控除額 + 社会保険料控除額等)"
    documentation = "Added to the base amounts of the 3/4, half and 1/4 exemptions and of the student deferment."
    reference = EXEMPTION_PAGE
    unit = "currency-JPY"
