"""What a run over the synthetic population can compute: the modelled municipalities whose rates are known for
a period, and the output variables that compute on a sample of a population."""

from __future__ import annotations

import pandas as pd


def working_municipalities(period, reform, taxes=False):
    """Modelled municipalities whose National Health Insurance premium (and with `taxes`, the resident tax of
    the period's first calendar year, which needs the municipality's 級地) can be computed for `period`."""
    from openfisca_japan.analysis.microsimulation import run_microsimulation

    try:
        from openfisca_japan.law.municipalities import MODELLED, PREFECTURE_OF
    except ImportError:
        return None
    found = []
    outputs = ["national_health_insurance_premium"]
    from openfisca_core import periods

    if taxes:
        outputs.append(f"resident_tax@{periods.period(period).start.year}")
    for municipality in MODELLED:
        # a typical household: a self-employed head with a low income (420,000 yen, between the per-capita
        # exemption limits of the 級地, 380,000 / 450,000: the resident tax needs the municipality's 級地), a
        # spouse with an income-based NHI amount, and a child of 10 (a city whose own rules for households with
        # children are not modelled refuses it, so its households are not generated)
        year = periods.period(period).start.year
        table = pd.DataFrame(
            {
                "household_id": [0, 0, 0],
                "household_role": ["head", "spouse", "child"],
                "birth_date": ["1980-06-01", "1982-06-01", f"{year - 10}-06-01"],
                "employment_status": ["self_employed", "self_employed", "student"],
                "municipality": [municipality.name] * 3,
                "prefecture": [PREFECTURE_OF[municipality].name if municipality in PREFECTURE_OF else "tokyo"] * 3,
                f"business_and_other_income@{year - 1}": [420_000.0, 3_000_000.0, 0.0],
                f"business_and_other_income@{year}": [420_000.0, 3_000_000.0, 0.0],
            }
        )
        try:
            run_microsimulation(table, outputs, period, reform=reform, progress=False, validate_input=False)
            found.append(municipality.name)
        except Exception:  # noqa: BLE001, S112 (probing)
            continue
    return found


def usable_outputs(table, candidates, period, reform, sample=400):
    """The candidates that compute on a sample of the population; (usable, {dropped: reason})."""
    from openfisca_japan.analysis.microsimulation import run_microsimulation

    households = table["household_id"].drop_duplicates().iloc[:sample]
    part = table[table["household_id"].isin(households)]
    usable, dropped = [], {}
    for name in candidates:
        try:
            run_microsimulation(part, [name], period, reform=reform, progress=False, validate_input=False)
            usable.append(name)
        except Exception as error:  # noqa: BLE001 (reported to the user)
            dropped[name] = f"{type(error).__name__}: {str(error).splitlines()[0][:200]}"
    return usable, dropped


def prefecture_of(municipality):
    """Name of the prefecture of a modelled municipality (by name)."""
    from openfisca_japan.law.municipalities import PREFECTURE_OF, Municipality

    return PREFECTURE_OF[Municipality[municipality]].name
