"""The guardian who may enrol in the disability dependants' mutual aid (加入者の要件)."""

from openfisca_core.model_api import ETERNITY, MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import birth_dates
from openfisca_japan.law.disability_mutual_aid import age_on
from openfisca_japan.law.municipalities import Municipality


class disability_mutual_aid_guardian_insurable(Variable):
    value_type = bool
    default_value = True
    entity = Person
    definition_period = ETERNITY
    label = "Guardian has no disease or disability excluding the life-insurance contract (生命保険契約の対象となる健康状態)"
    reference = "横浜市心身障害者扶養共済制度条例施行規則 第2条 (https://cgi.city.yokohama.lg.jp/somu/reiki/reiki_honbun/g202RG00000674.html)"


class disability_mutual_aid_guardian_eligible(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Guardian may enrol (or add a unit) in this month (加入者の要件)"
    documentation = (
        "Under 65 on 1 April of the fiscal year containing the month, insurable health, address in Yokohama, "
        "and supporting an eligible disabled person."
    )
    reference = "横浜市 心身障害者扶養共済制度 (https://www.city.yokohama.lg.jp/faq/kukyoku/kenko/shogaijiritsu/20211027114415855.html)"

    def formula(person, period, parameters):
        rules = parameters(period.start).disability_mutual_aid.rules
        fiscal_year = period.start.year if period.start.month >= 4 else period.start.year - 1
        age = age_on(birth_dates(person, period), fiscal_year, 4, 1)
        in_yokohama = person.household("modelled_municipality", period) == Municipality.yokohama
        return (
            (age < rules.maximum_enrolment_age)
            & in_yokohama
            & person("disability_mutual_aid_guardian_insurable", period)
            & person("disability_mutual_aid_dependant_eligible", period)
        )
