"""Recipients of the old-age welfare pension (老齢福祉年金の受給者), an input of the first premium grade."""

from openfisca_core.model_api import ETERNITY, Variable

from openfisca_japan.entities import Person


class receives_old_age_welfare_pension(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Receives the old-age welfare pension (老齢福祉年金の受給者)"
    reference = "介護保険法施行令 第38条第1項第1号 (https://laws.e-gov.go.jp/law/410CO0000000412)"
