"""Which public health insurance covers a person in a month (加入する医療保険).

Order of precedence (the law makes these schemes mutually exclusive):
1. exempt by a social security agreement → none;
2. late-stage elderly medical care (後期高齢者医療): from the 75th birthday, or 65–74 with a certified
   disability on application (高齢者医療確保法 第50条), if resident and not on public assistance;
3. employee health insurance (健康保険法 第3条) — shown as mutual aid association when the employer's insurer is
   a mutual aid association (共済組合);
4. voluntary continued insured (任意継続被保険者, 健康保険法 第3条第4項);
5. dependant of an insured person (被扶養者, 健康保険法 第3条第7項);
6. National Health Insurance (国民健康保険法 第5条, 第6条): any other resident, except statuses excluded by
   国民健康保険法施行規則 第1条 and public assistance recipients;
7. none.
Status is the one at the end of the month, as for premiums.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Enum, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme, HealthInsurer, ResidenceStatus
from openfisca_japan.law.dates import ymd

# Statuses that cannot join NHI or late-stage elderly care, nor be a dependant even with an address
# (国民健康保険法施行規則 第1条; 高齢者医療確保法施行規則 第9条; 健康保険法施行規則 第37条の3).
NOT_RESIDENT_STATUSES = (
    ResidenceStatus.short_term_stay,
    ResidenceStatus.diplomat,
    ResidenceStatus.designated_activities_medical,
    ResidenceStatus.designated_activities_long_stay_tourism,
    ResidenceStatus.not_resident,
)


def check_age(age):
    """Refuse impossible ages instead of computing a scheme for them. A negative computed age is a month
    before the birth (annual rules look at every month of the year of a baby born in it): not an error."""
    if np.any(age > 150):
        raise ValueError(f"age must be between 0 and 150; got {age[age > 150][:5].tolist()}")


class has_certified_disability(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Has a disability of the level of the disability pension (障害厚生年金を受けられる程度の障害)"
    documentation = (
        "Used by the dependant test (180万円 limit) and, with `late_stage_elderly_disability_certified`, by "
        "late-stage elderly care for ages 65–74."
    )


class late_stage_elderly_disability_certified(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Aged 65–74, applied and certified by the wide-area union as disabled (後期高齢者医療 障害認定)"
    documentation = "Joining late-stage elderly care at 65–74 is optional: true only if the person applied and was certified."
    reference = "高齢者の医療の確保に関する法律 第50条第2号 (https://laws.e-gov.go.jp/law/357AC0000000080#Mp-At_50)"


class receives_public_assistance(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Household receives public assistance (生活保護受給)"
    documentation = "Public assistance recipients are excluded from NHI and late-stage elderly care (medical assistance instead)."
    reference = "国民健康保険法 第6条第9号 (https://laws.e-gov.go.jp/law/333AC0000000192#Mp-At_6)"


class is_resident_for_regional_insurance(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Resident who can join NHI or late-stage elderly care (住所を有し適用除外に該当しない)"
    documentation = (
        "Has an address in Japan and a status that is not excluded (short-term stay, diplomat, medical stay "
        "and its attendant, long-stay tourism), and is not on public assistance."
    )
    reference = "国民健康保険法 第5条, 第6条; 国民健康保険法施行規則 第1条 (https://laws.e-gov.go.jp/law/333AC0000000192#Mp-At_6)"

    def formula(person, period):
        status = person("residence_status", period)
        excluded = np.isin(status, [s.index for s in NOT_RESIDENT_STATUSES])
        return person("lives_in_japan", period) * ~excluded * ~person("receives_public_assistance", period)


class is_late_stage_elderly_insured(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Insured person of late-stage elderly medical care at the end of the month (後期高齢者医療の被保険者)"
    documentation = (
        "From the 75th birthday itself (a person born on the 1st of month M+1 is 75 in month M by `age`, "
        "but joins on the 1st of M+1: read from `birth_date`), or from 65 with a certified disability."
    )
    reference = "高齢者の医療の確保に関する法律 第50条, 第52条 (https://laws.e-gov.go.jp/law/357AC0000000080#Mp-At_50)"

    def formula(person, period, parameters):
        limit = parameters(period).employee_insurance_coverage.late_stage_elderly_age
        minimum = parameters(period).health_insurance.copayment.ages.late_stage_disability_minimum
        age = person("age", period)
        check_age(age)
        birth_year, birth_month, birth_day = ymd(person("birth_date", period))
        next_month = period.start.offset(1, MONTH)
        born_on_next_first = (
            (birth_year + int(limit) == next_month.year) * (birth_month == next_month.month) * (birth_day == 1)
        )
        reached = (age >= limit) * ~((age == limit) * born_on_next_first)
        by_disability = (age >= minimum) * person("late_stage_elderly_disability_certified", period)
        exempt = person("exempt_from_japanese_health_insurance_by_agreement", period)
        return (reached + by_disability) * person("is_resident_for_regional_insurance", period) * ~exempt


class health_insurance_scheme(Variable):
    value_type = Enum
    possible_values = HealthInsuranceScheme
    default_value = HealthInsuranceScheme.none
    entity = Person
    definition_period = MONTH
    label = "Public health insurance covering the person at the end of the month (加入する医療保険)"
    documentation = (
        "Employee health insurance or mutual aid association (by the employer's `health_insurer`), dependant, "
        "voluntary continued insured, NHI, late-stage elderly care, or none (short-term stay, living abroad "
        "without an exception, exempt by a social security agreement, public assistance)."
    )
    reference = "健康保険法 第3条; 国民健康保険法 第5条, 第6条; 高齢者の医療の確保に関する法律 第50条"

    def formula(person, period):
        exempt = person("exempt_from_japanese_health_insurance_by_agreement", period)
        late = person("is_late_stage_elderly_insured", period)
        employee = person("is_employee_health_insured", period)
        mutual_aid = person.employer("health_insurer", period) == HealthInsurer.mutual_aid_association
        voluntary = person("is_voluntary_continued_insured", period)
        dependent = person("is_health_insurance_dependent", period)
        nhi = person("is_resident_for_regional_insurance", period)
        not_yet_born = person("age", period) < 0
        return np.select(
            [not_yet_born + exempt, late, employee * mutual_aid, employee, voluntary, dependent, nhi],
            [
                HealthInsuranceScheme.none.index,
                HealthInsuranceScheme.late_stage_elderly.index,
                HealthInsuranceScheme.mutual_aid_association.index,
                HealthInsuranceScheme.employee_health_insurance.index,
                HealthInsuranceScheme.voluntary_continued.index,
                HealthInsuranceScheme.dependent.index,
                HealthInsuranceScheme.national_health_insurance.index,
            ],
            HealthInsuranceScheme.none.index,
        )
