"""Who is a National Health Insurance member, month by month (国民健康保険の被保険者).

Membership itself is decided by `health_insurance_scheme` (coverage rules); the premium variables read
it only through `is_national_health_insurance_member`, which can also be given directly as an input.
"""

import numpy as np
from openfisca_core.model_api import MONTH, YEAR, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme
from openfisca_japan.law.municipalities import fiscal_year_months


class is_national_health_insurance_member(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Member of National Health Insurance in the month (国民健康保険の被保険者)"
    documentation = "True when `health_insurance_scheme` is national_health_insurance for the month. Can be input directly."
    reference = "国民健康保険法 第5条, 第6条 (https://laws.e-gov.go.jp/law/333AC0000000192#Mp-At_5)"

    def formula(person, period):
        return person("health_insurance_scheme", period) == HealthInsuranceScheme.national_health_insurance


class national_health_insurance_months(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    unit = "month"
    label = "Months of NHI membership in the fiscal year (国民健康保険の加入月数)"
    documentation = (
        "Premiums run from the month membership starts to the month before it ends (月割). Period: a fiscal "
        "year such as `year:2025-04`."
    )
    reference = "国民健康保険法 第76条; 地方税法 第706条の2 (月割) (https://laws.e-gov.go.jp/law/333AC0000000192)"

    def formula(person, period):
        return np.sum([person("is_national_health_insurance_member", m) for m in fiscal_year_months(period)], axis=0)
