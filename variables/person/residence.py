"""Nationality, status of residence and residence in Japan (国籍・在留資格・住所)."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import ResidenceStatus


class residence_status(Variable):
    value_type = Enum
    possible_values = ResidenceStatus
    default_value = ResidenceStatus.japanese_national
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Nationality and status of residence (国籍・在留資格)"
    reference = "出入国管理及び難民認定法 第2条の2, 別表第一・第二 (https://laws.e-gov.go.jp/law/326CO0000000319#Mp-At_2_2)"


class lives_in_japan(Variable):
    value_type = bool
    default_value = True
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Has an address in Japan (日本国内に住所を有する)"
    reference = "国民年金法 第7条第1項第1号 (日本国内に住所を有する) (https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_7)"
    documentation = "Registered resident (住民票がある). Defaults to true."
