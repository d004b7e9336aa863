"""The OpenFisca web API of this package, built by an app factory (no change to openfisca's web API module).

`create_app(tax_benefit_system)` builds openfisca's Flask app (`openfisca_web_api.app.create_app`) and then
replaces, in THIS app only, the views that must behave differently:

- `/calculate` and `/trace` check the whole situation first (`check_situation`), build it with this
  package's `SimulationBuilder`, and answer 400 with a message for what the model refuses (bad input, a
  period or value it does not cover), never 500;
- `/spec` publishes an OpenAPI spec that describes what the API really answers (`fix_openapi_spec`);
- the `source` links of `/variable/<id>` and `/parameter/<id>` resolve: unless `OPENFISCA_JAPAN_SOURCE_URL`
  names a forge, they point to this API's own `/blob/<version>/<path>`, which serves the variable or
  parameter file of the installed version (`source_file`).

`openfisca-japan serve` (and `make serve`) runs this app; `openfisca serve --country-package
openfisca_japan` runs openfisca's own app, where bad input values are still refused by the model's guarded
populations (400) but the whole-situation checks above do not run.
"""

from __future__ import annotations

import os

from openfisca_core.errors import ParameterNotFoundError, SituationParsingError
from openfisca_core.indexed_enums import Enum

from openfisca_japan.edge.errors import InputValidationError, Problem
from openfisca_japan.edge.simulation_builder import SimulationBuilder
from openfisca_japan.law.coverage import NotCoveredError


def _missing_parameter_problem(error):
    return Problem(
        f"no published value: {error}",
        allowed="the periods covered by the parameters (python -m openfisca_japan.tools.coverage; the module's doc page, 'Not covered')",
    )


def refusing_clearly(compute):
    """Run `compute()`; what the model refuses becomes a 400 (InputValidationError or NotCoveredError),
    never a 500."""
    try:
        return compute()
    except SituationParsingError:
        raise
    except ParameterNotFoundError as error:
        raise InputValidationError([_missing_parameter_problem(error)], "Not covered") from error
    except NotImplementedError as error:
        raise InputValidationError([Problem(f"not covered by the model: {error}")], "Not covered") from error
    except ValueError as error:
        # Formulas refuse unsupported cases with a ValueError naming the variable and the reason
        # (CONTRIBUTING: never a silently wrong number); openfisca raises ValueError on inconsistent input.
        raise InputValidationError([Problem(f"cannot compute this situation: {error}")], "Refused") from error


def requested_computations(input_data):
    """(entity plural, id, variable, period) of every `null` value of a situation: what to compute."""
    for plural, instances in input_data.items():
        if not isinstance(instances, dict):
            continue
        for entity_id, variables in instances.items():
            if not isinstance(variables, dict):
                continue
            for name, values in variables.items():
                if isinstance(values, dict):
                    for period, value in values.items():
                        if value is None:
                            yield plural, entity_id, name, period


def json_value(variable, array, index):
    """The JSON value of one entity's result."""
    if variable.value_type == Enum:
        return array.decode()[index].name
    if variable.value_type is float:
        return float(array[index])
    if variable.value_type is str:
        return str(array[index])
    return array.tolist()[index]


def _positions(simulation, plural):
    return {entity_id: index for index, entity_id in enumerate(simulation.get_population(plural).ids)}


def _computing(name, period, compute):
    """`compute()`, a refusal naming the variable and the period requested."""
    try:
        return compute()
    except NotCoveredError as error:
        error.add_context(f"requested: {name} for {period}")
        raise


def calculate(tax_benefit_system, input_data):
    """`/calculate`: the situation with its `null` values replaced by the computed ones."""
    check_situation_or_raise(tax_benefit_system, input_data)

    def compute():
        simulation = SimulationBuilder(check=False).build_from_entities(tax_benefit_system, input_data)
        positions = {}
        results = []
        for plural, entity_id, name, period in requested_computations(input_data):
            array = _computing(name, period, lambda name=name, period=period: simulation.calculate(name, period))
            if plural not in positions:
                positions[plural] = _positions(simulation, plural)
            value = json_value(tax_benefit_system.get_variable(name), array, positions[plural][entity_id])
            results.append((plural, entity_id, name, period, value))
        return results

    for plural, entity_id, name, period, value in refusing_clearly(compute):
        input_data[plural][entity_id][name][period] = value
    return input_data


