"""Add-on pension (付加年金), 国民年金法 第43条・第44条・第46条."""

import numpy as np
from openfisca_core.model_api import YEAR, Variable, where

from openfisca_japan.entities import Person
from openfisca_japan.law.pension_amounts import adjusted_for_claim_age


class additional_pension(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    label = "Add-on pension, annual amount (付加年金の年金額)"
    documentation = (
        "200 yen × months of add-on premium paid (第44条), not indexed; paid with the old-age basic pension "
        "(第43条), increased or reduced at the same rate as it for a deferred or early claim (第46条, 附則第9条の2)."
        " 0 without the qualifying period of the old-age basic pension."
    )
    reference = ["https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_43", "https://laws.e-gov.go.jp/law/334AC0000000141#Mp-At_44"]
    unit = "currency-JPY"

    def formula(person, period, parameters):
        per_month = parameters(period).national_pension.additional.pension_per_month
        base = per_month * person("contribution_months_additional_premium", period).astype(np.float64)
        return where(person("old_age_pension_qualified", period), adjusted_for_claim_age(person, period, base), 0)
