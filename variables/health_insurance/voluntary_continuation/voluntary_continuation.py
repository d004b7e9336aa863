"""Voluntary continued insured persons (任意継続被保険者, 健康保険法 第3条第4項, 第37条, 第38条, 第47条).

After leaving a job, a person insured for at least 2 continuous months up to the day before the loss of
coverage may stay insured for up to 2 years by applying within 20 days (the date of loss counts as day 1),
paying the whole premium. The facts of the last loss of employee health insurance are ETERNITY inputs.
"""


import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Enum, Variable, date

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsurer, Prefecture
from openfisca_japan.law.dates import month_index
from openfisca_japan.law.parameter_lookup import enum_indexed
from openfisca_japan.law.rounding import floor_to


class employee_health_insurance_loss_date(Variable):
    value_type = date
    default_value = date(1900, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Date of loss of employee health insurance, the day after leaving the job (資格喪失日)"


class insured_months_before_loss(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    label = "Continuous insured months up to the day before the loss (資格喪失日の前日までの継続した被保険者期間)"


class applies_for_voluntary_continuation(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Applies for voluntary continuation (任意継続の申出をする)"


class voluntary_continuation_application_date(Variable):
    value_type = date
    entity = Person
    definition_period = ETERNITY
    label = "Date the application reaches the insurer (任意継続の申出日)"
    documentation = (
        "Defaults to the date of loss. The 20th day is extended to the next business day when it is a "
        "holiday: give the date as if it were the 20th day in that case."
    )

    def formula(person, period):
        return person("employee_health_insurance_loss_date", period)


class standard_monthly_remuneration_at_loss(Variable):
    value_type = float
    entity = Person
    definition_period = ETERNITY
    label = "Standard monthly remuneration at the loss of coverage (資格喪失時の標準報酬月額)"


class former_health_insurer(Variable):
    value_type = Enum
    possible_values = HealthInsurer
    default_value = HealthInsurer.kyokai_kenpo
    entity = Person
    definition_period = ETERNITY
    label = "Insurer of the job that was left (資格喪失前の保険者)"


class former_employer_prefecture(Variable):
    value_type = Enum
    possible_values = Prefecture
    default_value = Prefecture.tokyo
    entity = Person
    definition_period = ETERNITY
    label = "Prefecture of the establishment that was left (資格喪失前の事業所の都道府県)"
    documentation = "Sets the Kyokai Kenpo rate of a voluntary continued insured person."


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
            * ~person("is_employee_health_insured", period)
            * ~person("is_late_stage_elderly_insured", period)
        )


class voluntary_continuation_standard_monthly_remuneration(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Standard monthly remuneration of a voluntary continued insured person (任意継続被保険者の標準報酬月額)"
    documentation = (
        "The lower of the standard monthly remuneration at the loss and the Kyokai Kenpo cap of the fiscal "
        "year (April–March), which also applies to people already voluntary insured."
    )
    reference = "健康保険法 第47条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_47)"

    def formula(person, period, parameters):
        cap = parameters(period).health_insurance.voluntary_continuation.kyokai_kenpo_standard_remuneration_cap
        own = person("standard_monthly_remuneration_at_loss", period)
        voluntary = person("is_voluntary_continued_insured", period)
        if np.any(voluntary * (own <= 0)):
            raise ValueError(
                "voluntary continuation: give `standard_monthly_remuneration_at_loss` (the standard monthly "
                "remuneration at the loss of coverage) for every voluntary continued insured person."
            )
        kyokai = person("former_health_insurer", period) == HealthInsurer.kyokai_kenpo
        return np.where(voluntary, np.where(kyokai, np.minimum(own, cap), own), 0)


class voluntary_continuation_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Monthly premium of a voluntary continued insured person of Kyokai Kenpo, paid in full (任意継続被保険者の保険料)"
    documentation = (
        "Standard monthly remuneration × (prefectural rate + nursing-care rate if 40–64 + child-rearing "
        "support levy), the whole paid by the person; fractions of a yen dropped. Rates change from the April "
        "premium for voluntary members (not March). Kyokai Kenpo only: other insurers raise an error."
    )
    reference = "健康保険法 第156条, 第160条, 第161条第1項 ただし書 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161)"

    def formula(person, period, parameters):
        voluntary = person("is_voluntary_continued_insured", period)
        kyokai = person("former_health_insurer", period) == HealthInsurer.kyokai_kenpo
        if np.any(voluntary * ~kyokai):
            raise NotImplementedError(
                "voluntary_continuation_premium is modelled for Kyokai Kenpo only; health insurance societies "
                "and mutual aid associations set their own cap and rate."
            )
        # Voluntary members switch to the new fiscal year's rates with the April premium.
        rate_instant = period.start if period.start.month != 3 else period.start.offset(-1, MONTH)
        p = parameters(rate_instant)
        rate = enum_indexed(p.health_insurance.premiums.kyokai_kenpo.rate, person("former_employer_prefecture", period))
        age = person("age", period)
        care = np.where((age >= 40) * (age < 65), p.nursing_care_insurance.category_2.kyokai_kenpo_rate, 0)
        levy = p.child_rearing_support_levy.rate
        smr = person("voluntary_continuation_standard_monthly_remuneration", period)
        # Rates are sums of decimals: round the rate to 1/100,000 before multiplying (float noise).
        total_rate = np.round(np.asarray(rate + care + levy, dtype=np.float64), 5)
        return np.where(voluntary, floor_to(np.asarray(smr, dtype=np.float64) * total_rate), 0)
