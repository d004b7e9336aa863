"""Pieces of the health insurance premium (健康保険料, 健康保険法 第156条・第160条・第161条) shared by several variable files."""

import numpy as np


def insurer(person, period):
    """The health insurer of the person's employer (保険者の種別)."""
    return person.employer("health_insurer", period)


def refuse_unset_rate(variable, rate_name, insurer_name, mask):
    """Refuse to compute a premium when the insurer's own rate is needed but was not given (0)."""
    if np.any(mask):
        raise ValueError(
            f"{variable}: {int(np.sum(mask))} insured person(s) have an employer whose health_insurer is "
            f"{insurer_name} but whose `{rate_name}` is not set (0). Give the insurer's published rate."
        )


def refuse_missing_rate(person, period, variable, rate_name, insurer_kind, rate, concerned):
    """An insured person whose employer's insurer publishes its own rate (a society, a mutual aid association)
    and whose employer did not give it: refused (RefusedInputError naming the persons), never computed at 0."""
    from openfisca_japan.law.coverage import refuse_inputs

    kind = insurer(person, period)
    missing = np.asarray(concerned, dtype=bool) & (kind == insurer_kind) & (np.asarray(rate) <= 0)
    if not missing.any():  # (the message names the period: written only when someone is refused)
        return
    refuse_inputs(
        missing,
        person.ids,
        f"{variable} ({period}): the employer's health_insurer is {insurer_kind.name} but `{rate_name}` is not given",
        rate_name,
        "the insurer's published rate (a fraction, e.g. 0.092)",
        entity="person",
    )


def mext_default_rate(employer, period, parameters, leaf):
    """The MEXT mutual aid association's published rate (parameters health_insurance.premiums.mutual_aid.mext.<leaf>)
    for employers naming that association, 0 (= not given, refused downstream) for the others. The parameter is
    read only when some employer names MEXT, so a period whose MEXT rate is not encoded refuses those cases only
    (ParameterNotCoveredError with the reason), never the simulations of other insurers."""
    from openfisca_japan.enums import MutualAidAssociation

    mext = employer("mutual_aid_association", period) == MutualAidAssociation.mext
    if not np.any(mext):
        return np.zeros(mext.shape)
    return np.where(mext, parameters(period).health_insurance.premiums.mutual_aid.mext[leaf], 0.0)
