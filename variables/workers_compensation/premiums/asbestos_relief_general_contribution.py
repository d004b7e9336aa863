"""General contribution for asbestos health damage relief (一般拠出金), borne by the employer alone, on the wages of
the fiscal year (石綿による健康被害の救済に関する法律)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Employer
from openfisca_japan.law.rounding import floor_to


class asbestos_relief_general_contribution(Variable):
    value_type = float
    entity = Employer
    definition_period = YEAR
    label = "General contribution for asbestos health damage relief, employer only (一般拠出金)"
    reference = "https://jsite.mhlw.go.jp/kanagawa-roudoukyoku/hourei_seido_tetsuzuki/rousai_hoken/hourei_seido/kyosyutukin.html"
    unit = "currency-JPY"

    def formula(employer, period, parameters):
        rate = parameters(period.start).workers_compensation.general_contribution_rate
        return floor_to(employer("workers_compensation_wage_base", period) * rate)
