"""Employees' pension insured months before and from April 2003 (厚生年金保険の被保険者期間), the two periods of the
earnings-related pension and of the lump-sum withdrawal (平成12年改正法, 総報酬制).

The record is a career total given as input (ETERNITY): the months on the person's pension record (ねんきん
定期便) at the time of the claim, or projected to 60 for an estimate."""

from openfisca_core.model_api import ETERNITY, Variable

from openfisca_japan.entities import Person

RECORD = "https://www.nenkin.go.jp/service/jukyu/roureinenkin/jukyu-yoken/20150401-02.html"


class contribution_months_employees_pension_before_2003_04(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "Employees' pension insured months before April 2003 (平成15年3月以前の厚生年金保険の被保険者期間の月数)"


class contribution_months_employees_pension_since_2003_04(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "Employees' pension insured months from April 2003 (平成15年4月以後の厚生年金保険の被保険者期間の月数)"