def trace(tax_benefit_system, input_data):
    """`/trace`: every step of the computation of the requested values."""
    check_situation_or_raise(tax_benefit_system, input_data)

    def compute():
        simulation = SimulationBuilder(check=False).build_from_entities(tax_benefit_system, input_data)
        simulation.trace = True
        requested = []
        for _plural, _entity_id, name, period in requested_computations(input_data):
            requested.append(f"{name}<{period}>")
            _computing(name, period, lambda name=name, period=period: simulation.calculate(name, period))
        return {
            "trace": simulation.tracer.get_serialized_flat_trace(),
            "entitiesDescription": simulation.describe_entities(),
            "requestedCalculations": requested,
        }

    return refusing_clearly(compute)


def check_situation_or_raise(tax_benefit_system, input_data):
    from openfisca_japan.edge.situations import check_situation

    check_situation(tax_benefit_system, input_data)


def fix_openapi_spec(spec):
    """Make the published OpenAPI spec describe what openfisca-web-api 46 actually answers.

    Its openAPI.yml types `Variable.defaultValue` as a string (numbers and booleans are sent), `Parameter.id`
    as an integer (the dotted name is sent), `Parameter.description` and `Value` as non-null (nodes without a
    description and ended parameters send null), so clients validating responses against `/spec` rejected them.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    variable = schemas.get("Variable", {}).get("properties", {})
    if "defaultValue" in variable:
        variable["defaultValue"] = {"anyOf": [{"type": t} for t in ("string", "number", "integer", "boolean")]}
    parameter = schemas.get("Parameter", {}).get("properties", {})
    if "id" in parameter:
        parameter["id"] = {"type": "string"}
    if "description" in parameter:
        parameter["description"] = {**parameter["description"], "nullable": True}
    if "oneOf" in schemas.get("Value", {}):
        schemas["Value"]["nullable"] = True  # a `null` value ends a parameter (or leaves a period uncovered)
    return spec


SOURCE_FOLDERS = {"variables": ".py", "parameters": ".yaml", "reforms": (".py", ".yaml")}


def source_file(path):
    """The model file at `path` (relative: `variables/...py`, `parameters/...yaml`, `reforms/...`), or None:
    only the model's own files are served, never anything outside those folders."""
    from openfisca_japan.paths import DATA_ROOT

    parts = path.split("/")
    if len(parts) < 2 or parts[0] not in SOURCE_FOLDERS or any(p in ("", ".", "..") for p in parts):
        return None
    candidate = (DATA_ROOT / path).resolve()
    folder = (DATA_ROOT / parts[0]).resolve()
    if not candidate.is_file() or folder not in candidate.parents or not candidate.name.endswith(SOURCE_FOLDERS[parts[0]]):
        return None
    return candidate


def _absolute_sources(node, base):
    """Relative `source` links ("/blob/...") made absolute on this API's address (in place)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "source" and isinstance(value, str) and value.startswith("/blob/"):
                node[key] = base + value
            else:
                _absolute_sources(value, base)
    elif isinstance(node, list):
        for value in node:
            _absolute_sources(value, base)
    return node


#: Default limits of `/calculate` and `/trace` (each overridable by an argument of `create_app` or an
#: environment variable): persons per request (a 1,000-person request computes in well under a second;
#: bulk work belongs to `openfisca-japan microsim`), bytes of the request body, nesting depth of the JSON.
MAX_PERSONS = 1000
MAX_CONTENT_LENGTH = 2_000_000
MAX_DEPTH = 12
BULK_HINT = "for bulk work use `openfisca-japan microsim` on a person table (CSV/Parquet)"


def _limit(value, variable, default):
    if value is not None:
        return int(value)
    text = os.environ.get(variable)
    return int(text) if text else default


def json_depth(data):
    """Nesting depth of parsed JSON (iterative: no recursion limit)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(node, dict):
            stack.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)
    return deepest


def count_persons(input_data):
    persons = input_data.get("persons") if isinstance(input_data, dict) else None
    return len(persons) if isinstance(persons, dict) else 0


