"""Mutual aid association of the establishment (共済組合, 国家公務員共済組合法 第3条): the MEXT association or another."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer
from openfisca_japan.enums import MutualAidAssociation


class mutual_aid_association(Variable):
    value_type = Enum
    possible_values = MutualAidAssociation
    default_value = MutualAidAssociation.other
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Mutual aid association of the establishment (共済組合)"
    documentation = (
        "Used when `health_insurer` is mutual_aid_association. `mext` makes the MEXT association's published "
        "short-term and care rates the defaults of `mutual_aid_short_term_rate` and `mutual_aid_care_rate` for "
        "the periods whose rates are encoded (parameters health_insurance.premiums.mutual_aid.mext); other "
        "associations (the default) need both rates as inputs."
    )
    reference = "https://laws.e-gov.go.jp/law/333AC0000000128#Mp-At_3"
