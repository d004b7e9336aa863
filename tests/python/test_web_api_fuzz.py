"""Schemathesis against the OpenAPI spec that `openfisca serve` publishes (`/spec`), in-process (WSGI).

Every operation of the spec is fuzzed with a bounded number of examples and a time limit; no response may
be a server error (5xx) nor violate the response schema of the spec. (Schemathesis' pytest plugin does not
run under pytest 9 here, so each operation's strategy is driven by hypothesis directly.)
"""

import time

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

MAX_EXAMPLES = 60  # per operation
TIME_BUDGET_SECONDS = 20  # per operation: generation stops once it is spent


@pytest.fixture(scope="module")
def api_schema(tax_benefit_system):
    from openfisca_japan.edge.web_api import create_app

    app = create_app(tax_benefit_system)
    app.testing = True
    return schemathesis.openapi.from_wsgi("/spec", app)


def operations(schema):
    result = []
    for item in schema.get_all_operations():
        result.append(item.ok())  # an invalid operation in the spec fails here
    return result


def test_spec_lists_the_calculate_operation(api_schema):
    paths = {(op.method.upper(), op.path) for op in operations(api_schema)}
    assert ("POST", "/calculate") in paths and ("POST", "/trace") in paths


def fuzz_operation(operation):
    """Status codes of up to MAX_EXAMPLES generated requests (stops after TIME_BUDGET_SECONDS)."""
    started = time.monotonic()
    statuses = []

    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def fuzz(case):
        if time.monotonic() - started > TIME_BUDGET_SECONDS:
            return
        response = case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
        statuses.append(response.status_code)

    fuzz()
    return statuses


def test_no_server_error_and_responses_follow_the_spec(api_schema):
    checked = []
    for operation in operations(api_schema):
        statuses = fuzz_operation(operation)
        assert statuses, f"no request sent for {operation.method} {operation.path}"
        checked.append((operation.method.upper(), operation.path, sorted(set(statuses))))
    assert len(checked) >= 5, checked


def test_every_variable_and_parameter_follows_the_spec(api_schema, tax_benefit_system):
    """The random ids above only reach 404s: the real ones, each checked against the response schema.

    (openfisca-web-api 46's own spec mistypes Variable.defaultValue, Parameter.id, Parameter.description and
    null values; `openfisca_japan.edge.web_api.fix_openapi_spec` corrects the spec this package publishes.)"""
    by_path = {(op.method.upper(), op.path): op for op in operations(api_schema)}
    variable_operation = by_path[("GET", "/variable/{variableID}")]
    for name in sorted(tax_benefit_system.variables):
        case = variable_operation.Case(path_parameters={"variableID": name})
        response = case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
        assert response.status_code == 200, name
    parameter_operation = by_path[("GET", "/parameter/{parameterID}")]
    for name in [p.name for p in tax_benefit_system.parameters.get_descendants()]:
        case = parameter_operation.Case(path_parameters={"parameterID": name})
        response = case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
        assert response.status_code == 200, name


# --- model-aware fuzzing of /calculate: real variable names, odd periods and values -------------------------

PERIODS = ["2025-04", "2025-11", "2026-05", "2024-10", "2025", "year:2025-04", "ETERNITY", "2024-01", "2031-01", "month:2025-04:3"]


def situations(system):
    names = {entity.plural: sorted(n for n, v in system.variables.items() if v.entity.key == entity.key) for entity in system.entities}
    enum_names = sorted({m.name for v in system.variables.values() if getattr(v, "possible_values", None) is not None for m in v.possible_values})
    values = st.one_of(
        st.none(),
        st.none(),
        st.integers(0, 2_000_000),
        st.integers(-10**6, 10**10),
        st.floats(allow_nan=False, allow_infinity=False, width=32),
        st.booleans(),
        st.sampled_from(enum_names + ["1985-04-01", "2030-02-30", "", "abc"]),
    )

    def variables(plural):
        return st.dictionaries(st.sampled_from(names[plural]), st.dictionaries(st.sampled_from(PERIODS), values, min_size=1, max_size=2), max_size=4)

    @st.composite
    def build(draw):
        person_ids = [f"p{i}" for i in range(draw(st.integers(1, 3)))]
        situation = {"persons": {pid: draw(variables("persons")) for pid in person_ids}}
        if draw(st.booleans()):
            situation["households"] = {"h": {"head": person_ids[:1], "children": person_ids[1:], **draw(variables("households"))}}
        if draw(st.booleans()):
            situation["employers"] = {"e": {"employees": person_ids[: draw(st.integers(1, len(person_ids)))], **draw(variables("employers"))}}
        return situation

    return build()


def test_calculate_answers_200_or_400_never_500(tax_benefit_system, web_client):
    started = time.monotonic()
    statuses = []

    @settings(max_examples=300, deadline=None, derandomize=True, database=None, phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(situation=situations(tax_benefit_system))
    def fuzz(situation):
        if time.monotonic() - started > 60:
            return
        response = web_client.post("/calculate", json=situation)
        statuses.append(response.status_code)
        assert response.status_code in (200, 400, 404), (response.status_code, situation, response.get_data(as_text=True)[:2000])

    fuzz()
    assert 200 in statuses and 400 in statuses
