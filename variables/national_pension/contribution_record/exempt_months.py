"""Exempt months from April 2009 (保険料免除期間, 平成21年4月以後), 国民年金法 第5条第2項〜第6項, 第27条.

The record is a career total given as input (ETERNITY): the months on the person's pension record (ねんきん
定期便) at the time of the claim, or projected to 60 for an estimate."""

from openfisca_core.model_api import ETERNITY, Variable

from openfisca_japan.entities import Person

RECORD = "https://www.nenkin.go.jp/service/jukyu/roureinenkin/jukyu-yoken/20150401-02.html"


class contribution_months_full_exempt(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "Full-exempt months from April 2009 (全額免除期間の月数, 平成21年4月以後)"


class contribution_months_three_quarter_exempt(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "Three-quarter-exempt months from April 2009, quarter premium paid (4分の3免除期間の月数, 平成21年4月以後)"


class contribution_months_half_exempt(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "Half-exempt months from April 2009, half premium paid (半額免除期間の月数, 平成21年4月以後)"


class contribution_months_quarter_exempt(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "One-quarter-exempt months from April 2009, three quarters paid (4分の1免除期間の月数, 平成21年4月以後)"
