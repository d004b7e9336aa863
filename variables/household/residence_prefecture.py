"""The prefecture a household lives in, as the law reads it: given, or from its municipality."""

import numpy as np
from openfisca_core.model_api import MONTH, Enum, Variable

from openfisca_japan.entities import Household
from openfisca_japan.enums import PrefectureOfResidence
from openfisca_japan.law.local_government_codes import by_code
from openfisca_japan.law.municipalities import prefecture_of_code, prefecture_of_municipality, reject_conflicts


class residence_prefecture(Variable):
    value_type = Enum
    possible_values = PrefectureOfResidence
    default_value = PrefectureOfResidence.not_given
    entity = Household
    definition_period = MONTH
    label = "Prefecture of residence, given or from the municipality (住所地の都道府県)"
    reference = "地方自治法 第10条 (住民) (https://laws.e-gov.go.jp/law/322AC0000000067#Mp-At_10)"
    documentation = (
        "The input `prefecture` when given; else the prefecture of the national local government code "
        "(`municipality_code` / `municipality_name`, its first two digits); else that of the modelled `municipality` "
        "(its index.yaml `prefecture`); else `not_given`. A `prefecture` that contradicts the code raises a clear error."
    )

    def formula(household, period):
        given = np.asarray(household("prefecture", period), dtype=int)
        from_code = by_code(household("local_government_code", period), prefecture_of_code)
        municipality = np.asarray(household("modelled_municipality", period), dtype=int)
        none = PrefectureOfResidence.not_given.index
        reject_conflicts(household, given, from_code, (given != none) & (from_code != none), "prefecture")
        derived = np.where(from_code != none, from_code, prefecture_of_municipality(municipality))
        return np.where(given != none, given, derived)
