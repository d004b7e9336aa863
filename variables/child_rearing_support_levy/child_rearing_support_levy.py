"""Child-rearing support levy collected with employee health insurance (子ども・子育て支援金).

From the April 2026 premium, insured persons of every employee health insurer pay the levy on the same
standard monthly remuneration and standard bonus as the health premium (including the 5.73 million yen
annual bonus cap and the leave exemptions), half each with the employer. The employee share is rounded
on its own (the Kyokai Kenpo FY2026 premium table shows it in a separate column).
"""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.employee_premiums import HEALTH_BASES, employee_share_on_bases, employer_share, total_on_bases
from openfisca_japan.law.rounding import to_pcm

REFERENCE = "https://www.cfa.go.jp/policies/kodomokosodatekyoujo/"


class child_rearing_support_levy(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Child-rearing support levy of the month, employer and employee (子ども・子育て支援金)"
    reference = REFERENCE

    def formula(person, period, parameters):
        return total_on_bases(person, period, HEALTH_BASES, to_pcm(parameters(period).child_rearing_support_levy.rate))


class child_rearing_support_levy_employee(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Child-rearing support levy deducted from pay (子ども・子育て支援金 被保険者負担分)"
    reference = REFERENCE

    def formula(person, period, parameters):
        levy = parameters(period).child_rearing_support_levy
        return employee_share_on_bases(
            person, period, HEALTH_BASES, to_pcm(levy.rate) * to_pcm(levy.employee_share) // 100_000
        )


class child_rearing_support_levy_employer(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Child-rearing support levy, employer's share (子ども・子育て支援金 事業主負担分)"
    reference = REFERENCE

    def formula(person, period):
        return employer_share(person, period, "child_rearing_support_levy")
