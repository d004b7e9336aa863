"""Workers' compensation premium (労災保険料), borne by the employer alone: wages of the fiscal year (賃金総額) × the
rate of the kind of business (労災保険率, 労働保険徴収法 第12条第2項, 施行規則 別表第1)."""

from openfisca_core.model_api import ETERNITY, YEAR, Enum, Variable

from openfisca_japan.entities import Employer
from openfisca_japan.enums import WorkersCompensationIndustry
from openfisca_japan.law.rounding import floor_to
from openfisca_japan.law.workers_compensation import industry_rate

COLLECTION_ACT = "https://laws.e-gov.go.jp/law/344AC0000000084"


class workers_compensation_industry(Variable):
    value_type = Enum
    possible_values = WorkersCompensationIndustry
    default_value = WorkersCompensationIndustry.unspecified
    entity = Employer
    definition_period = ETERNITY
    label = "Kind of business for the workers' compensation rate (労災保険率表の事業の種類)"
    reference = "https://laws.e-gov.go.jp/law/347M50002000008"


class workers_compensation_premium(Variable):
    value_type = float
    entity = Employer
    definition_period = YEAR
    label = "Workers' compensation premium of the fiscal year, employer only (労災保険料)"
    documentation = "Wage base × the industry rate, truncated to the yen. Compute for a fiscal year (`year:2025-04`)."
    reference = f"{COLLECTION_ACT}#Mp-At_12"
    unit = "currency-JPY"

    def formula(employer, period, parameters):
        rate = industry_rate(employer("workers_compensation_industry", period), period, parameters)
        return floor_to(employer("workers_compensation_wage_base", period) * rate)
