"""Resident tax facts of the municipality of residence on the assessment date (指定都市の別・級地)."""

import numpy as np
from openfisca_core import periods
from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Household
from openfisca_japan.law.municipalities import MODELLED, Municipality, optional


def _municipal_table(parameters, instant, name):
    """One value per Municipality member (0 when the municipality has no value), for np.take."""
    node = parameters(instant).taxes.resident_tax.municipalities
    table = np.zeros(max(m.index for m in Municipality) + 1)
    for member in MODELLED:
        child = optional(node, member.name)
        value = optional(child, name) if child is not None else None
        table[member.index] = 0 if value is None else float(value)
    return table


def _assessment(period):
    return periods.period(f"{period.start.year + 1}-01"), f"{period.start.year + 1}-01-01"


class resident_tax_area_grade(Variable):
    value_type = int
    entity = Household
    definition_period = YEAR
    unit = "count"
    label = "Grade of the municipality in the public assistance standard, for the resident-tax exemption (級地: 1, 2, 3; 0 unknown)"
    documentation = (
        "Of the municipality of residence on 1 January after the income year (賦課期日), from "
        "parameters/taxes/resident_tax/municipalities/. 0 when not known (municipality not modelled or grade "
        "not confirmed): give it as input (1, 2 or 3; 1級地-1 and 1級地-2 are grade 1, etc.)."
    )
    reference = "地方税法施行令 第47条の3; 地方税法施行規則 第9条の21 (https://laws.e-gov.go.jp/law/325CO0000000245)"

    def formula(household, period, parameters):
        month, instant = _assessment(period)
        table = _municipal_table(parameters, instant, "area_grade")
        return np.take(table, household("modelled_municipality", month).astype(int)).astype(int)


class resident_tax_designated_city(Variable):
    value_type = bool
    entity = Household
    definition_period = YEAR
    label = "The municipality of residence on the assessment date is a designated city (指定都市)"
    documentation = "Designated cities levy 8 % municipal and 2 % prefectural income levy. False for municipalities not modelled."
    reference = "地方税法 第314条の3第2項・第35条第2項 (https://laws.e-gov.go.jp/law/325AC0000000226#Mp-At_314_3)"

    def formula(household, period, parameters):
        month, instant = _assessment(period)
        table = _municipal_table(parameters, instant, "designated_city")
        return np.take(table, household("modelled_municipality", month).astype(int)) > 0
