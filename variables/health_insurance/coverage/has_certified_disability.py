"""Disability of the level of the disability pension (障害厚生年金を受けられる程度の障害), which raises the dependant income
limit to 1.8 million yen (昭和52年 保発第9号)."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person


class has_certified_disability(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Has a disability of the level of the disability pension (障害厚生年金を受けられる程度の障害)"
    documentation = (
        "Used by the dependant test (180万円 limit) and, with `late_stage_elderly_disability_certified`, by "
        "late-stage elderly care for ages 65–74."
    )
    reference = "厚生年金保険法 第47条 (https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_47)"
