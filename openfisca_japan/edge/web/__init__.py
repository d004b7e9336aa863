"""The calculator pages, served by the same app as the web API: `create_app` below is the web API's app
(`openfisca_japan.edge.web_api.create_app`) with these pages mounted on it (`openfisca-japan serve`, `make serve`).

- `GET /` the six calculators (a browser asking for HTML; other clients still get openfisca's welcome JSON);
- `GET /calculators/<id>` one calculator's page, in English or Japanese (`?lang=ja`; a switch on the page);
- `POST /calculators/<id>/answer` the answer to a form (JSON), computed with the API's own `calculate`;
- `POST /explain` how a value was computed (`openfisca_japan.edge.explain`, from the API's trace);
- `/assets/...` the page's script and style sheet, shipped with the package (no CDN, no build step).

Every page and answer carries a Content-Security-Policy without inline scripts or styles; the script puts
what a user typed into the page as text only, never as HTML.
"""

from __future__ import annotations

import json
import time

from openfisca_japan.edge.web.calculators import build_calculators
from openfisca_japan.edge.web.texts import UI

MAX_BODY_BYTES = 256 * 1024

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}

LANGUAGES = ("en", "ja")


def with_security_headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    return response


def create_app(tax_benefit_system=None, **options):
    """The package's web API app (`openfisca_japan.edge.web_api.create_app`) with the calculator pages at `/`.

    The pages mount themselves on the API's app (this module imports the web API, not the other way round),
    so that the API's factory stays the API's alone."""
    from openfisca_japan.edge.web_api import create_app as create_api_app

    if tax_benefit_system is None:
        from openfisca_japan import CountryTaxBenefitSystem

        tax_benefit_system = CountryTaxBenefitSystem()
    app = create_api_app(tax_benefit_system, **options)
    return register(app, tax_benefit_system)


def register(app, tax_benefit_system):
    """Mount the calculator pages on `app` (the web API's Flask app) for `tax_benefit_system`."""
    from flask import Blueprint, abort, jsonify, make_response, redirect, render_template, request

    from openfisca_japan.edge.web.engine import FormError, compute

    calculators = build_calculators(tax_benefit_system)
    blueprint = Blueprint("calculators", __name__, template_folder="templates", static_folder="static", static_url_path="/assets")
    version = tax_benefit_system.get_package_metadata().get("version", "")

    def language():
        asked = request.args.get("lang")
        if asked in LANGUAGES:
            return asked
        best = request.accept_languages.best_match(LANGUAGES)
        return best or "en"

    def page(template, **context):
        lang = language()
        html = render_template(
            template,
            lang=lang,
            ui=UI,
            calculators=list(calculators.values()),
            version=version,
            messages=UI,
            **context,
        )
        response = make_response(html)
        response.headers["Content-Type"] = "text/html; charset=utf-8"
        return with_security_headers(response)

    def json_body():
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            abort(with_security_headers(make_response(jsonify({"error": f"request body over {MAX_BODY_BYTES} bytes"}), 413)))
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            abort(with_security_headers(make_response(jsonify({"error": "send a JSON object (Content-Type: application/json)"}), 400)))
        return data

    @blueprint.route("/calculators")
    def calculators_index():
        return redirect("/")

    @blueprint.route("/calculators/<calculator_id>")
    def calculator_page(calculator_id):
        calculator = calculators.get(calculator_id)
        if calculator is None:
            abort(404)
        return page("calculator.html", calculator=calculator, definition=calculator.public())

    @blueprint.route("/calculators/<calculator_id>/answer", methods=["POST"])
    def calculator_answer(calculator_id):
        calculator = calculators.get(calculator_id)
        if calculator is None:
            abort(404)
        data = json_body()
        started = time.perf_counter()
        try:
            result = compute(calculator, data.get("values", {}), tax_benefit_system)
        except FormError as error:
            return with_security_headers(make_response(jsonify(error.json()), 400))
        result["milliseconds"] = round((time.perf_counter() - started) * 1000, 1)
        return with_security_headers(make_response(jsonify(result)))

    @blueprint.route("/explain", methods=["POST"])
    def explain_view():
        from openfisca_core.errors import SituationParsingError

        from openfisca_japan.edge.explain import ExplainError, explain

        data = json_body()
        try:
            explanation = explain(tax_benefit_system, data.get("situation") or {}, str(data.get("variable")), str(data.get("period")), data.get("id"))
        except ExplainError as error:
            return with_security_headers(make_response(jsonify({"error": str(error)}), 400))
        except SituationParsingError as error:
            return with_security_headers(make_response(jsonify(getattr(error, "error", None) or {"error": str(error)}), 400))
        return with_security_headers(make_response(jsonify(explanation)))

    app.register_blueprint(blueprint)

    openfisca_root = app.view_functions.get("get_root")

    def get_root():
        """The home page for browsers; openfisca's welcome JSON for API clients."""
        accepted = request.accept_mimetypes
        wants_html = accepted.best_match(["application/json", "text/html"]) == "text/html" and accepted["text/html"] > accepted["application/json"]
        if wants_html or request.args.get("lang") in LANGUAGES:
            return page("index.html")
        return openfisca_root()

    if openfisca_root is not None:
        app.view_functions["get_root"] = get_root
    app.jinja_env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
    return app


def definitions_json(tax_benefit_system):
    """Every calculator's public definition (fields, labels, options), for tools and tests."""
    return json.dumps([c.public() for c in build_calculators(tax_benefit_system).values()], ensure_ascii=False)
