"""Base of the adjustment deduction (調整控除の対象額)."""

from openfisca_core.model_api import YEAR, Variable, max_, min_, where

from openfisca_japan.entities import Person


class resident_tax_adjustment_deduction_base(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Amount to which the adjustment deduction rates apply (調整控除の算定基礎額)"
    documentation = (
        "Taxable total income up to 2 million: the smaller of the differences and the taxable income; above: "
        "the differences less the excess over 2 million, at least 50,000. 0 for a total income over 25 million."
    )
    reference = "地方税法 第314条の6, 第37条 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_6)"
    unit = "currency-JPY"

    def formula(person, period, parameters):
        p = parameters(f"{period.start.year + 1}-01-01").taxes.resident_tax.adjustment_deduction
        taxable = person("resident_tax_taxable_total_income", period)
        difference = person("resident_tax_personal_deduction_difference", period)
        base = where(
            taxable <= p.taxable_income_threshold,
            min_(difference, taxable),
            max_(difference - (taxable - p.taxable_income_threshold), p.minimum_base),
        )
        return (person("total_income", period) <= p.total_income_limit) * base
