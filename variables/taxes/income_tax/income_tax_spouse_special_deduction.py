"""Spouse special deduction of the income tax (配偶者特別控除)."""

from openfisca_core.model_api import YEAR, Variable, select

from openfisca_japan.entities import Person


class income_tax_spouse_special_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Spouse special deduction of the income tax (配偶者特別控除, 所得税)"
    documentation = (
        "For the main taxpayer (total income up to 10 million) whose spouse's total income is above the "
        "spouse deduction limit and at most 1.33 million: the table amount by both incomes."
    )
    reference = "所得税法 第83条の2 (https://laws.e-gov.go.jp/law/340AC0000000033#Mp-At_83_2)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(period.start).taxes.income_tax
        table = p.spouse_special_deduction
        bands = table.taxpayer_income_bands
        own = person("total_income", period)
        partner = person("tax_partner_total_income", period)
        eligible = person("has_tax_partner", period) * person("is_main_taxpayer", period) * (partner > p.dependant_income_limit)
        amount = select(
            [own <= bands.up_to_9m, own <= bands.up_to_9_5m, own <= bands.up_to_10m],
            [table.taxpayer_up_to_9m.calc(partner), table.taxpayer_up_to_9_5m.calc(partner), table.taxpayer_up_to_10m.calc(partner)],
            0,
        )
        return eligible * amount
