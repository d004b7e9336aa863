"""Maternity exemption period (産前産後期間の保険料免除), 国民年金法 第88条の2, from April 2019: the month before the
month of (expected) childbirth to the second month after it (6 months from 3 months before for a multiple birth),
without an income test; those months count as paid."""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Variable, date, where

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import as_days, month_index


class childbirth_date(Variable):
    value_type = date
    default_value = date(1900, 1, 1)
    entity = Person
    definition_period = ETERNITY
    label = "Expected or actual date of childbirth (出産予定日・出産日)"
    documentation = "For the maternity exemption; the default (1900) means no childbirth."
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_88_2", "https://city.akiruno.tokyo.jp/0000009759.html"]


class multiple_birth(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Multiple pregnancy (多胎妊娠)"
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_88_2", "https://www.city.okazaki.lg.jp/1550/1561/1612/p023695.html"]


class in_national_pension_maternity_period(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Month within the maternity exemption period (産前産後期間)"
    documentation = (
        "From the month before the month of (expected) childbirth to the second month after it; from 3 "
        "months before for a multiple birth. Only for months from April 2019 (births from February 2019)."
    )
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_88_2", "https://city.akiruno.tokyo.jp/0000009759.html"]

    def formula_2019_04(person, period, parameters):
        maternity = parameters(period).national_pension.exemption.maternity
        birth_month = month_index(as_days(person("childbirth_date", period)))  # decomposed once, not every month
        this_month = np.datetime64(f"{period.start.year:04d}-{period.start.month:02d}", "M").astype(int)
        before = where(
            person("multiple_birth", period),
            maternity.months_before_birth_month_multiple_birth,
            maternity.months_before_birth_month,
        )
        offset = this_month - birth_month
        return (offset >= -before) * (offset <= maternity.months_after_birth_month)
