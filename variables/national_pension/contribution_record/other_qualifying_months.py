"""Months that count toward the qualifying period only: aggregation periods (合算対象期間), employees' pension months
outside ages 20–59, and coverage in an agreement country (国民年金法 附則第9条, 社会保障協定).

The record is a career total given as input (ETERNITY): the months on the person's pension record (ねんきん
定期便) at the time of the claim, or projected to 60 for an estimate."""

from openfisca_core.model_api import ETERNITY, Variable

from openfisca_japan.entities import Person

RECORD = "https://www.nenkin.go.jp/service/jukyu/roureinenkin/jukyu-yoken/20150401-02.html"


class contribution_months_aggregation(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "Aggregation periods counted for entitlement only (合算対象期間・カラ期間の月数)"


class contribution_months_category_2_outside_20_59(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "Employees' pension months before 20 or from 60 (20歳前・60歳以後の厚生年金保険の被保険者期間の月数)"
    documentation = "Count toward the qualifying period, not toward the old-age basic pension amount."


class contribution_months_agreement_country(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    label = "Coverage months in an agreement country (協定相手国の年金加入期間の月数)"
    documentation = (
        "Counted toward the qualifying period only when the agreement with "
        "`social_security_agreement_country` provides for totalisation."
    )
    reference = "https://www.nenkin.go.jp/service/shaho-kyotei/kunibetsu/kyoteitimesystem.html"
    unit = "month"
