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

import dpath
from openfisca_core.errors import ParameterNotFoundError, SituationParsingError
from openfisca_core.indexed_enums import Enum

from openfisca_japan.edge.errors import InputValidationError, Problem
from openfisca_japan.edge.simulation_builder import SimulationBuilder
from openfisca_japan.law.coverage import SUPPORTED_PERIODS_TEXT


def _missing_parameter_problem(error):
    return Problem(
        f"no published value: {error}",
        allowed=f"periods within {SUPPORTED_PERIODS_TEXT} (see the module's doc page, 'Not covered')",
    )


def refusing_clearly(compute):
    """Run `compute()`; what the model refuses becomes an InputValidationError (HTTP 400), never a 500."""
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
    for path, _ in dpath.search(input_data, "*/*/*/*", afilter=lambda value: value is None, yielded=True):
        yield tuple(path.split("/"))


def json_value(variable, array, index):
    """The JSON value of one entity's result."""
    if variable.value_type == Enum:
        return array.decode()[index].name
    if variable.value_type is float:
        return float(str(array[index]))  # float32 -> the shortest decimal that reads back the same
    if variable.value_type is str:
        return str(array[index])
    return array.tolist()[index]


def calculate(tax_benefit_system, input_data):
    """`/calculate`: the situation with its `null` values replaced by the computed ones."""
    check_situation_or_raise(tax_benefit_system, input_data)

    def compute():
        simulation = SimulationBuilder().build_from_entities(tax_benefit_system, input_data)
        results = {}
        for plural, entity_id, name, period in requested_computations(input_data):
            array = simulation.calculate(name, period)
            index = simulation.get_population(plural).get_index(entity_id)
            value = json_value(tax_benefit_system.get_variable(name), array, index)
            results.setdefault(plural, {}).setdefault(entity_id, {}).setdefault(name, {})[period] = value
        return results

    dpath.merge(input_data, refusing_clearly(compute))
    return input_data


def trace(tax_benefit_system, input_data):
    """`/trace`: every step of the computation of the requested values."""
    check_situation_or_raise(tax_benefit_system, input_data)

    def compute():
        simulation = SimulationBuilder().build_from_entities(tax_benefit_system, input_data)
        simulation.trace = True
        requested = []
        for _plural, _entity_id, name, period in requested_computations(input_data):
            requested.append(f"{name}<{period}>")
            simulation.calculate(name, period)
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


def create_app(tax_benefit_system=None, **options):
    """openfisca's web API app for `tax_benefit_system` (the baseline by default), with this package's views."""
    from flask import abort, jsonify, make_response, request
    from openfisca_web_api.app import create_app as create_openfisca_app
    from werkzeug.exceptions import HTTPException

    if tax_benefit_system is None:
        from openfisca_japan import CountryTaxBenefitSystem

        tax_benefit_system = CountryTaxBenefitSystem()
    app = create_openfisca_app(tax_benefit_system, **options)
    openfisca_spec_view = app.view_functions["get_spec"]

    def answer(handler):
        def view():
            try:
                input_data = request.get_json()
            except HTTPException as error:  # unreadable JSON (400), wrong content type (415)
                abort(make_response(jsonify({"error": f"{error.name}: {error.description}"}), error.code))
            try:
                return jsonify(handler(tax_benefit_system, input_data))
            except SituationParsingError as error:
                abort(make_response(jsonify(error.error), error.code or 400))

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
