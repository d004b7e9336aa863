"""Health insurer of the establishment (保険者, 健康保険法 第4条): Kyokai Kenpo, a health insurance society, a mutual aid
association, or none."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer
from openfisca_japan.enums import HealthInsurer


class health_insurer(Variable):
    value_type = Enum
    possible_values = HealthInsurer
    default_value = HealthInsurer.none
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Health insurer of the establishment (保険者)"
    documentation = "Defaults to none: a person without an employer group has no employee health insurance."
    reference = "健康保険法 第4条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_4)"
