"""Totalisation of coverage periods by a social security agreement (年金加入期間の通算)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.parameter_lookup import enum_indexed


class social_security_agreement_allows_totalisation(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The agreement country's coverage periods count toward Japanese qualifying periods (年金加入期間の通算)"
    documentation = "False for the UK, Korea, China and Italy agreements, which only avoid double coverage."
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/kunibetsu/kyoteitimesystem.html"

    def formula(person, period, parameters):
        agreements = parameters(period).social_security_agreements
        country = person("social_security_agreement_country", period)
        return np.logical_and(enum_indexed(agreements.in_force, country), enum_indexed(agreements.totalisation, country))
