"""Number of insured persons of the employer (被保険者数), which makes a specified applicable establishment (特定適用事業所:
51 or more since October 2024, 令和2年法律第40号)."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer


class employee_count(Variable):
    value_type = int
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "person"
    label = "Number of insured persons of the employer (被保険者数)"
    documentation = "Used for the short-time worker coverage (特定適用事業所: 51 or more since October 2024)."
    reference = "https://www.nenkin.go.jp/service/kounen/jigyosho-hiho/hihokensha1/tanjikan.html"
