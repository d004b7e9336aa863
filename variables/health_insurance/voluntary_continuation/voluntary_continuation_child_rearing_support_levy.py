"""Child-rearing support levy of a voluntary continued insured person (任意継続被保険者の子ども・子育て支援金): the levy rate on
the person's standard monthly remuneration, the whole borne by the person (no employer), from the April 2026 premium,
for members of Kyokai Kenpo and of health insurance societies (健康保険法 第156条, 第161条第1項ただし書, as amended by
令和6年法律第47号)."""

import numpy as np
from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.enums import HealthInsurer
from openfisca_japan.law.coverage import NotCoveredError, refusing
from openfisca_japan.law.rounding import to_pcm


class voluntary_continuation_child_rearing_support_levy(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-JPY"
    label = "Child-rearing support levy of a voluntary continued insured person, paid in full (任意継続被保険者の子ども・子育て支援金)"
    documentation = (
        "`voluntary_continuation_standard_monthly_remuneration` × the levy rate (the uniform rate the government sets "
        "for every employee health insurer: 0.23 % in FY2026), borne wholly by the member; 0 before April 2026. "
        "Kyokai Kenpo (part of `voluntary_continuation_premium`) and health insurance societies (whose health premium "
        "is not modelled). Not rounded: the product has at most one decimal of a yen (standard remunerations are "
        "multiples of 1,000); for Kyokai it is a part of `voluntary_continuation_premium`, which rounds the whole. How a "
        "society rounds a levy with a fraction of a yen was not confirmed: such society members are refused (clear "
        "error). Mutual aid associations: error."
    )
    reference = (
        "健康保険法 第156条, 第161条第1項 ただし書 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161); "
        "子ども・子育て支援法等の一部を改正する法律 (令和6年法律第47号) (https://www.cfa.go.jp/policies/kodomokosodatekyoujo/)"
    )

    def formula(person, period, parameters):
        voluntary = person("is_voluntary_continued_insured", period)
        mutual_aid = person("former_health_insurer", period) == HealthInsurer.mutual_aid_association
        if np.any(voluntary * mutual_aid):
            raise NotImplementedError(
                "voluntary_continuation_child_rearing_support_levy: voluntary continued members of a mutual aid "
                "association (任意継続組合員) are not modelled."
            )
        rate_pcm = to_pcm(parameters(period).child_rearing_support_levy.rate)
        smr = np.asarray(person("voluntary_continuation_standard_monthly_remuneration", period), dtype=np.float64)
        levy = np.where(voluntary, np.round(smr) * rate_pcm / 100_000, 0)
        refuse_society_fractions(person, period, voluntary, levy)
        return levy


def refuse_society_fractions(person, period, voluntary, levy):
    """A society bills its voluntary members itself, and how it rounds a levy with a fraction of a yen (e.g. 58,000
    × 0.23 % = 133.4) was not read in any source: refused rather than printed with a fraction or rounded by guess."""
    society = voluntary & (person("former_health_insurer", period) == HealthInsurer.health_insurance_society)
    fraction = society & (np.round(levy, 6) != np.floor(np.round(levy, 6)))
    if fraction.any():
        raise refusing(NotCoveredError(
            f"voluntary_continuation_child_rearing_support_levy ({period}): how a health insurance society rounds the "
            f"levy of a voluntary continued member with a fraction of a yen was not confirmed, for "
            f"{len(np.flatnonzero(fraction))} person(s) ({', '.join(map(str, np.asarray(person.ids)[fraction][:5]))}): "
            "not covered"), "person", fraction, f"voluntary_continuation_child_rearing_support_levy ({period}): how a "
            "health insurance society rounds a voluntary member's levy with a fraction of a yen: not covered")
