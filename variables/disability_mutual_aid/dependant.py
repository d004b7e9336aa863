"""The disabled person the guardian supports (障害のある方の要件) in the disability dependants' mutual aid."""

from openfisca_core.model_api import ETERNITY, MONTH, Enum, Variable

from openfisca_japan.entities import Person

REFERENCE = "横浜市 心身障害者扶養共済制度 (https://www.city.yokohama.lg.jp/faq/kukyoku/kenko/shogaijiritsu/20211027114415855.html)"


class DisabilityMutualAidDependantCategory(Enum):
    none = "No disabled dependant (該当なし)"
    intellectual_disability = "Intellectual disability (知的障害)"
    physical_disability_grades_1_to_3 = "Physical disability certificate, grades 1–3 (身体障害者手帳1〜3級)"
    equivalent_permanent_disability = "Permanent mental or physical disability of equivalent degree (同程度の永続的な障害)"
    other_disability = "Other disability, not eligible (上記以外)"


class disability_mutual_aid_dependant_category(Variable):
    value_type = Enum
    possible_values = DisabilityMutualAidDependantCategory
    default_value = DisabilityMutualAidDependantCategory.none
    entity = Person
    definition_period = ETERNITY
    label = "Disability of the dependant the guardian supports (扶養共済 障害のある方の要件)"
    reference = REFERENCE


class disability_mutual_aid_dependant_eligible(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The dependant qualifies as a disabled person of the scheme (障害のある方の要件)"
    reference = REFERENCE

    def formula(person, period):
        category = person("disability_mutual_aid_dependant_category", period)
        return (
            (category == DisabilityMutualAidDependantCategory.intellectual_disability)
            | (category == DisabilityMutualAidDependantCategory.physical_disability_grades_1_to_3)
            | (category == DisabilityMutualAidDependantCategory.equivalent_permanent_disability)
        )
