"""Condolence payment (弔慰金) when the disabled person dies before the guardian."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable, date

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import month_index
from openfisca_japan.law.disability_mutual_aid import NEVER, UNITS, as_date, as_days, completed_years, month_of


class disability_mutual_aid_dependant_death_date(Variable):
    value_type = date
    default_value = NEVER
    entity = Person
    definition_period = ETERNITY
    label = "Date of death of the disabled person (障害のある方の死亡日)"
    documentation = "Default 2999-12-31: alive."
    reference = "独立行政法人福祉医療機構 心身障害者扶養保険制度 (http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html)"


class disability_mutual_aid_condolence_payment(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Condolence payment when the disabled person dies before the guardian (扶養共済 弔慰金)"
    documentation = "Per unit in force, by whole years of continuous membership at the death (1 year minimum) and enrolment cohort."
    reference = "名古屋市 心身障害者扶養共済制度 (https://www.kaigo-wel.city.nagoya.jp/view/wel/shiori/teate/kyousai.html)"

    def formula(person, period, parameters):
        p = parameters(period.start).disability_mutual_aid
        death = as_days(person("disability_mutual_aid_dependant_death_date", period))
        event = as_days(person("disability_mutual_aid_guardian_event_date", period))
        withdrawal = as_days(person("disability_mutual_aid_withdrawal_date", period))
        due = (month_index(death) == month_of(period)) & (death < event) & (death < withdrawal)
        total = 0
        for unit in UNITS:
            enrolment = as_days(person(unit, period))
            years = np.maximum(completed_years(enrolment, death), 0)
            new_scheme = enrolment >= as_date(p.rules.new_scheme_start)
            amount = np.where(new_scheme, p.condolence_payment.since_2008.calc(years), p.condolence_payment.before_2008.calc(years))
            total = total + amount * (enrolment <= death)
        return total * due
