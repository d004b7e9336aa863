"""Exemptions under social security agreements (社会保障協定).

PLACEHOLDER owned by the pension module: a posted worker from an agreement country holding a certificate
of coverage (適用証明書) is exempt from Japanese pension and, where the agreement covers it, health
insurance. Until the agreements table is modelled, nobody is exempt.
"""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class exempt_from_japanese_pension_by_agreement(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Exempt from Japanese pension insurance by a social security agreement (社会保障協定による年金の適用免除)"


class exempt_from_japanese_health_insurance_by_agreement(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Exempt from Japanese health insurance by a social security agreement (社会保障協定による医療保険の適用免除)"
