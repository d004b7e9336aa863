"""Reports and charts: totals by scheme and payer, net costs, deciles, walls, outputs (text, CSV, HTML, PNG).

Two households, weights 2 (h1: two persons) and 1 (h2). Under the reform h1 pays 10,000 yen less NHI,
h2 pays 2,000 yen more income tax and receives a 100-yen benefit; employers pay 500 yen more health
insurance for h1's first member.
"""

import numpy as np
import pandas as pd

from openfisca_japan.analysis import charts, reports
from openfisca_japan.analysis.walls import Wall


def _results():
    return pd.DataFrame(
        {
            "household_id": [1, 1, 2],
            "weight": [2.0, 2.0, 1.0],
            "annual_income": [5_000_000.0, 1_400_000.0, 3_000_000.0],
            "national_health_insurance_premium_baseline": [100_000.0, 0.0, 200_000.0],
            "national_health_insurance_premium_reform": [90_000.0, 0.0, 200_000.0],
            "health_insurance_premium_employer_baseline": [50_000.0, 0.0, 0.0],
            "health_insurance_premium_employer_reform": [50_500.0, 0.0, 0.0],
            "income_tax@2025_baseline": [30_000.0, 0.0, 10_000.0],
            "income_tax@2025_reform": [30_000.0, 0.0, 12_000.0],
            "older_worker_employment_benefit_baseline": [0.0, 0.0, 0.0],
            "older_worker_employment_benefit_reform": [0.0, 0.0, 100.0],
            "is_health_insurance_dependant@2025-04_baseline": [False, False, False],
            "is_health_insurance_dependant@2025-04_reform": [False, True, False],
        }
    )


WALLS = [(Wall("dependant_cap", "Dependant", "130万円の壁", 1_300_000), Wall("dependant_cap", "Dependant", "130万円の壁", 1_600_000))]


def test_totals_by_scheme_and_payer_and_net_costs():
    summary = reports.summarize(_results())
    totals = summary["totals"].set_index("scheme")
    assert totals.loc["nhi", "households_change"] == -20_000  # 2 × −10,000
    assert totals.loc["health", "employers_change"] == 1_000  # 2 × 500
    assert totals.loc["income_tax", "households_change"] == 2_000  # 1 × 2,000
    assert totals.loc["older_worker_employment_benefit", "benefits_change"] == 100
    net = summary["net"].set_index("payer")["change"]
    assert net["public_purse"] == 100 - (-20_000 + 2_000) - 1_000  # 17,100
    assert net["households"] == (-20_000 + 2_000) - 100  # −18,100
    assert net["employers"] == 1_000
    assert summary["persons"] == 5


def test_deciles():
    deciles = reports.summarize(_results())["deciles"]
    assert deciles["households"].sum() == 3  # weights of the households: 2 + 1
    # h1: +10,000 (weight 2); h2: −2,000 + 100 = −1,900 (weight 1)
    assert np.isclose((deciles["mean_change"] * deciles["households"]).sum(), 2 * 10_000 - 1_900)
    assert np.isclose((deciles["winners_share"] * deciles["households"]).sum(), 2)
    assert np.isclose((deciles["losers_share"] * deciles["households"]).sum(), 1)
    h1 = deciles[deciles["mean_change"] > 0].iloc[0]
    # disposable income of h1: 6,400,000 − 100,000 − 30,000 = 6,270,000; +10,000 is 0.159 %
    assert np.isclose(h1["mean_disposable_income_baseline"], 6_270_000)
    assert np.isclose(h1["mean_change_pct"], 10_000 / 6_270_000)


def test_walls_table():
    walls = reports.summarize(_results(), walls=WALLS)["walls"].iloc[0]
    assert walls["persons_between_baseline_and_reform"] == 2  # the 1.4 million earner, weight 2
    assert walls["persons_changing_status"] == 2
    assert walls["persons_within_10pct_below"] == 0  # nobody in [1.17, 1.3) million


def test_outputs_text_csv_html_png(tmp_path):
    summary = reports.summarize(_results(), walls=WALLS)
    text = reports.format_summary(summary)
    assert "Net cost to the public purse" in text and "decile" in text and "130万円の壁" in text
    paths = reports.write_summary(summary, tmp_path)
    assert "public_purse" in pd.read_csv(paths[0])["scheme"].tolist()
    html = reports.write_html(summary, tmp_path / "report.html").read_text(encoding="utf-8")
    assert "plotly" in html and "<table" in html
    assert reports.plot_deciles_png(summary, tmp_path / "deciles.png").stat().st_size > 10_000


def test_a_file_without_reform_says_so():
    results = pd.DataFrame({"household_id": [1], "weight": [3.0], "annual_income": [1.0], "national_health_insurance_premium": [10.0]})
    summary = reports.summarize(results)
    assert not summary["has_reform"] and len(summary["net"]) == 0
    assert summary["totals"].set_index("scheme").loc["nhi", "households_baseline"] == 30
    assert "This file has no reform" in reports.format_summary(summary)


def test_income_walls(tmp_path):
    frame = charts.walls_data("dependant_income_cap", step=250_000)
    assert set(frame["kind"]) == {"large", "small", "self_employed"}
    small = frame[frame["kind"] == "small"].set_index("spouse_earnings")
    large = frame[frame["kind"] == "large"].set_index("spouse_earnings")
    # 1.5 million yen at a small firm: NHI and national pension in the baseline; a dependant under the reform
    assert small.loc[1_500_000, "premiums_reform"] < small.loc[1_500_000, "premiums_baseline"]
    # at a 51+ firm the spouse is insured as a short-time worker from 1.06 million: the reform changes no premium
    assert large.loc[1_500_000, "premiums_reform"] == large.loc[1_500_000, "premiums_baseline"]
    assert (frame["taxes_baseline"] > 0).all()  # the head's income tax and resident tax at least
    # the walls come from the parameters: the reform moves the dependant cap to 1.6 million
    moved = {b.key: (b.amount, r.amount) for b, r in frame.attrs["walls"]}
    assert moved["dependant_cap"] == (1_300_000, 1_600_000) and moved["short_time_coverage"] == (1_056_000, 1_056_000)
    assert charts.plot_walls(frame, tmp_path / "walls.png", "cap").stat().st_size > 10_000


def test_japanese_font_is_available():
    plt = charts.pyplot()
    from matplotlib import font_manager

    family = plt.rcParams["font.family"][0]
    path = font_manager.findfont(family, fallback_to_default=False)
    assert "IPAex" in path or "ipaex" in path.lower()
