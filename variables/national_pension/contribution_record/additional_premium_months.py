"""Months of add-on premium paid (付加保険料納付済期間の月数), an input of the contribution record."""

from openfisca_core.model_api import ETERNITY, Variable

from openfisca_japan.entities import Person


class contribution_months_additional_premium(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_44"
    unit = "month"
    label = "Months of add-on premium paid (付加保険料に係る保険料納付済期間の月数)"
    documentation = "Career total, as on the person's pension record (ねんきん定期便), for the add-on pension."
