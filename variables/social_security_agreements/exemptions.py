"""Social security agreements (社会保障協定): posted workers and totalisation of periods.

A worker posted to Japan by an employer of an agreement country, for an expected period of at most
5 years, who holds that country's certificate of coverage (適用証明書), stays in the home country's scheme
and is exempt from the Japanese schemes the agreement covers: always pension (国民年金・厚生年金保険),
and health insurance (健康保険・国民健康保険) for the agreements that cover it.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.parameter_lookup import enum_indexed


class SocialSecurityAgreementCountry(Enum):
    """Countries with which Japan has a social security agreement in force (社会保障協定の相手国)."""

    none = "No agreement country (協定相手国でない)"
    germany = "Germany (ドイツ)"
    united_kingdom = "United Kingdom (英国)"
    korea = "Korea (韓国)"
    united_states = "United States (アメリカ)"
    belgium = "Belgium (ベルギー)"
    france = "France (フランス)"
    canada = "Canada (カナダ)"
    australia = "Australia (オーストラリア)"
    netherlands = "Netherlands (オランダ)"
    czech_republic = "Czech Republic (チェコ)"
    spain = "Spain (スペイン)"
    ireland = "Ireland (アイルランド)"
    brazil = "Brazil (ブラジル)"
    switzerland = "Switzerland (スイス)"
    hungary = "Hungary (ハンガリー)"
    india = "India (インド)"
    luxembourg = "Luxembourg (ルクセンブルク)"
    philippines = "Philippines (フィリピン)"
    slovakia = "Slovakia (スロバキア)"
    china = "China (中国)"
    finland = "Finland (フィンランド)"
    sweden = "Sweden (スウェーデン)"
    italy = "Italy (イタリア)"
    austria = "Austria (オーストリア)"


class social_security_agreement_country(Variable):
    value_type = Enum
    possible_values = SocialSecurityAgreementCountry
    default_value = SocialSecurityAgreementCountry.none
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Agreement country whose scheme sent the worker to Japan (派遣元の社会保障協定相手国)"
    documentation = (
        "The country whose social security scheme covers the worker posted to Japan (or, for totalisation, "
        "where the person was insured). `none` (default) when no agreement applies."
    )
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/kunibetsu/kyoteitimesystem.html"


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


class exempt_from_japanese_pension_by_agreement(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Exempt from Japanese pension insurance by a social security agreement (社会保障協定による年金の適用免除)"
    documentation = (
        "Every agreement covers the Japanese pension schemes (national pension and employees' pension), "
        "so every posted worker kept in the home scheme is exempt."
    )
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/kunibetsu/kyoteitimesystem.html"

    def formula(person, period):
        return person("posted_worker_covered_by_home_scheme", period)


class exempt_from_japanese_health_insurance_by_agreement(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = (
        "Exempt from Japanese health insurance by a social security agreement (社会保障協定による医療保険の適用免除)"
    )
    documentation = (
        "Only the agreements that cover Japanese health insurance: USA, Belgium, France, Netherlands, Czech "
        "Republic, Switzerland, Hungary, Luxembourg and (from 2025-12-01) Austria. For the USA the exemption "
        "also needs US private health insurance for the worker and every accompanying family member: give "
        "`has_certificate_of_coverage` accordingly (not checked separately)."
    )
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/kunibetsu/kyoteitimesystem.html"

    def formula(person, period, parameters):
        country = person("social_security_agreement_country", period)
        covers_health = enum_indexed(parameters(period).social_security_agreements.covers_health_insurance, country).astype(bool)
        return person("posted_worker_covered_by_home_scheme", period) * covers_health


class social_security_agreement_allows_totalisation(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The agreement country's coverage periods count toward Japanese qualifying periods (年金加入期間の通算)"
    documentation = "False for the UK, Korea, China and Italy agreements, which only avoid double coverage."
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/kunibetsu/kyoteitimesystem.html"

    def formula(person, period, parameters):
        agreements = parameters(period).social_security_agreements
        country = person("social_security_agreement_country", period)
        return np.logical_and(enum_indexed(agreements.in_force, country), enum_indexed(agreements.totalisation, country))
