"""Age and status of residence of compulsory National Pension coverage (強制加入の年齢・在留資格要件),
国民年金法 第7条第1項第1号, 施行規則 第1条の2."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import ResidenceStatus


class national_pension_resident_eligible(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Aged 20–59 and not excluded by status of residence (国民年金の強制加入の年齢・在留資格要件)"
    documentation = (
        "Age 20–59 (`age` attained by the end of the month: insured from the month one reaches 20 to the "
        "month before one reaches 60), status of residence not excluded (short-term stay, diplomat, "
        "non-resident; since April 2020 designated activities for medical stay or long-stay tourism), and "
        "not exempt by a social security agreement."
    )
    reference = "https://www.nenkin.go.jp/service/kokunen/kanyu/tekiyojogai.html"

    def formula(person, period, parameters):
        coverage = parameters(period).national_pension.coverage
        age = person("age", period)
        status = person("residence_status", period)
        excluded_status = (
            (status == ResidenceStatus.short_term_stay)
            + (status == ResidenceStatus.diplomat)
            + (status == ResidenceStatus.not_resident)
            + coverage.excludes_medical_and_long_stay_tourism
            * (
                (status == ResidenceStatus.designated_activities_medical)
                + (status == ResidenceStatus.designated_activities_long_stay_tourism)
            )
        )
        return (
            (age >= coverage.minimum_age)
            * (age < coverage.age_limit)
            * (1 - excluded_status)
            * (1 - person("exempt_from_japanese_pension_by_agreement", period))
        ).astype(bool)
