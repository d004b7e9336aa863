"""Inputs of the personal exemptions of the resident tax (障害者・寡婦・ひとり親)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class is_disabled_for_tax(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Disabled person in the sense of the tax laws on 31 December (障害者, 所得税法 第2条第1項第28号)"
    documentation = "Input, default false (disability certificate holders etc.). Year = income year."
    reference = "所得税法 第2条第1項第28号; 地方税法 第292条第1項第10号 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_292)"


class is_widow_or_single_parent_for_tax(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Widow or single parent in the sense of the tax laws on 31 December (寡婦・ひとり親)"
    documentation = "Input, default false. Year = income year."
    reference = "地方税法 第292条第1項第11号・第12号 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_292)"
