"""The bills of a person's month (レセプト): one provider, medical or dental, inpatient or outpatient, the prescriptions
of a pharmacy with the bill of the provider that wrote them (高額療養費の算定単位, 健康保険法施行令 第41条第1項).

Up to `len(BILL_SLOTS)` bills a person and month are inputs (`medical_bill_cost_<k>`, `medical_bill_setting_<k>`,
`medical_bill_specified_disease_<k>`). Without them, a person's `medical_expenses` is two bills: its inpatient part
and its outpatient part (`outpatient_medical_expenses`), each for the person's specified disease when
`specified_disease_treatment` is set. Arrays are bills × persons.
"""

import numpy as np

from openfisca_japan.enums import MedicalBillSetting, SpecifiedDisease
from openfisca_japan.law.rounding import round_half_up_to

BILL_SLOTS = range(1, 7)


def _check_totals(total, outpatient_total, given):
    """Totals of a person without bills: not negative, the outpatient part within the total."""
    if np.any(total < 0) or np.any(outpatient_total < 0):
        raise ValueError("medical expenses must not be negative; got a negative `medical_expenses` or "
                         "`outpatient_medical_expenses`.")
    if np.any(~given * (outpatient_total > total)):
        raise ValueError("outpatient_medical_expenses must not exceed medical_expenses.")


def _check_bills(costs, outpatient, total, outpatient_total):
    """Bills given for a person: the totals, when given (not 0), must be their sums (they default to them)."""
    if np.any(costs < 0):
        raise ValueError("medical_bill_cost_<k> must not be negative.")
    given = costs.sum(axis=0) > 0
    disagree = (total > 0) * (np.abs(costs.sum(axis=0) - total) > 0.5) + (outpatient_total > 0) * (
        np.abs((costs * outpatient).sum(axis=0) - outpatient_total) > 0.5)
    if np.any(given * disagree):
        raise ValueError("medical bills: `medical_expenses` and `outpatient_medical_expenses` must be the sums of the "
                         "costs of the bills `medical_bill_cost_<k>` (all and outpatient); give either the bills or "
                         "the totals.")
    return given


def _default_bills(total, outpatient_total, disease):
    """`medical_expenses` as two bills: the inpatient part and the outpatient part. A specified disease is treated
    at one provider: its month must be wholly inpatient or wholly outpatient (one bill)."""
    if np.any(disease * (outpatient_total > 0) * (outpatient_total < total)):
        raise ValueError("specified_disease_treatment: the bill must be wholly inpatient or wholly outpatient "
                         "(`outpatient_medical_expenses` 0 or equal to `medical_expenses`), or give the bills "
                         "(`medical_bill_cost_<k>` with `medical_bill_specified_disease_<k>`).")
    costs = np.zeros((len(BILL_SLOTS), len(total)))
    costs[0], costs[1] = total - outpatient_total, outpatient_total
    outpatient = np.zeros_like(costs, dtype=bool)
    outpatient[1] = True
    flagged = np.zeros_like(costs, dtype=bool)
    flagged[0], flagged[1] = disease, disease
    return costs, outpatient, flagged


def bills(person, period):
    """(costs, outpatient, specified-disease flag), each bills × persons."""
    costs = np.stack([np.asarray(person(f"medical_bill_cost_{k}", period), dtype=np.float64) for k in BILL_SLOTS])
    total = np.asarray(person("medical_expenses", period), dtype=np.float64)
    outpatient_total = np.asarray(person("outpatient_medical_expenses", period), dtype=np.float64)
    given = costs.sum(axis=0) > 0
    _check_totals(total, outpatient_total, given)
    disease = person("specified_disease_treatment", period) != SpecifiedDisease.none
    default = _default_bills(np.where(given, 0, total), np.where(given, 0, outpatient_total), disease)
    if not np.any(given):
        return default
    outpatient = np.stack([person(f"medical_bill_setting_{k}", period) == MedicalBillSetting.outpatient
                           for k in BILL_SLOTS])
    flagged = np.stack([person(f"medical_bill_specified_disease_{k}", period) for k in BILL_SLOTS])
    _check_bills(costs, outpatient, total, outpatient_total)
    if np.any(given * ~disease * flagged.any(axis=0)):
        raise ValueError("medical_bill_specified_disease_<k>: set `specified_disease_treatment` (the disease of the "
                         "certificate) for a person with a bill of a specified disease.")
    return tuple(np.where(given, mine, theirs) for mine, theirs in zip((costs, outpatient, flagged), default, strict=True))


def bill_copayments(person, period):
    """Copayment of each bill: its cost × `copayment_rate`, rounded to 10 yen (5 yen and over up, 健康保険法 第75条)."""
    costs, _, _ = bills(person, period)
    rate = np.round(np.asarray(person("copayment_rate", period), dtype=np.float64), 2)
    return round_half_up_to(costs * rate, 10)
