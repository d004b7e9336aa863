"""Paid months of the contribution record (保険料納付済期間), 国民年金法 第5条第1項.

The record is a career total given as input (ETERNITY): the months on the person's pension record (ねんきん
定期便) at the time of the claim, or projected to 60 for an estimate."""

from openfisca_core.model_api import ETERNITY, Variable

from openfisca_japan.entities import Person

RECORD = "https://www.nenkin.go.jp/service/jukyu/roureinenkin/jukyu-yoken/20150401-02.html"


class contribution_months_paid(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "Paid months aged 20–59, all categories (保険料納付済期間の月数)"
    documentation = (
        "Months aged 20–59 counted as paid: category 1 months paid in full, category 2 and category 3 "
        "months, maternity-exempt months (産前産後免除), months paid back later (追納)."
    )


class contribution_months_category_1_paid(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "Category 1 months with the full premium paid (第1号被保険者としての保険料納付済期間の月数)"
    documentation = (
        "Used by the lump-sum withdrawal payment of the National Pension; also part of `contribution_months_paid`."
    )
