"""Category-2 insured person of long-term care insurance (介護保険 第2号被保険者, 介護保険法 第9条第2号): a resident aged 40 to 64
who is a member of a medical insurance scheme."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person


class is_nursing_care_category_2(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Category-2 insured person of long-term care insurance, aged 40–64 (介護保険 第2号被保険者)"
    documentation = (
        "A resident aged 40 to 64 who is a member of a medical insurance scheme. From the month in which "
        "one reaches 40 (the day before the 40th birthday) to the month before the one in which one reaches "
        "65: `age` is 40 to 64. Residence in Japan is required (介護保険法第9条第2号)."
    )
    reference = "https://laws.e-gov.go.jp/law/409AC0000000123#Mp-At_9"

    def formula(person, period, parameters):
        age = person("age", period)
        return (age >= 40) * (age < 65) * person("lives_in_japan", period)
