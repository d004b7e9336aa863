"""Nursing-care contribution rates of a mutual aid association (共済組合 介護掛金率・介護負担金率, 国家公務員共済組合法 第99条,
第100条)."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer
from openfisca_japan.law.health_insurance_premiums import mext_default_rate


class mutual_aid_care_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "/1"
    label = "Mutual aid association nursing-care contribution rate, member's part (共済組合 介護掛金率)"
    documentation = (
        "A fraction (0.00794 for 7.94/1000). Required for members aged 40–64, except that an employer whose "
        "`mutual_aid_association` is `mext` defaults to the MEXT association's rate where it is encoded."
    )
    reference = "https://laws.e-gov.go.jp/law/333AC0000000128#Mp-At_100"

    def formula(employer, period, parameters):
        return mext_default_rate(employer, period, parameters, "care_rate")


class mutual_aid_care_employer_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "/1"
    label = "Mutual aid association nursing-care contribution rate, employer's part (共済組合 介護負担金率)"
    documentation = "Defaults to the member's rate."
    reference = "https://laws.e-gov.go.jp/law/333AC0000000128#Mp-At_99"

    def formula(employer, period):
        return employer("mutual_aid_care_rate", period)
