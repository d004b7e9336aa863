"""Pension of the disability dependants' mutual aid (年金給付金), from the guardian's death or severe disability."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable, date

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import month_index
from openfisca_japan.law.disability_mutual_aid import NEVER, UNITS, as_days, month_of

WAM = "独立行政法人福祉医療機構 心身障害者扶養保険制度 (http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html)"


class disability_mutual_aid_guardian_event_date(Variable):
    value_type = date
    default_value = NEVER
    entity = Person
    definition_period = ETERNITY
    label = "Date of the guardian's death or recognised severe disability (加入者の死亡・重度障害)"
    documentation = "Default 2999-12-31: none."
    reference = WAM


class disability_mutual_aid_units_at_event(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    unit = "count"
    label = "Units in force at the guardian's death or severe disability (年金の口数)"
    documentation = "Units approved on or before the event and not withdrawn before it."
    reference = WAM

    def formula(person, period):
        event = as_days(person("disability_mutual_aid_guardian_event_date", period))
        withdrawal = as_days(person("disability_mutual_aid_withdrawal_date", period))
        return sum(
            (as_days(person(unit, period)) <= event) & (event < withdrawal) & (event < np.datetime64(NEVER))
            for unit in UNITS
        )


class disability_mutual_aid_pension(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Disability dependants' mutual aid pension for the month (扶養共済 年金給付金 月額)"
    documentation = (
        "20,000 yen per unit per month from the month of the guardian's death or recognised severe disability "
        "to the month of the disabled person's death. The exclusions (suicide within a year of enrolment, ...) "
        "are not modelled; a pension claim is assumed to be filed."
    )
    reference = WAM

    def formula(person, period, parameters):
        per_unit = parameters(period.start).disability_mutual_aid.rules.pension_per_unit
        month = month_of(period)
        started = month_index(person("disability_mutual_aid_guardian_event_date", period)) <= month
        alive = month <= month_index(person("disability_mutual_aid_dependant_death_date", period))
        return person("disability_mutual_aid_units_at_event", period) * per_unit * started * alive
