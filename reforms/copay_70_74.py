"""Change the copayment of persons aged 70 to 74 (70〜74歳の一部負担金割合).

Since April 2014 a person reaching 70 pays 20 % (健康保険法 第74条第1項第2号); before, a special budget measure
kept 10 %. The reform sets `health_insurance.copayment.rates.age_70_to_74` to the value of
`reforms/copay_70_74.yaml` (10 % from 1 April 2025); other values: `build_reform({...: [("2025-04-01", 0.3)]})`
or `--set health_insurance.copayment.rates.age_70_to_74=0.3@2025-04-01`. Persons of active income keep 30 %.
"""

from openfisca_japan.reforms import overlay_reform

LABEL = "Copayment of persons aged 70–74 at 10 % (70〜74歳 1割負担)"

reform = overlay_reform("copay_70_74", LABEL)


def build_reform(overrides=None):
    return overlay_reform("copay_70_74", LABEL, overrides)
