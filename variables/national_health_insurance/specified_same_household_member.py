"""Former NHI member who moved to late-stage elderly care and stayed in the household (特定同一世帯所属者)."""

from openfisca_core.model_api import ETERNITY, Variable

from openfisca_japan.entities import Person


class is_specified_same_household_member(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Moved from NHI to late-stage elderly care and stayed in the household (特定同一世帯所属者)"
    documentation = (
        "A former NHI member who joined late-stage elderly care at 75 and still lives in the household, whose head "
        "has not changed. Counted in the NHI low-income reduction test; gives the reduced per-household amount "
        "(特定世帯・特定継続世帯) when one NHI member remains. The move is taken as the month of the 75th birthday."
    )
    reference = "https://www.city.omura.nagasaki.jp/kokuhozei/kenko/nenkin/kenkohoken/tyojyukannwa.html"
