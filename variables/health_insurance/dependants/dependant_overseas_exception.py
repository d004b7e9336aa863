"""Exceptions to the domestic residence requirement of dependants (国内居住要件の例外, 健康保険法 第3条第7項ただし書;
健康保険法施行規則 第37条の2)."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person


class dependant_overseas_exception(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Lives abroad under an exception to the domestic residence requirement (国内居住要件の例外)"
    documentation = (
        "健康保険法施行規則 第37条の2: (1) student studying abroad, (2) accompanying the insured person posted "
        "abroad, (3) temporarily abroad for non-work purposes (sightseeing, recuperation, volunteering, "
        "working holiday), (4) became family during the insured person's posting abroad, (5) others with "
        "their base of life in Japan."
    )
    reference = "https://www.mhlw.go.jp/web/t_doc?dataId=00tc4995&dataType=1&pageNo=1"
