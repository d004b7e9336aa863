"""Exemption from Japanese health insurance of a posted worker, for the agreements that cover it (社会保障協定による
医療保険の適用免除)."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.parameter_lookup import enum_indexed


class exempt_from_japanese_health_insurance_by_agreement(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = (
        "Exempt from Japanese health insurance by a social security agreement (社会保障協定による医療保険の適用免除)"
    )
    documentation = (
        "Only the agreements that cover Japanese health insurance: USA, Belgium, France, Netherlands, Czech "
        "Republic, Switzerland, Hungary, Luxembourg and (from 2025-12-01) Austria. For the USA the exemption "
        "also needs US private health insurance for the worker and every accompanying family member: give "
        "`has_certificate_of_coverage` accordingly (not checked separately)."
    )
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/kunibetsu/kyoteitimesystem.html"

    def formula(person, period, parameters):
        country = person("social_security_agreement_country", period)
        covers_health = enum_indexed(parameters(period).social_security_agreements.covers_health_insurance, country).astype(bool)
        return person("posted_worker_covered_by_home_scheme", period) * covers_health
