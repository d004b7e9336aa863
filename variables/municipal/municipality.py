"""Municipality of residence (住所地の市区町村)."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Household
from openfisca_japan.law.municipalities import Municipality


class municipality(Variable):
    value_type = Enum
    possible_values = Municipality
    default_value = Municipality.not_modelled
    entity = Household
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Municipality of residence (住所地の市区町村)"
    reference = "地方自治法 第10条 (住民) (https://laws.e-gov.go.jp/law/322AC0000000067#Mp-At_10)"
    documentation = (
        "An input: one of the municipalities whose rates are modelled, the folders of parameters/municipal/ "
        "(yokohama, tokyo_special_wards, yokkaichi, tsu ...). Or give `municipality_code` / `municipality_name`: the "
        "law reads `modelled_municipality`, which is this input or the folder listing the code. Defaults to "
        "`not_modelled`: municipal premiums then use the prefecture's unified table where there is one, or raise a "
        "clear error naming the municipality, never another city's rates."
    )
