"""Wages of the fiscal year on which the labour insurance premiums are due (賃金総額), 労働保険徴収法 第11条."""

from openfisca_core.model_api import ADD, YEAR, Variable

from openfisca_japan.entities import Employer
from openfisca_japan.law.rounding import floor_to

COLLECTION_ACT = "https://laws.e-gov.go.jp/law/344AC0000000084"


class workers_compensation_wage_base(Variable):
    value_type = float
    entity = Employer
    definition_period = YEAR
    label = "Wages paid to all workers in the fiscal year, bonuses included, truncated to 1,000 yen (賃金総額)"
    documentation = "Compute for a fiscal year, e.g. `year:2025-04`."
    reference = f"{COLLECTION_ACT}#Mp-At_11"
    unit = "currency-JPY"

    def formula(employer, period):
        wages = employer.members("monthly_wage", period, options=[ADD]) + employer.members("bonus", period, options=[ADD])
        return floor_to(employer.sum(wages), 1000)
