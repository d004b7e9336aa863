"""The limit applied at the window (限度額適用, 健康保険法 第115条): with the limit certificate
(限度額適用認定証, 限度額適用・標準負担額減額認定証) or the My Number insurance card (マイナ保険証, online eligibility
check), a provider charges at most the limit of the month on its bill, and that part of the benefit is paid in kind."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person


class high_cost_limit_applied_at_window(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "The providers applied the limit at the window: limit certificate or My Number insurance card (限度額適用認定証・マイナ保険証)"
    documentation = (
        "Each bill is then charged at most the limit at its own cost (under 70: the limit of the category; 70+: the "
        "outpatient limit of 一般/低所得 over the person's outpatient bills in order, otherwise the 70+ limit), and "
        "`high_cost_medical_expense_refund` is what is still paid back. Persons aged 70+ in the categories 一般 and "
        "現役並みⅢ have it with their eligibility certificate (高齢受給者証): set it for them. Default: not applied "
        "(the whole benefit is paid back after the month). A bill of a specified disease is always capped at the "
        "window (its certificate)."
    )
    reference = "健康保険法 第115条 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_115)"
