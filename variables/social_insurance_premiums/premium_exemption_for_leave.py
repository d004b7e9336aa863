"""Premiums exempt for maternity and childcare leave (産前産後休業・育児休業等による保険料免除).

Health Insurance Act art. 159 and Employees' Pension Insurance Act arts. 81-2 (childcare leave) and 81-2-2 (maternity
leave), as amended from 1 October 2022 (令和3年法律第66号): a month is exempt when the leave covers its last day, or
when a childcare leave starting and ending in the month lasts 14 days or more; a bonus is exempt during maternity
leave, and during childcare leave only if the leave lasts more than one month. Before October 2022: the month-end
rule only, and the bonus of an exempt month was exempt whatever the length of the leave.
"""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person


class childcare_leave_days_within_month(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    unit = "day"
    label = "Days of a childcare leave that starts and ends within the month (同一月内の育児休業等の日数)"
    documentation = "Calendar days (incl. holidays) of a leave that does not cover the month's last day."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_159"


class childcare_leave_longer_than_one_month(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "The childcare leave covering the month's last day lasts more than one month (1月を超える育児休業等)"
    documentation = "Condition of the bonus exemption since October 2022: exactly one month is not enough."
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_159"


class social_insurance_premium_exempt(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Monthly health, care, levy and pension premiums exempt for leave (産前産後休業・育児休業等による保険料免除)"
    documentation = (
        "`on_maternity_leave` and `on_childcare_leave` mean that the leave covers the last day of the month "
        "(the exemption runs from the month the leave starts to the month before the month of the day after "
        "it ends); or a childcare leave of ≥ 14 days within the month. Employee and employer shares are both "
        "exempt. Employment insurance has no such exemption (it is due on wages actually paid)."
    )
    reference = "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_159"

    def formula(person, period, parameters):
        minimum = parameters(period).health_insurance.premiums.exemptions.childcare_leave_minimum_days_in_month
        return (
            person("on_maternity_leave", period)
            + person("on_childcare_leave", period)
            + (person("childcare_leave_days_within_month", period) >= minimum)
        )


class social_insurance_bonus_premium_exempt(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Premiums on the bonus of the month exempt for leave (賞与に係る保険料の免除)"
    documentation = (
        "A bonus paid in a month exempt for maternity or childcare leave (the leave covers the month's last day). "
        "From October 2022, during childcare leave only if the leave lasts more than one month."
    )
    reference = "健康保険法 第159条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_159)"

    def formula(person, period):
        # 健康保険法 第159条 before 令和3年法律第66号: every premium of a month of leave, the bonus's included.
        return person("on_maternity_leave", period) + person("on_childcare_leave", period)

    def formula_2022_10(person, period):
        # 令和3年法律第66号 (from 2022-10-01): the bonus only for a childcare leave of more than one month.
        return person("on_maternity_leave", period) + (
            person("on_childcare_leave", period) * person("childcare_leave_longer_than_one_month", period)
        )
