"""The modelled municipality whose rates a household pays: the input `municipality`, or the one of its code."""

import numpy as np
from openfisca_core.model_api import MONTH, Enum, Variable

from openfisca_japan.entities import Household
from openfisca_japan.law.local_government_codes import by_code
from openfisca_japan.law.municipalities import Municipality, municipality_of_code, reject_conflicts


class modelled_municipality(Variable):
    value_type = Enum
    possible_values = Municipality
    default_value = Municipality.not_modelled
    entity = Household
    definition_period = MONTH
    label = "Modelled municipality of residence (住所地の市区町村: 料率のある市区町村)"
    reference = "地方自治法 第10条 (住民) (https://laws.e-gov.go.jp/law/322AC0000000067#Mp-At_10)"
    documentation = (
        "The input `municipality` when given, else the folder of parameters/municipal/ whose index.yaml lists the "
        "household's national local government code (`municipality_code` or `municipality_name`), else "
        "`not_modelled`. A `municipality` that contradicts the code raises a clear error."
    )

    def formula(household, period):
        given = np.asarray(household("municipality", period), dtype=int)
        from_code = by_code(household("local_government_code", period), municipality_of_code)
        not_modelled = Municipality.not_modelled.index
        reject_conflicts(household, given, from_code, (given != not_modelled) & (from_code != not_modelled), "municipality")
        return np.where(given != not_modelled, given, from_code)
