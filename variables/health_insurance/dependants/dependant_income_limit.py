"""Annual income limit of the dependant test (被扶養者の収入基準額, 昭和52年 保発第9号; from 1 October 2025 also 令和7年
保保発0704第1号): 1.3 million yen, 1.8 million from 60 or with a disability of the disability-pension level, and from
October 2025 1.5 million for a dependant other than the spouse aged 19–22 at 31 December of the year."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import DependantRelationship


def _limit_by_age_and_disability(person, period, p):
    """(60 or over or disabled, the limit: 1.8 million for them, 1.3 million otherwise)."""
    age = person("age", period)
    elderly = (age >= p.ages.elderly) + person("has_certified_disability", period)
    return elderly, np.where(elderly, p.income_limit.elderly_or_disabled, p.income_limit.general)


class dependant_income_limit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Applicable annual income limit of the dependant test (被扶養者の収入基準額)"
    documentation = (
        "1.3 million yen; 1.8 million from 60 or with a disability of the disability-pension level; from "
        "October 2025, 1.5 million for a dependant other than the spouse aged 19–22 at 31 December of the year."
    )
    reference = "昭和52年 保発第9号; 令和7年 保保発0704第1号 (https://www.kyoukaikenpo.or.jp/g3/cat320/sb3160/sbb3163/1959-230/)"

    def formula(person, period, parameters):
        """Until September 2025 (昭和52年 保発第9号): 1.3 million, 1.8 million from 60 or disabled."""
        _, limit = _limit_by_age_and_disability(person, period, parameters(period).health_insurance.dependants)
        return limit

    def formula_2025_10(person, period, parameters):
        """From 1 October 2025 (令和7年 保保発0704第1号): 1.5 million for a dependant other than the spouse aged 19 to 22
        at 31 December of the year, unless the 1.8 million limit applies."""
        p = parameters(period).health_insurance.dependants
        elderly, limit = _limit_by_age_and_disability(person, period, p)
        age_31_december = person("age", period.this_year.first_month.offset(11))
        young = (age_31_december >= p.ages.young_adult_minimum) * (age_31_december < p.ages.young_adult_maximum)
        not_spouse = person("relationship_to_insured_person", period) != DependantRelationship.spouse
        return np.where(young * not_spouse * ~elderly, p.income_limit.age_19_to_22, limit)
