"""Lump sum on voluntary withdrawal (脱退一時金) after 5 years of membership."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable, date

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import month_index
from openfisca_japan.law.disability_mutual_aid import NEVER, UNITS, as_days, completed_years, month_of

YOKOHAMA = "横浜市 心身障害者扶養共済制度 (https://www.city.yokohama.lg.jp/faq/kukyoku/kenko/shogaijiritsu/20211027114415855.html)"


class disability_mutual_aid_withdrawal_date(Variable):
    value_type = date
    default_value = NEVER
    entity = Person
    definition_period = ETERNITY
    label = "Date of voluntary withdrawal of all units (脱退日)"
    documentation = "Default 2999-12-31: none."
    reference = "独立行政法人福祉医療機構 心身障害者扶養保険制度 (http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html)"


class disability_mutual_aid_withdrawal_payment(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Lump sum on voluntary withdrawal after 5 years (扶養共済 脱退一時金)"
    documentation = (
        "0 below 5 years of continuous membership. The amounts by membership band (Yokohama: 45,000 to 250,000 yen "
        "per unit) are not confirmed by an official table: an eligible withdrawal raises a clear error."
    )
    reference = YOKOHAMA

    def formula(person, period, parameters):
        minimum = parameters(period.start).disability_mutual_aid.rules.withdrawal_minimum_years
        withdrawal = as_days(person("disability_mutual_aid_withdrawal_date", period))
        due = month_index(withdrawal) == month_of(period)
        eligible = np.zeros_like(due)
        for unit in UNITS:
            enrolment = as_days(person(unit, period))
            eligible = eligible | (due & (enrolment <= withdrawal) & (completed_years(enrolment, withdrawal) >= minimum))
        if eligible.any():
            raise ValueError(
                "disability_mutual_aid_withdrawal_payment: the lump-sum amounts by membership period were not found in "
                "an official table (only the range 45,000–250,000 yen per unit is published by Yokohama); not covered."
            )
        return np.zeros(len(due))
