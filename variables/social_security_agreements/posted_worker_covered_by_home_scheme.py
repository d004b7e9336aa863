"""Posted workers kept in their home scheme by a social security agreement (協定による一時派遣者).

A worker posted to Japan by an employer of an agreement country, for an expected period of at most
5 years, who holds that country's certificate of coverage (適用証明書), stays in the home country's scheme
and is exempt from the Japanese schemes the agreement covers: always pension (国民年金・厚生年金保険),
and health insurance (健康保険・国民健康保険) for the agreements that cover it."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.parameter_lookup import enum_indexed


class has_certificate_of_coverage(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Holds the home country's certificate of coverage (適用証明書を有する)"
    documentation = "The certificate issued by the agreement country, presented to the employer or municipality."
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/shikumi/nijukanyuboshi/fromother01.html"


class expected_posting_months(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Expected length of the posting to Japan, in months (派遣予定期間)"
    documentation = (
        "Expected total length of the posting. Up to 60 months (5 years) the home scheme applies; beyond, "
        "the Japanese schemes apply unless the authorities agreed an extension (`posting_extension_agreed`). "
        "0 (default) means within the limit, as attested by the certificate."
    )
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/shikumi/nijukanyuboshi/fromother01.html"
    unit = "month"


class posting_extension_agreed(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Authorities agreed to keep the home scheme beyond 5 years (派遣期間の延長の合意)"
    reference = "https://www.nenkin.go.jp/international/agreement/noteseach/notesnetherlands.html"


class posted_worker_covered_by_home_scheme(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Posted worker kept in the home scheme by an agreement in force (協定による一時派遣者)"
    documentation = (
        "Agreement in force with the country in the month, certificate of coverage held, and a posting "
        "expected to last at most 5 years (or an agreed extension)."
    )
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/shikumi/nijukanyuboshi/fromother01.html"

    def formula(person, period, parameters):
        agreements = parameters(period).social_security_agreements
        country = person("social_security_agreement_country", period)
        within_limit = person("expected_posting_months", period) <= agreements.posting.maximum_posting_months
        return (
            enum_indexed(agreements.in_force, country).astype(bool)
            * person("has_certificate_of_coverage", period)
            * (within_limit + person("posting_extension_agreed", period))
        )
