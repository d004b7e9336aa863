"""Reports and charts: totals, net cost by payer, deciles, the income-walls chart."""

import numpy as np
import pandas as pd

from openfisca_japan.analysis import charts, reports


def _results():
    # two households: h1 pays 10,000 less NHI under the reform, h2 unchanged; employers pay 500 more
    return pd.DataFrame(
        {
            "household_id": [1, 1, 2],
            "weight": [2.0, 2.0, 1.0],
            "annual_income": [5_000_000.0, 1_400_000.0, 3_000_000.0],
            "national_health_insurance_premium_baseline": [100_000.0, 0.0, 200_000.0],
            "national_health_insurance_premium_reform": [90_000.0, 0.0, 200_000.0],
            "social_insurance_premiums_employer_baseline": [50_000.0, 0.0, 0.0],
            "social_insurance_premiums_employer_reform": [50_500.0, 0.0, 0.0],
            "older_worker_employment_benefit_baseline": [0.0, 0.0, 0.0],
            "older_worker_employment_benefit_reform": [0.0, 0.0, 100.0],
        }
    )


def test_totals_and_net_costs():
    summary = reports.summarize(_results())
    totals = summary["totals"].set_index("variable")
    assert totals.loc["national_health_insurance_premium", "change"] == -20_000  # 2 × −10,000
    assert totals.loc["social_insurance_premiums_employer", "change"] == 1_000
    assert totals.loc["net_cost_public_purse", "change"] == 100 + 20_000 - 1_000
    assert totals.loc["net_cost_households", "change"] == -20_000 - 100
    assert totals.loc["net_cost_employers", "change"] == 1_000
    assert summary["persons"] == 5


def test_deciles():
    deciles = reports.summarize(_results())["deciles"]
    assert deciles["households"].sum() == 3  # weights of the heads: 2 + 1
    gained = deciles[deciles["mean_change"] > 0]
    assert np.isclose((gained["mean_change"] * gained["households"]).sum(), 2 * 10_000 + 100)
    text = reports.format_summary(reports.summarize(_results()))
    assert "Net cost to the public purse" in text and "decile" in text


def test_write_summary(tmp_path):
    paths = reports.write_summary(reports.summarize(_results()), tmp_path)
    assert all(p.exists() for p in paths)
    assert "net_cost_public_purse" in pd.read_csv(paths[0])["variable"].tolist()


def test_income_walls(tmp_path):
    frame = charts.walls_data("dependant_income_cap", step=250_000)
    assert set(frame["firm"]) == {"large", "small"}
    small = frame[frame["firm"] == "small"].set_index("spouse_earnings")
    large = frame[frame["firm"] == "large"].set_index("spouse_earnings")
    # 1.4 million yen at a small firm: NHI and national pension in the baseline; a dependant under the reform
    assert small.loc[1_500_000, "premiums_reform"] < small.loc[1_500_000, "premiums_baseline"]
    # at a 51+ firm the spouse is insured as a short-time worker from 1.06 million: the reform changes nothing
    assert large.loc[1_500_000, "premiums_reform"] == large.loc[1_500_000, "premiums_baseline"]
    assert small.loc[0, "premiums_baseline"] == large.loc[0, "premiums_baseline"]
    path = charts.plot_walls(frame, tmp_path / "walls.png")
    assert path.stat().st_size > 10_000
