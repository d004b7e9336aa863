"""Remove the 88,000-yen monthly wage requirement of short-time workers (the "1.06 million yen wall").

Short-time workers (短時間労働者) are then covered by employee health insurance and employees' pension at
any wage, as the 2025 pension reform law (年金制度改正法, 令和7年法律第74号) provides within three years. The
reform sets `employee_insurance_coverage.short_time_workers.minimum_monthly_wage` to 0 from the date in
`reforms/short_time_wage_requirement.yaml` (1 April 2025 in this scenario).
"""

from openfisca_japan.reforms import overlay_reform

LABEL = "No minimum wage for short-time workers' coverage (短時間労働者の賃金要件 撤廃)"

reform = overlay_reform("short_time_wage_requirement", LABEL)


def build_reform(overrides=None):
    return overlay_reform("short_time_wage_requirement", LABEL, overrides)
