"""Childbirth and childcare lump-sum grant (出産育児一時金・家族出産育児一時金, 健康保険法 第101条, 第114条; 健康保険法施行令 第36条)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme
from openfisca_japan.law.health_insurance_cash_benefits import INSURED_OR_DEPENDANT


class children_born_in_month(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    unit = "person"
    label = "Children this person gave birth to in the month, after 4 months (85 days) of pregnancy (出産した子の数)"
    reference = "健康保険法 第101条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_101)"


class birth_under_obstetric_compensation_scheme(Variable):
    value_type = bool
    default_value = True
    entity = Person
    definition_period = MONTH
    label = "Birth at a facility joined to the obstetric compensation system, 22 weeks or more (産科医療補償制度の対象出産)"
    reference = "健康保険法施行令 第36条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_36)"


class childbirth_lump_sum_grant(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Childbirth and childcare lump-sum grant (出産育児一時金・家族出産育児一時金)"
    documentation = (
        "Per child: 500,000 yen, or 488,000 yen outside the obstetric compensation system (420,000 / 404,000 before 2022, "
        "420,000 / 408,000 from January 2022 to March 2023). For insured persons "
        "(incl. voluntary continued and mutual aid) and dependants (paid to the insured person), and NHI "
        "members (amount set by municipal ordinance; the national standard is used)."
    )
    reference = "健康保険法 第101条, 第114条; 健康保険法施行令 第36条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_36)"

    def formula(person, period, parameters):
        p = parameters(period).health_insurance.cash_benefits.childbirth
        children = person("children_born_in_month", period)
        if np.any(children < 0):
            raise ValueError("children_born_in_month must not be negative.")
        scheme = person("health_insurance_scheme", period)
        covered = np.isin(scheme, INSURED_OR_DEPENDANT) + (scheme == HealthInsuranceScheme.national_health_insurance)
        amount = np.where(
            person("birth_under_obstetric_compensation_scheme", period),
            p.lump_sum_grant,
            p.lump_sum_grant_without_compensation_scheme,
        )
        return covered * children * amount
