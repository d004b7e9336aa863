"""Raise the income cap of health-insurance dependants (被扶養者の収入要件, "130万円の壁") to 1.6 million yen.

The new cap is the parameter `health_insurance.dependants.income_limit.general` of
`reforms/dependant_income_cap.yaml` (default 1,600,000 yen from 1 April 2025). Other caps:
`build_reform({"health_insurance.dependants.income_limit.general": 1_500_000})`, or on the command line
`--set health_insurance.dependants.income_limit.general=1500000@2025-04-01`.
"""

from openfisca_japan.reforms import overlay_reform

LABEL = "Dependant income cap raised to 1.6 million yen (被扶養者の収入要件 160万円)"

reform = overlay_reform("dependant_income_cap", LABEL)


def build_reform(overrides=None):
    return overlay_reform("dependant_income_cap", LABEL, overrides)
