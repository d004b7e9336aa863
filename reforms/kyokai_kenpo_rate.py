"""Set the Kyokai Kenpo health premium rate (協会けんぽ 都道府県単位保険料率).

By default every prefecture gets the national average rate (全国平均保険料率, 10.00 % in FY2025) from the
March 2025 premium, which removes the prefectural differences. The rate, its date and the prefectures it
applies to are the parameters of `reforms/kyokai_kenpo_rate.yaml`; another rate or a single prefecture:
`build_reform(rate=0.095, prefectures=["tokyo"])`, or `--set health_insurance.premiums.kyokai_kenpo.rate.tokyo=0.095@2025-03`.
"""

from openfisca_core import periods

from openfisca_japan.law.model import CountryReform
from openfisca_japan.law.reform_checks import check_change
from openfisca_japan.reforms import law_leaf, load_overlay

LABEL = "Kyokai Kenpo rate set to the national average in every prefecture (協会けんぽ 保険料率 全国一律)"
RATE_NODE = "health_insurance.premiums.kyokai_kenpo.rate"


def set_kyokai_rates(parameters, history, prefectures=None):
    """Set the rate leaves of `prefectures` (all if None) to `history` [(start, rate), ...]."""
    node = parameters
    for key in RATE_NODE.split("."):
        node = node.children[key]
    for prefecture in prefectures or list(node.children):
        leaf = law_leaf(parameters, f"{RATE_NODE}.{prefecture}")
        check_change(parameters, f"{RATE_NODE}.{prefecture}", history)  # a rate in [0, 1], dates covered
        for start, value in history:
            leaf.update(start=periods.instant(start), value=value)
    return parameters


def build_reform(rate=None, prefectures=None, start=None):
    overlay = load_overlay("kyokai_kenpo_rate")
    history = sorted((at.instant_str, at.value) for at in overlay.children["uniform_rate"].values_list)
    if rate is not None:
        history = [(start or history[0][0], rate)]

    class kyokai_kenpo_rate(CountryReform):
        name = LABEL

        def apply(self):
            self.modify_parameters(modifier_function=lambda parameters: set_kyokai_rates(parameters, history, prefectures))

    return kyokai_kenpo_rate


reform = build_reform()
