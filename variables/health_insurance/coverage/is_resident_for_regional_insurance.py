"""Resident who can join NHI or late-stage elderly care (住所を有し適用除外に該当しない, 国民健康保険法 第5条, 第6条;
国民健康保険法施行規則 第1条)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_coverage import NOT_RESIDENT_STATUSES


class receives_public_assistance(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Household receives public assistance (生活保護受給)"
    documentation = "Public assistance recipients are excluded from NHI and late-stage elderly care (medical assistance instead)."
    reference = "国民健康保険法 第6条第9号 (https://laws.e-gov.go.jp/law/333AC0000000192#Mp-At_6)"


class is_resident_for_regional_insurance(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Resident who can join NHI or late-stage elderly care (住所を有し適用除外に該当しない)"
    documentation = (
        "Has an address in Japan and a status that is not excluded (short-term stay, diplomat, medical stay "
        "and its attendant, long-stay tourism), and is not on public assistance."
    )
    reference = "国民健康保険法 第5条, 第6条; 国民健康保険法施行規則 第1条 (https://laws.e-gov.go.jp/law/333AC0000000192#Mp-At_6)"

    def formula(person, period):
        status = person("residence_status", period)
        excluded = np.isin(status, [s.index for s in NOT_RESIDENT_STATUSES])
        return person("lives_in_japan", period) * ~excluded * ~person("receives_public_assistance", period)
