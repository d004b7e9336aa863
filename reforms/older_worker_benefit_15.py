"""Restore the 15 % older-worker continued-employment benefit (高年齢雇用継続基本給付金 15 %).

Since 1 April 2025 the benefit is at most 10 % of the wage, paid in full when the wage fell to 64 % or
less of the wage at 60. The reform restores 15 % and 61 % for persons who reach 60 from April 2025,
setting `employment_insurance.benefits.older_worker.schedule.reached_60_from_2025_04.{max_rate,
full_rate_ratio}` from `reforms/older_worker_benefit_15.yaml`.
"""

from openfisca_japan.reforms import overlay_reform

LABEL = "Older-worker benefit back to 15 % (高年齢雇用継続給付 支給率15%に復元)"

reform = overlay_reform("older_worker_benefit_15", LABEL)


def build_reform(overrides=None):
    return overlay_reform("older_worker_benefit_15", LABEL, overrides)
