"""The Microsimulation API: weighted series (microdf), household mapping, reforms given three ways.

Three employees of Kyokai Kenpo in Tokyo, aged 35, monthly wage 300,000 yen (standard monthly remuneration
300,000, grade 22). Health insurance premium, employee share, June 2025: 300,000 × 9.91 % / 2 = 14,865 yen
(協会けんぽ 東京都 令和7年3月分からの保険料率 9.91 %). Weights 2, 2 (household 0) and 5 (household 1).
"""

import numpy as np
import pandas as pd
import pytest

from openfisca_japan.analysis import Microsimulation
from openfisca_japan.analysis.api import reform_spec

VARIABLE = "health_insurance_premium_employee"


def _table():
    return pd.DataFrame(
        {
            "household_id": [0, 0, 1],
            "household_role": ["head", "spouse", "head"],
            "employer_id": [0, 1, 2],
            "weight": [2.0, 2.0, 5.0],
            "birth_date": ["1990-01-01"] * 3,
            "employment_status": ["employee"] * 3,
            "monthly_wage": [300_000.0] * 3,
            "weekly_working_hours": [40.0] * 3,
            "prefecture": ["tokyo"] * 3,
            "employer_prefecture": ["tokyo"] * 3,
            "health_insurer": ["kyokai_kenpo"] * 3,
            "employee_count": [100] * 3,
        }
    )


def test_calc_is_a_weighted_series():
    sim = Microsimulation(dataset=_table())
    premium = sim.calc(VARIABLE, "2025-06")
    assert list(premium) == [14_865, 14_865, 14_865]
    assert premium.sum() == 14_865 * (2 + 2 + 5)  # 133,785
    assert premium.mean() == 14_865


def test_map_to_household():
    sim = Microsimulation(dataset=_table())
    by_household = sim.calc(VARIABLE, "2025-06", map_to="household")
    assert list(by_household) == [29_730, 14_865]
    assert list(by_household.weights) == [2.0, 5.0]
    assert by_household.sum() == 2 * 29_730 + 5 * 14_865  # 133,785
    assert np.isclose(by_household.mean(), 133_785 / 7)


@pytest.mark.parametrize(
    "reform",
    [
        {"health_insurance.premiums.kyokai_kenpo.rate.tokyo": {"2025-03-01": 0.10}},
        ["health_insurance.premiums.kyokai_kenpo.rate.tokyo=0.10@2025-03-01"],
    ],
)
def test_reform_as_dict_or_set(reform):
    # 300,000 × 10 % / 2 = 15,000: +135 yen a person, 9 weighted persons
    sim = Microsimulation(dataset=_table(), reform=reform)
    compared = sim.compare(VARIABLE, "2025-06")
    assert list(compared["baseline"]) == [14_865] * 3 and list(compared["reform"]) == [15_000] * 3
    assert compared.attrs["change"] == 135 * 9
    assert sim.calc(VARIABLE, "2025-06").sum() == 15_000 * 9
    assert sim.calc(VARIABLE, "2025-06", scenario="baseline").sum() == 14_865 * 9


def test_reform_forms_share_the_checks():
    assert reform_spec("dependant_income_cap").modules == ("dependant_income_cap",)
    assert reform_spec({"a.b": 1}).assignments[0].path == "a.b"
    assert reform_spec(None) is None
    with pytest.raises(ValueError):  # an unknown parameter is refused up front, as on the command line
        Microsimulation(dataset=_table(), reform={"health_insurance.no_such_parameter": 1})
