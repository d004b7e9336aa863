"""The personal steps of the high-cost medical expense benefit (高額療養費, 健康保険法施行令 第41条), before the group's:
0. the bills of a specified long-term disease (特定疾病, 第41条第9項); 1. the outpatient limit of persons aged 70 and
over (外来特例, 第41条第5項); 1b. the halved limits of the 75th-birthday month (75歳到達月の特例, 第41条第4項)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.health_insurance_high_cost import OUTPATIENT_LIMIT_CATEGORIES, month_context
from openfisca_japan.law.health_insurance_high_cost_steps import (
    kept_bills,
    outpatient_limit_70_plus,
    transfer_month_limit,
)

ARTICLE_41 = "https://laws.e-gov.go.jp/law/215IO0000000243#Mp-At_41"


class high_cost_specified_disease_refund(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "High-cost benefit on the bills of a specified long-term disease, step 0 (特定疾病の高額療養費)"
    documentation = (
        "Σ over the person's bills of the specified disease of copayment − 10,000 yen (20,000 for dialysis under 70 in "
        "categories ア/イ; halved in the 75th-birthday month). Paid in kind at the window (the certificate)."
    )
    reference = f"健康保険法施行令 第41条第9項, 第42条第9項 ({ARTICLE_41})"

    def formula(person, period, parameters):
        _, _, copays, kept = kept_bills(person, period, parameters)
        return (copays - kept).sum(axis=0)


class high_cost_outpatient_limit_70(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Outpatient limit of a person aged 70 and over, 一般 or 低所得, within the annual outpatient cap (外来特例の限度額)"
    documentation = (
        "18,000 (一般) / 8,000 (低所得) to July 2026; 22,000 / 11,000 (低所得Ⅱ) / 8,000 (低所得Ⅰ) from August 2026; at "
        "most the annual cap of the category (144,000 to July 2026; 216,000 一般, 96,000 低所得Ⅱ from August 2026) "
        "less `outpatient_copayment_borne_since_august`. 0 for persons without this limit (under 70, 現役並み)."
    )
    reference = f"健康保険法施行令 第41条第5項, 第41条の2, 第42条第5項 ({ARTICLE_41})"

    def formula(person, period, parameters):
        return outpatient_limit_70_plus(person, period, parameters)


class high_cost_outpatient_refund_70(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "High-cost benefit on the outpatient copayments of a person aged 70 and over, step 1 (外来特例の高額療養費)"
    reference = f"健康保険法施行令 第41条第5項 ({ARTICLE_41})"

    def formula(person, period, parameters):
        m = month_context(person, period, parameters)
        _, outpatient, _, kept = kept_bills(person, period, parameters)
        copay = (kept * outpatient).sum(axis=0)
        has_limit = np.isin(m.cat_70, OUTPATIENT_LIMIT_CATEGORIES) * m.elderly
        return np.where(has_limit, np.maximum(0, copay - person("high_cost_outpatient_limit_70", period)), 0)


class high_cost_transfer_month_refund(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "High-cost benefit of the 75th-birthday month at the person's halved limit, step 1b (75歳到達月の特例)"
    documentation = "What the person still bears after steps 0 and 1, above half the 70+ limit at the person's own costs."
    reference = f"健康保険法施行令 第41条第4項 ({ARTICLE_41})"

    def formula(person, period, parameters):
        m = month_context(person, period, parameters)
        _, _, _, kept = kept_bills(person, period, parameters)
        own = kept.sum(axis=0) - person("high_cost_outpatient_refund_70", period)
        return np.where(m.transfer, np.maximum(0, own - transfer_month_limit(person, period, parameters)), 0)
