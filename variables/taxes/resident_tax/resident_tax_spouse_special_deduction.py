"""Spouse special deduction of the resident tax (住民税の配偶者特別控除)."""

from openfisca_core.model_api import YEAR, Variable, select

from openfisca_japan.entities import Person


class resident_tax_spouse_special_deduction(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Spouse special deduction of the resident tax (配偶者特別控除, 住民税)"
    documentation = "Spouse's total income above the resident-tax limit and at most 1.33 million; taxpayer's at most 10 million."
    reference = "地方税法 第314条の2第1項第10号の2 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_2)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(f"{period.start.year + 1}-01-01").taxes
        bands = p.income_tax.spouse_special_deduction.taxpayer_income_bands
        table = p.resident_tax.spouse_special_deduction
        own = person("total_income", period)
        partner = person("tax_partner_total_income", period)
        eligible = person("has_tax_partner", period) * person("is_main_taxpayer", period) * (partner > p.resident_tax.dependant_income_limit)
        amount = select(
            [own <= bands.up_to_9m, own <= bands.up_to_9_5m, own <= bands.up_to_10m],
            [table.taxpayer_up_to_9m.calc(partner), table.taxpayer_up_to_9_5m.calc(partner), table.taxpayer_up_to_10m.calc(partner)],
            0,
        )
        return eligible * amount
