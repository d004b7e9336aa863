"""Cash benefits of employee health insurance (健康保険の現金給付).

- Injury and sickness allowance (傷病手当金, 健康保険法 第99条) and childbirth allowance (出産手当金, 第102条):
  daily amount = average standard monthly remuneration of the 12 months up to the month of the first
  payment day ÷ 30, rounded half up to 10 yen, × 2/3 rounded half up to the yen; insured less than 12
  months: the average is capped at the insurer's average of all insured persons (Kyokai Kenpo cap).
  Compute the daily amount for the month of the first payment day.
- Childbirth and childcare lump-sum grant (出産育児一時金, 第101条, 第114条), burial allowance (埋葬料, 第100条,
  第113条).
Not under NHI (no sickness or childbirth allowance), nor for voluntary continued insured persons or
dependants (the continuation of a benefit already paid at the loss of coverage is not modelled).
Mutual aid associations compute these allowances on their own rules: an error is raised when one is due.
"""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable, date

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsuranceScheme, HealthInsurer
from openfisca_japan.law.rounding import round_half_up_to, round_half_up_yen

INSURED_OR_DEPENDANT = (
    HealthInsuranceScheme.employee_health_insurance.index,
    HealthInsuranceScheme.mutual_aid_association.index,
    HealthInsuranceScheme.voluntary_continued.index,
    HealthInsuranceScheme.dependent.index,
)


def _refuse_mutual_aid(person, period, days, what):
    mutual = person("health_insurance_scheme", period) == HealthInsuranceScheme.mutual_aid_association
    if np.any(mutual * (days > 0)):
        raise NotImplementedError(
            f"{what} of a mutual aid association member is not modelled (the association's own rules apply)."
        )


def _check_days(days, period, name):
    if np.any((days < 0) + (days > period.days)):
        raise ValueError(f"{name} must be between 0 and the number of days of the month ({period.days}).")


