"""Daily amount of the injury and sickness allowance and of the childbirth allowance (支給日額, 健康保険法 第99条第2項, 第102条第2項).

Average standard monthly remuneration of the 12 months up to the month of the first payment day ÷ 30, rounded half
up to 10 yen, × 2/3 rounded half up to the yen; insured less than 12 months: the average is capped at the insurer's
average of all insured persons (Kyokai Kenpo cap). Compute it for the month of the first payment day.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme, HealthInsurer
from openfisca_japan.law.rounding import round_half_up_to, round_half_up_yen


def _refuse_society_short_insured(person, period, p, average, short):
    """A society's insured person with less than 12 months: the cap is the society's own average (not modelled)."""
    society = person.employer("health_insurer", period) != HealthInsurer.kyokai_kenpo
    employee = person("health_insurance_scheme", period) == HealthInsuranceScheme.employee_health_insurance
    if np.any(employee * short * society * (average > p.kyokai_kenpo_short_insured_cap)):
        raise NotImplementedError(
            "allowance_daily_amount: for a person insured less than 12 months by a health insurance "
            "society, the cap is the society's own average: give `average_standard_monthly_remuneration_12_months` "
            "already capped, and `insured_months_before_allowance: 12`."
        )
    return employee


class allowance_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Daily amount of the sickness and childbirth allowances, first payment day in this month (支給日額)"
    documentation = (
        "average ÷ 30 rounded half up to 10 yen, × 2/3 rounded half up to the yen; insured < 12 months: "
        "average capped at the Kyokai Kenpo cap of the fiscal year. Employee health insurance only."
    )
    reference = "健康保険法 第99条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period, parameters):
        p = parameters(period).health_insurance.cash_benefits.daily_amount
        average = person("average_standard_monthly_remuneration_12_months", period)
        short = person("insured_months_before_allowance", period) < p.averaging_months
        employee = _refuse_society_short_insured(person, period, p, average, short)
        base = np.where(short, np.minimum(average, p.kyokai_kenpo_short_insured_cap), average)
        daily_remuneration = round_half_up_to(base / p.days_per_month, p.daily_rounding_unit)
        amount = round_half_up_yen(daily_remuneration * p.benefit_numerator / p.benefit_denominator)
        return np.where(employee, amount, 0)
