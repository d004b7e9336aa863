"""Short-term contribution rates of a mutual aid association (共済組合 短期掛金率・短期負担金率, 国家公務員共済組合法 第99条・第100条・第102条)."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Employer
from openfisca_japan.law.health_insurance_premiums import mext_default_rate


class mutual_aid_short_term_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "/1"
    label = "Mutual aid association short-term contribution rate, member's part (共済組合 短期掛金率)"
    documentation = (
        "A fraction of the standard monthly remuneration and standard term-end allowance (0.04042 for "
        "40.42/1000), the member's contribution (掛金); the employer's contribution (負担金) is "
        "`mutual_aid_short_term_employer_rate`. Each association publishes its own rates: required when "
        "`health_insurer` is mutual_aid_association, except that an employer whose `mutual_aid_association` is "
        "`mext` defaults to the MEXT association's rate where it is encoded (else the period is refused)."
    )
    reference = "https://laws.e-gov.go.jp/law/333AC0000000128#Mp-At_100"

    def formula(employer, period, parameters):
        return mext_default_rate(employer, period, parameters, "short_term_rate")


class mutual_aid_short_term_employer_rate(Variable):
    value_type = float
    entity = Employer
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "/1"
    label = "Mutual aid association short-term contribution rate, employer's part (共済組合 短期負担金率)"
    documentation = "Defaults to the member's rate (掛金と負担金は同率, 国家公務員共済組合法第99条・第102条)."
    reference = "https://laws.e-gov.go.jp/law/333AC0000000128#Mp-At_99"

    def formula(employer, period):
        return employer("mutual_aid_short_term_rate", period)
