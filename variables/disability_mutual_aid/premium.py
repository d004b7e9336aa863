"""Premium of the disability dependants' mutual aid (掛金), due month by month from the guardian."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.disability_mutual_aid import UNITS, unit_premium

WAM = "独立行政法人福祉医療機構 心身障害者扶養保険制度 (http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html)"


class disability_mutual_aid_premium_reduction_rate(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "/1"
    label = "Premium reduction granted by the city (掛金の減免割合)"
    documentation = (
        "Share of the premium waived under Yokohama's reduction scheme for low-income households (0 to 1). An "
        "input: the city's criteria and rates were not found in an official source (see docs/municipal.md)."
    )
    reference = "横浜市 心身障害者扶養共済制度 (https://www.city.yokohama.lg.jp/faq/kukyoku/kenko/shogaijiritsu/20211027114415855.html)"


class disability_mutual_aid_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Disability dependants' mutual aid premium due for the month (扶養共済 掛金月額)"
    documentation = (
        "Sum over the guardian's units (at most 2) of the premium of the unit's age band (age on 1 April of the "
        "fiscal year of its approval; 2008 or pre-2008 table), until the later of 20 years of membership and the "
        "enrolment anniversary in the fiscal year the guardian is 65 on 1 April, less the reduction granted by the city."
    )
    reference = WAM

    def formula(person, period, parameters):
        total = sum(unit_premium(person, period, parameters, person(unit, period)) for unit in UNITS)
        reduction = np.clip(person("disability_mutual_aid_premium_reduction_rate", period), 0, 1)
        return np.floor(total * (1 - np.round(reduction.astype(np.float64), 4)))