class insured_months_before_allowance(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Continuous insured months up to and including the month (支給開始日以前の継続した被保険者期間の月数)"
    documentation = "Counted back from the month over at most 12 months of `is_employee_health_insured`. Can be input."
    reference = "健康保険法 第99条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period, parameters):
        months = int(parameters(period).health_insurance.cash_benefits.daily_amount.averaging_months)
        count = np.zeros(person.count, dtype=np.int32)
        continuous = np.ones(person.count, dtype=bool)
        for back in range(months):
            continuous = continuous * person("is_employee_health_insured", period.offset(-back))
            count = count + continuous
        return count


class average_standard_monthly_remuneration_12_months(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Average standard monthly remuneration of the last 12 insured months (直近12か月の標準報酬月額の平均)"
    documentation = (
        "Average of `standard_monthly_remuneration_health` over the continuous insured months (at most 12) up "
        "to and including the month. Can be input."
    )
    reference = "健康保険法 第99条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period):
        count = person("insured_months_before_allowance", period)
        total = np.zeros(person.count)
        for back in range(12):
            smr = person("standard_monthly_remuneration_health", period.offset(-back))
            total = total + np.where(back < count, smr, 0)
        return np.where(count > 0, total / np.maximum(count, 1), 0)


class allowance_daily_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
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
        society = person.employer("health_insurer", period) != HealthInsurer.kyokai_kenpo
        employee = person("health_insurance_scheme", period) == HealthInsuranceScheme.employee_health_insurance
        if np.any(employee * short * society * (average > p.kyokai_kenpo_short_insured_cap)):
            raise NotImplementedError(
                "allowance_daily_amount: for a person insured less than 12 months by a health insurance "
                "society, the cap is the society's own average: give `average_standard_monthly_remuneration_12_months` "
                "already capped, and `insured_months_before_allowance: 12`."
            )
        base = np.where(short, np.minimum(average, p.kyokai_kenpo_short_insured_cap), average)
        daily_remuneration = round_half_up_to(base / p.days_per_month, p.daily_rounding_unit)
        amount = round_half_up_yen(daily_remuneration * p.benefit_numerator / p.benefit_denominator)
        return np.where(employee, amount, 0)


class injury_sickness_allowance_daily(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Injury and sickness allowance, daily amount (傷病手当金の日額)"
    reference = "健康保険法 第99条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period):
        return person("allowance_daily_amount", period)


class sick_leave_waiting_period_completed(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The 3-day waiting period was completed before the month (待期完成済み)"
    documentation = "If false, the first 3 days off of the month (assumed consecutive) are the waiting period."


class injury_sickness_first_payment_date(Variable):
    value_type = date
    default_value = date(2100, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "First payment day of the injury and sickness allowance (支給開始日)"
    documentation = "Sets the 1 year 6 months of payment days (通算). Not given: the limit is not checked."


class injury_sickness_days_already_paid(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days already paid for the same illness before the month (既に支給した日数)"


class wages_paid_per_sick_day(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages paid for each day off (休業中に受けた報酬の日額)"
    documentation = "Only the excess of the allowance over the wages is paid (健康保険法 第108条第1項)."


class injury_sickness_maximum_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Payable days of the injury and sickness allowance, 1 year 6 months from the first payment day (支給期間の日数)"
    reference = "健康保険法 第99条第4項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period, parameters):
        months = int(parameters(period).health_insurance.cash_benefits.injury_sickness.maximum_duration_months)
        start = person("injury_sickness_first_payment_date", period).astype("datetime64[D]")
        start_month = start.astype("datetime64[M]")
        day = (start - start_month.astype("datetime64[D]")).astype(int)
        end_month = start_month + months
        end_month_days = ((end_month + 1).astype("datetime64[D]") - end_month.astype("datetime64[D]")).astype(int)
        end = end_month.astype("datetime64[D]") + np.minimum(day, end_month_days - 1)
        return (end - start).astype(int)


class injury_sickness_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Injury and sickness allowance of the month (傷病手当金)"
    documentation = (
        "(daily amount − wages per day, not below 0) × payable days: `sick_leave_days` less the 3-day waiting "
        "period if not yet completed, within the 1 year 6 months of payment days. Employee health insurance only."
    )
    reference = "健康保険法 第99条, 第108条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"

    def formula(person, period, parameters):
        p = parameters(period).health_insurance.cash_benefits.injury_sickness
        days = person("sick_leave_days", period)
        _check_days(days, period, "sick_leave_days")
        _refuse_mutual_aid(person, period, days, "the injury and sickness allowance")
        waiting = np.where(person("sick_leave_waiting_period_completed", period), 0, p.waiting_days)
        payable = np.maximum(0, days - waiting)
        remaining = person("injury_sickness_maximum_days", period) - person("injury_sickness_days_already_paid", period)
        payable = np.minimum(payable, np.maximum(0, remaining))
        per_day = np.maximum(0, person("injury_sickness_allowance_daily", period) - person("wages_paid_per_sick_day", period))
        return per_day * payable


class childbirth_allowance_daily(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Childbirth allowance, daily amount (出産手当金の日額)"
    reference = "健康保険法 第102条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102)"

    def formula(person, period):
        return person("allowance_daily_amount", period)


class is_multiple_pregnancy(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Multiple pregnancy (多胎妊娠)"


class days_birth_after_due_date(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    label = "Days by which the birth was later than the expected date (出産予定日より遅れた日数)"


class childbirth_allowance_maximum_days(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    label = "Days covered by the childbirth allowance (出産手当金の支給対象日数)"
    documentation = "42 days before (98 for a multiple pregnancy) plus the days the birth was late, plus 56 days after."
    reference = "健康保険法 第102条第1項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102)"

    def formula(person, period, parameters):
        p = parameters("2024-04-01").health_insurance.cash_benefits.childbirth
        before = np.where(person("is_multiple_pregnancy", period), p.allowance_days_before_multiple, p.allowance_days_before)
        return before + person("days_birth_after_due_date", period) + p.allowance_days_after


class wages_paid_per_maternity_day(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Wages paid for each day off for childbirth (産休中に受けた報酬の日額)"


class childbirth_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Childbirth allowance of the month (出産手当金)"
    documentation = (
        "(daily amount − wages per day, not below 0) × `maternity_leave_days` (days off in the month within the "
        "period before and after childbirth). Employee health insurance only."
    )
    reference = "健康保険法 第102条, 第108条第2項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102)"

    def formula(person, period):
        days = person("maternity_leave_days", period)
        _check_days(days, period, "maternity_leave_days")
        _refuse_mutual_aid(person, period, days, "the childbirth allowance")
        per_day = np.maximum(0, person("childbirth_allowance_daily", period) - person("wages_paid_per_maternity_day", period))
        return per_day * days


class children_born_in_month(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Children this person gave birth to in the month, after 4 months (85 days) of pregnancy (出産した子の数)"


class birth_under_obstetric_compensation_scheme(Variable):
    value_type = bool
    default_value = True
    entity = Person
    definition_period = MONTH
    label = "Birth at a facility joined to the obstetric compensation system, 22 weeks or more (産科医療補償制度の対象出産)"


class childbirth_lump_sum_grant(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Childbirth and childcare lump-sum grant (出産育児一時金・家族出産育児一時金)"
    documentation = (
        "Per child: 500,000 yen, or 488,000 yen outside the obstetric compensation system. For insured persons "
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


class died_in_month(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Died in the month, not from a work accident (業務外の事由により死亡)"


class burial_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Burial allowance on this person's death (埋葬料・家族埋葬料)"
    documentation = (
        "50,000 yen on the death of an insured person (paid to the family member who was supported and holds the "
        "burial) or of a dependant (paid to the insured person). NHI and late-stage funeral grants (葬祭費) are "
        "set by each municipality and not modelled (0)."
    )
    reference = "健康保険法 第100条, 第113条; 健康保険法施行令 第35条 (https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_35)"

    def formula(person, period, parameters):
        amount = parameters(period).health_insurance.cash_benefits.burial
        covered = np.isin(person("health_insurance_scheme", period), INSURED_OR_DEPENDANT)
        return person("died_in_month", period) * covered * amount
