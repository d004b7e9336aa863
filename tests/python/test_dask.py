"""The Dask engine gives the local engine's results, on a 2-worker LocalCluster."""

import pandas as pd
import pytest

from openfisca_japan.microsimulation import ReformSpec, run_microsimulation
from openfisca_japan.synthetic_population import generate

distributed = pytest.importorskip("dask.distributed")

OUTPUTS = ["social_insurance_premiums_employee", "social_insurance_premiums_employer", "is_health_insurance_dependent", "national_health_insurance_premium"]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as local:
        yield local


def test_dask_equals_local(cluster):
    table = generate(1200, seed=8, municipalities=["tokyo_special_wards", "yokohama"])
    reform = ReformSpec.from_cli(["dependant_income_cap"])
    local = run_microsimulation(table, OUTPUTS, "2025-06", reform=reform, chunk_size=300, progress=False)
    with distributed.Client(cluster) as client:
        on_dask = run_microsimulation(table, OUTPUTS, "2025-06", reform=reform, chunk_size=300, engine="dask", dask_client=client, progress=False)
    pd.testing.assert_frame_equal(local, on_dask)
    # through a scheduler address, as `--scheduler ADDRESS` does
    by_address = run_microsimulation(
        table, OUTPUTS, "2025-06", reform=reform, chunk_size=500, engine="dask", scheduler=cluster.scheduler_address, progress=False
    )
    pd.testing.assert_frame_equal(local, by_address)
