"""Student deferment and payment deferral months not paid back (学生納付特例期間・納付猶予期間), which count toward the
qualifying period only (国民年金法 第90条の3, 平成26年法律第64号附則第14条).

The record is a career total given as input (ETERNITY): the months on the person's pension record (ねんきん
定期便) at the time of the claim, or projected to 60 for an estimate."""

from openfisca_core.model_api import ETERNITY, Variable

from openfisca_japan.entities import Person

RECORD = "https://www.nenkin.go.jp/service/jukyu/roureinenkin/jukyu-yoken/20150401-02.html"


class contribution_months_student_deferment(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "Student deferment months not paid back (学生納付特例期間の月数)"
    documentation = "Count toward the qualifying period only, not the amount."


class contribution_months_payment_deferral(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    reference = RECORD
    unit = "month"
    label = "Payment deferral months under 50, not paid back (納付猶予期間の月数)"
    documentation = "Count toward the qualifying period only, not the amount."
