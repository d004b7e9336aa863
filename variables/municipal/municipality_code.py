"""How a household's municipality is given: its national local government code or its name (inputs)."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Household

CODES = "https://www.soumu.go.jp/denshijiti/code.html"


class municipality_code(Variable):
    value_type = str
    default_value = ""
    entity = Household
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "National local government code of the municipality of residence (全国地方公共団体コード)"
    reference = f"総務省 全国地方公共団体コード ({CODES})"
    documentation = (
        "6 digits with the check digit, as text (e.g. \"271004\" for 大阪市, \"011002\" for 札幌市: quote it in YAML, "
        "a leading 0 would otherwise be read as a number), or its first 5 digits (the standard area code). The codes "
        "of openfisca_japan/data/local_government_codes.csv are accepted; gives `municipality` and `prefecture`."
    )


class municipality_name(Variable):
    value_type = str
    default_value = ""
    entity = Household
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Name of the municipality of residence (住所地の市区町村名)"
    reference = f"総務省 全国地方公共団体コード ({CODES})"
    documentation = (
        "In Japanese (「大阪市」, or with its prefecture 「大阪府大阪市」 when the name alone is shared, e.g. 府中市) or in "
        "English for the designated cities, the Tokyo special wards and the modelled cities (\"Osaka\", \"Minato\"). "
        "Read only when `municipality_code` is not given."
    )
