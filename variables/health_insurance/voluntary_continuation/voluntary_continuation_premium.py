"""Premium of a voluntary continued insured person of Kyokai Kenpo, paid in full (任意継続被保険者の保険料, 健康保険法 第156条,
第160条, 第161条第1項ただし書): health, nursing care (40–64) and the child-rearing support levy."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsurer, PrefectureOfResidence
from openfisca_japan.law.coverage import refuse_inputs
from openfisca_japan.law.parameter_lookup import prefectural_value
from openfisca_japan.law.rounding import floor_to


def _refuse_other_insurers(person, period, voluntary):
    """Health insurance societies and mutual aid associations set their own cap and rate (not modelled)."""
    kyokai = person("former_health_insurer", period) == HealthInsurer.kyokai_kenpo
    if np.any(voluntary * ~kyokai):
        raise NotImplementedError(
            "voluntary_continuation_premium is modelled for Kyokai Kenpo only; health insurance societies "
            "and mutual aid associations set their own cap and rate."
        )


def _refuse_residence_elsewhere(person, period, voluntary):
    """健康保険法 第160条第1項 as transcribed (one transcription, not read on e-Gov): the branch of a voluntary continued
    insured person (支部被保険者) is the prefecture where they have their address or residence (住所又は居所), not that of
    the establishment left. With one source only, neither reading is encoded where they differ: a member living in
    another prefecture than the establishment left is refused."""
    residence = np.asarray(person.household("residence_prefecture", period), dtype=int)
    former = np.asarray(person("former_employer_prefecture", period), dtype=int)
    not_given = PrefectureOfResidence.not_given.index
    refuse_inputs(
        voluntary * (residence != not_given) * (former != not_given) * (residence != former), person.ids,
        "voluntary_continuation_premium: the household lives in another prefecture than the establishment left; the Kyokai "
        "Kenpo rate of a voluntary member may be that of the prefecture of residence (健康保険法 第160条第1項, 支部被保険者: "
        "one transcription, not confirmed), so no rate is chosen", "former_employer_prefecture",
        "a household prefecture equal to former_employer_prefecture", entity="person",
    )


class voluntary_continuation_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Monthly premium of a voluntary continued insured person of Kyokai Kenpo, paid in full (任意継続被保険者の保険料)"
    documentation = (
        "Standard monthly remuneration × (prefectural rate + nursing-care rate if 40–64 + child-rearing "
        "support levy), the whole paid by the person; fractions of a yen dropped. Rates change from the April "
        "premium for voluntary members (not March). Kyokai Kenpo only: other insurers raise an error."
    )
    reference = "健康保険法 第156条, 第160条, 第161条第1項 ただし書 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161)"

    def formula(person, period, parameters):
        voluntary = person("is_voluntary_continued_insured", period)
        _refuse_other_insurers(person, period, voluntary)
        _refuse_residence_elsewhere(person, period, voluntary)
        # Voluntary members switch to the new fiscal year's rates with the April premium.
        rate_instant = period.start if period.start.month != 3 else period.start.offset(-1, MONTH)
        p = parameters(rate_instant)
        rate = prefectural_value(p.health_insurance.premiums.kyokai_kenpo.rate, person("former_employer_prefecture", period),
                                 voluntary, person.ids, "former_employer_prefecture")
        age = person("age", period)
        care = np.where((age >= 40) * (age < 65), p.nursing_care_insurance.category_2.kyokai_kenpo_rate, 0)
        levy = p.child_rearing_support_levy.rate
        smr = person("voluntary_continuation_standard_monthly_remuneration", period)
        # Rates are sums of decimals: round the rate to 1/100,000 before multiplying (float noise).
        total_rate = np.round(np.asarray(rate + care + levy, dtype=np.float64), 5)
        return np.where(voluntary, floor_to(np.asarray(smr, dtype=np.float64) * total_rate), 0)
