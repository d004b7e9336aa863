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
from openfisca_core.model_api import MONTH, Enum, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme, HealthInsurer


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
    reference = "健康保険法 第3条; 国民健康保険法 第5条, 第6条; 高齢者の医療の確保に関する法律 第50条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)"

    def formula(person, period):
        exempt = person("exempt_from_japanese_health_insurance_by_agreement", period)
        late = person("is_late_stage_elderly_insured", period)
        employee = person("is_employee_health_insured", period)
        mutual_aid = person.employer("health_insurer", period) == HealthInsurer.mutual_aid_association
        voluntary = person("is_voluntary_continued_insured", period)
        dependant = person("is_health_insurance_dependant", period)
        nhi = person("is_resident_for_regional_insurance", period)
        not_yet_born = person("age", period) < 0
        return np.select(
            [not_yet_born + exempt, late, employee * mutual_aid, employee, voluntary, dependant, nhi],
            [
                HealthInsuranceScheme.none.index,
                HealthInsuranceScheme.late_stage_elderly.index,
                HealthInsuranceScheme.mutual_aid_association.index,
                HealthInsuranceScheme.employee_health_insurance.index,
                HealthInsuranceScheme.voluntary_continued.index,
                HealthInsuranceScheme.dependant.index,
                HealthInsuranceScheme.national_health_insurance.index,
            ],
            HealthInsuranceScheme.none.index,
        )
