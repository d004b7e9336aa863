"""Waiting period (待期), 雇用保険法 第21条."""

from openfisca_core.model_api import MONTH, Variable, where

from openfisca_japan.entities import Person

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class basic_allowance_waiting_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Waiting period after the claim, not paid (待期)"
    reference = f"{LAW}#Mp-At_21"
    unit = "day"

    def formula(person, period, parameters):
        waiting = parameters(period).employment_insurance.benefits.basic_allowance.waiting_days
        return where(person("basic_allowance_eligible", period), waiting, 0)