def create_app(tax_benefit_system=None, max_persons=None, max_content_length=None, max_depth=None, **options):
    """openfisca's web API app for `tax_benefit_system` (the baseline by default), with this package's views.

    Limits (HTTP 413 with a message beyond them): `max_persons` per request (env
    `OPENFISCA_JAPAN_MAX_PERSONS`, default 1,000), `max_content_length` bytes of body (env
    `OPENFISCA_JAPAN_MAX_BYTES`, default 2,000,000); `max_depth` of JSON nesting (env
    `OPENFISCA_JAPAN_MAX_DEPTH`, default 12; deeper is a 400). A POST without a body is a 400, a body that
    is not JSON a 415 (or 400 if unreadable): never a 5xx for a client's mistake. The other `options` go to
    openfisca's `create_app`; other views and pages can be added to the returned Flask app.
    """
    from flask import abort, jsonify, make_response, request
    from openfisca_web_api.app import create_app as create_openfisca_app
    from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

    if tax_benefit_system is None:
        from openfisca_japan import CountryTaxBenefitSystem

        tax_benefit_system = CountryTaxBenefitSystem()
    max_persons = _limit(max_persons, "OPENFISCA_JAPAN_MAX_PERSONS", MAX_PERSONS)
    max_content_length = _limit(max_content_length, "OPENFISCA_JAPAN_MAX_BYTES", MAX_CONTENT_LENGTH)
    max_depth = _limit(max_depth, "OPENFISCA_JAPAN_MAX_DEPTH", MAX_DEPTH)
    app = create_openfisca_app(tax_benefit_system, **options)
    app.config["MAX_CONTENT_LENGTH"] = max_content_length
    app.config["OPENFISCA_JAPAN_LIMITS"] = {"max_persons": max_persons, "max_content_length": max_content_length, "max_depth": max_depth}
    openfisca_spec_view = app.view_functions["get_spec"]

    def refuse(code, message):
        abort(make_response(jsonify({"error": message}), code))

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(_error):
        return jsonify({"error": f"request body larger than {max_content_length:,} bytes; {BULK_HINT}"}), 413

    def read_situation():
        if not request.get_data(cache=True):
            refuse(400, "empty request body: POST a JSON situation (Content-Type: application/json)")
        if not request.is_json:
            refuse(415, f"Content-Type {request.mimetype or '(none)'!r} is not JSON: send application/json")
        try:
            input_data = request.get_json()
        except RecursionError:
            refuse(400, f"JSON nested too deeply (more than {max_depth} levels)")
        except HTTPException as error:  # unreadable JSON
            refuse(error.code or 400, f"{error.name}: the body is not valid JSON")
        if json_depth(input_data) > max_depth:
            refuse(400, f"JSON nested too deeply (more than {max_depth} levels; a situation needs about 5)")
        persons = count_persons(input_data)
        if persons > max_persons:
            refuse(413, f"{persons:,} persons in one request, more than the limit of {max_persons:,}; {BULK_HINT}")
        return input_data

    def answer(handler):
        def view():
            input_data = read_situation()
            try:
                return jsonify(handler(tax_benefit_system, input_data))
            except SituationParsingError as error:
                abort(make_response(jsonify(error.error), error.code or 400))
            except RecursionError:
                refuse(400, "the situation is nested too deeply")

        return view

    def get_spec():
        response = openfisca_spec_view()
        return jsonify(fix_openapi_spec(response.get_json()))

    def with_absolute_sources(view):
        def wrapped(**arguments):
            response = view(**arguments)
            return jsonify(_absolute_sources(response.get_json(), request.host_url.rstrip("/")))

        return wrapped

    version = tax_benefit_system.get_package_metadata()["version"]

    @app.route("/blob/<version_asked>/<path:path>")
    def get_source(version_asked, path):
        found = source_file(path)
        if found is None or version_asked != version:
            abort(make_response(jsonify({"error": f"no model file {path!r} in version {version_asked!r} (this API serves {version})"}), 404))
        return found.read_text(encoding="utf-8"), 200, {"Content-Type": "text/plain; charset=utf-8"}

    app.view_functions["get_variable"] = with_absolute_sources(app.view_functions["get_variable"])
    app.view_functions["get_parameter"] = with_absolute_sources(app.view_functions["get_parameter"])
    app.view_functions["calculate"] = answer(calculate)
    app.view_functions["trace"] = answer(trace)
    app.view_functions["get_spec"] = get_spec
    return app
