"""Leave and absence inputs (休業・休暇)."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person


class on_maternity_leave(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "On maternity leave in the month (産前産後休業)"
    reference = "労働基準法 第65条 (https://laws.e-gov.go.jp/law/322AC0000000049#Mp-At_65)"
    documentation = "Leave under Labour Standards Act art. 65 (42 days before, 98 for multiple births, and 56 days after childbirth)."


class on_childcare_leave(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "On childcare leave at the end of the month (育児休業等)"
    reference = "育児休業、介護休業等育児又は家族介護を行う労働者の福祉に関する法律 第2条第1号 (https://laws.e-gov.go.jp/law/403AC0000000076#Mp-At_2)"
    documentation = "Childcare leave under the Child Care and Family Care Leave Act that includes the last day of the month."


class sick_leave_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days off work for sickness or injury in the month (療養のため労務に服することができない日数)"
    unit = "day"
    reference = "健康保険法 第99条第1項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_99)"


class maternity_leave_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Days off work for childbirth in the month (出産のため労務に服さなかった日数)"
    unit = "day"
    reference = "健康保険法 第102条第1項 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102)"
