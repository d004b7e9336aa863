"""The national local government code of a household's municipality (全国地方公共団体コード), as a number."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Household
from openfisca_japan.law.local_government_codes import code_of_name, code_of_text, codes_of


class local_government_code(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    unit = "count"
    label = "National local government code of the municipality, as a number (全国地方公共団体コード; 0: not given)"
    reference = "総務省 全国地方公共団体コード (https://www.soumu.go.jp/denshijiti/code.html)"
    documentation = (
        "From `municipality_code` (checked: 6 digits with a valid check digit, or the 5-digit standard area code, and "
        "in the list of current municipalities), else from `municipality_name`; 0 when neither is given. A code or "
        "name that is not in the list raises a clear error."
    )

    def formula(household, period):
        from_code = codes_of(household("municipality_code", period), code_of_text)
        from_name = codes_of(household("municipality_name", period), code_of_name)
        return np.where(from_code > 0, from_code, from_name)
