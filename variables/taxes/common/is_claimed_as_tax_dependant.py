"""Whether a child or other member lives on the main taxpayer's means (生計を一にする親族)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class is_claimed_as_tax_dependant(Variable):
    value_type = bool
    default_value = True
    entity = Person
    definition_period = YEAR
    label = "A child or other household member is a relative living on the main taxpayer's means (生計を一にする親族)"
    documentation = (
        "Input, default true: children and other members of the household are relatives sharing the main "
        "taxpayer's livelihood, so that with a total income under the limit they are his or her dependants "
        "(扶養親族) or specific relatives (特定親族). Set false for a member claimed by nobody in the household. "
        "Ignored for the head and the spouse."
    )
    reference = "所得税法 第2条第1項第34号 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_2)"
