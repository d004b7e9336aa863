"""A small bounded variant of bench/load_test.py: concurrent /calculate on loopback, no error."""

import importlib.util
from pathlib import Path

LOAD_TEST = Path(__file__).resolve().parents[2] / "bench" / "load_test.py"


def load_module():
    spec = importlib.util.spec_from_file_location("openfisca_japan_bench_load_test", LOAD_TEST)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_concurrent_calculate_requests_without_error(tax_benefit_system):
    load_test = load_module()
    with load_test.werkzeug_server(tax_benefit_system) as base_url:
        result = load_test.run_load(base_url, requests=40, concurrency=4, timeout=30)
    assert result["errors"] == 0, result["first_errors"]
    assert result["latency_ms"]["p50"] > 0


def test_bad_requests_under_load_are_400(tax_benefit_system):
    """Bad input sent concurrently: every answer is a clean 400, the server keeps serving."""
    import concurrent.futures
    import json
    import urllib.error
    import urllib.request

    load_test = load_module()
    bad = json.dumps({"persons": {"a": {"age": {"2025-04": 999}, "monthly_wage": {"2025-04": -1}}}}).encode()

    def send(_):
        request = urllib.request.Request(base_url + "/calculate", data=bad, headers={"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(request, timeout=30)
        except urllib.error.HTTPError as error:
            return error.code
        return 200

    with load_test.werkzeug_server(tax_benefit_system) as base_url:
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            codes = list(pool.map(send, range(20)))
        result = load_test.run_load(base_url, requests=8, concurrency=2, timeout=30)
    assert set(codes) == {400}
    assert result["errors"] == 0, result["first_errors"]
