"""Voluntary continued insured persons (任意継続被保険者, 健康保険法 第3条第4項, 第37条, 第38条).

After leaving a job, a person insured for at least 2 continuous months up to the day before the loss of
coverage may stay insured for up to 2 years by applying within 20 days (the date of loss counts as day 1),
paying the whole premium. The facts of the last loss of employee health insurance are ETERNITY inputs.
"""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import month_index


class is_voluntary_continued_insured(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Voluntary continued insured person at the end of the month (任意継続被保険者)"
    documentation = (
        "Applied within 20 days of the loss, insured ≥ 2 continuous months before it, within 2 years of the "
        "loss (months 0–23 counted from the month of loss), not insured again as an employee and not in "
        "late-stage elderly care. Early ends on request or non-payment are not modelled: set "
        "`applies_for_voluntary_continuation` accordingly."
    )
    reference = "健康保険法 第3条第4項, 第37条, 第38条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_37)"

    def formula(person, period, parameters):
        p = parameters(period).health_insurance.voluntary_continuation
        loss = person("employee_health_insurance_loss_date", period)
        applied = person("voluntary_continuation_application_date", period).astype("datetime64[D]")
        in_time = applied <= loss + np.timedelta64(int(p.application_deadline_days) - 1, "D")
        month = (period.start.year - 1970) * 12 + period.start.month - 1
        months_since = month - month_index(loss)
        return (
            person("applies_for_voluntary_continuation", period)
            * (person("insured_months_before_loss", period) >= p.minimum_insured_months)
            * in_time
            * (months_since >= 0) * (months_since < p.maximum_months)
            # Insured again as an employee: not in the month of the loss itself (insured until the day before it).
            * ~(person("is_employee_health_insured", period) * (months_since > 0))
            * ~person("is_late_stage_elderly_insured", period)
        )
