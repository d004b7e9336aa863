"""Schemathesis against the OpenAPI spec that `openfisca serve` publishes (`/spec`), in-process (WSGI).

Every operation of the spec is fuzzed with a bounded number of examples and a time limit; no response may
be a server error (5xx) nor violate the response schema of the spec.
"""

import time

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

MAX_EXAMPLES = 15  # per operation
TIME_BUDGET_SECONDS = 90  # for the whole fuzz run (each operation stops generating once it is spent)


@pytest.fixture(scope="session")
def web_app(tax_benefit_system):
    from openfisca_web_api.app import create_app

    app = create_app(tax_benefit_system)
    app.testing = True
    return app


@pytest.fixture(scope="session")
def fuzz_started():
    return time.monotonic()


@pytest.fixture
def api_schema(web_app):
    return schemathesis.openapi.from_wsgi("/spec", web_app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_error_and_responses_follow_the_spec(case, fuzz_started):
    if time.monotonic() - fuzz_started > TIME_BUDGET_SECONDS:
        pytest.skip("fuzz time budget spent")
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
