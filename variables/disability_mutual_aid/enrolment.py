"""Approval dates of the guardian's units (加入承認日), at most two units (口)."""

from openfisca_core.model_api import ETERNITY, Variable, date

from openfisca_japan.entities import Person
from openfisca_japan.law.disability_mutual_aid import NEVER

REFERENCE = "独立行政法人福祉医療機構 心身障害者扶養保険制度 (http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html)"


class disability_mutual_aid_unit_1_enrolment_date(Variable):
    value_type = date
    default_value = NEVER
    entity = Person
    definition_period = ETERNITY
    label = "Approval date of the first unit (加入承認日, 1口目)"
    documentation = "The approval date (加入承認日), not the application date. Default 2999-12-31: not enrolled."
    reference = REFERENCE


class disability_mutual_aid_unit_2_enrolment_date(Variable):
    value_type = date
    default_value = NEVER
    entity = Person
    definition_period = ETERNITY
    label = "Approval date of the second unit (口数追加日, 2口目)"
    documentation = "Default 2999-12-31: no second unit."
    reference = REFERENCE
