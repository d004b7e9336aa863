"""Support by the insured person (生計維持): the insured person's annual income and the money sent to a relative living apart,
against which the dependant's income is compared (昭和52年 保発第9号)."""

import numpy as np
from openfisca_core.model_api import MONTH, YEAR, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.coverage import SUPPORTED_PERIOD_END

DEPENDANT_NOTICE = "昭和52年 保発第9号; 令和7年 保保発0704第1号 (https://www.kyoukaikenpo.or.jp/g3/cat320/sb3160/sbb3163/1959-230/)"


class insured_person_annual_income(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Annual income of the insured person supporting this person (被保険者の年間収入)"
    documentation = (
        "Defaults to the highest `annual_income` of a member of the household insured by employee health insurance or "
        "voluntary continuation in a month of that year. Months after the last supported period (March 2027) are not "
        "looked at: their coverage rules are not modelled, and the dependant test of January–March 2027 needs this."
    )
    reference = DEPENDANT_NOTICE

    def formula(person, period):
        months = [month for month in period.get_subperiods(MONTH) if month.start.date <= SUPPORTED_PERIOD_END]
        insured = sum(person("is_employee_health_insured", month) | person("is_voluntary_continued_insured", month) for month in months) > 0
        return person.household.max(np.where(insured, person("annual_income", period), 0))


class remittance_from_insured_person(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Money sent by the insured person to this person in the year (被保険者からの仕送り額)"
    documentation = "Used when not living together: the income must be less than the remittance."
    reference = DEPENDANT_NOTICE
