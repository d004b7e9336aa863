"""Lineal ascendant living with the taxpayer (同居老親等)."""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person


class is_cohabiting_lineal_ascendant(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Lineal ascendant (parent, grandparent) of the taxpayer or spouse living with them (同居老親等)"
    documentation = "Input, default false. With age 70 or over on 31 December, the higher elderly dependant deduction applies."
    reference = "租税特別措置法 第41条の16 (https://laws.e-gov.go.jp/law/332AC0000000026)"
