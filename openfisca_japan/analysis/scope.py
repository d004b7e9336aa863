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
    if taxes:
        from openfisca_core import periods

        outputs.append(f"resident_tax@{periods.period(period).start.year}")
    for municipality in MODELLED:
        table = pd.DataFrame(
            {
                "household_id": [0],
                "employment_status": ["self_employed"],
                "municipality": [municipality.name],
                "prefecture": [PREFECTURE_OF[municipality].name] if municipality in PREFECTURE_OF else ["tokyo"],
            }
        )
        if taxes:  # an income between the per-capita exemption limits of the 級地 (380,000 / 450,000 yen)
            table[f"business_and_other_income@{periods.period(period).start.year}"] = 420_000.0
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
