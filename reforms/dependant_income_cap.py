"""Raise the income cap of health-insurance dependants (被扶養者の収入要件, "130万円の壁") to 1.6 million yen.

The new cap is the parameter `health_insurance.dependants.income_limit.general` of
`reforms/dependant_income_cap.yaml` (default 1,600,000 yen from 1 April 2025). The category 3 test of the
national pension follows the health-insurance dependant test (国民年金法施行令 第4条), so the reform also
sets `national_pension.coverage.category_3_income_limit` to the same value. Other caps:
`build_reform({"health_insurance.dependants.income_limit.general": 1_500_000})`, or on the command line
`--set health_insurance.dependants.income_limit.general=1500000@2025-04-01`.
"""

from openfisca_japan.reforms import overlay_reform

LABEL = "Dependant income cap raised to 1.6 million yen (被扶養者の収入要件 160万円)"

reform = overlay_reform("dependant_income_cap", LABEL)


def build_reform(overrides=None):
    return overlay_reform("dependant_income_cap", LABEL, overrides)
