"""The agreement country whose scheme covers the person (社会保障協定の相手国)."""

from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person


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
