"""Insured periods of employment insurance (被保険者期間・算定基礎期間), inputs shared by the benefits, 雇用保険法 第13条・第22条."""

from openfisca_core.model_api import MONTH, Variable, set_input_dispatch_by_period

from openfisca_japan.entities import Person

LAW = "https://laws.e-gov.go.jp/law/349AC0000000116"


class insured_months_last_2_years(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Insured months in the 2 years before leaving or before the leave (被保険者期間, 算定対象期間2年)"
    documentation = (
        "Months with 11 or more paid days (or 80 or more paid hours) in the 2 years before the event: "
        "the day of leaving (basic allowance) or the start of childcare / family-care leave."
    )
    reference = f"{LAW}#Mp-At_13"
    unit = "month"


class insured_months_last_year(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Insured months in the year before leaving (被保険者期間, 離職前1年間)"
    reference = f"{LAW}#Mp-At_13"
    unit = "month"


class employment_insurance_insured_years(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Insured years, the periods of insured employment added up (算定基礎期間・被保険者であった期間)"
    documentation = "Periods separated by more than a year, or before a benefit already drawn, are not counted (法22条3項)."
    reference = f"{LAW}#Mp-At_22"
    unit = "year"
