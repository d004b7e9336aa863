"""The calculator pages and `/explain` through Flask's test client, the explanation module and
`openfisca-japan explain` (the browser tests are in tests/browser)."""

import json
import re
from pathlib import Path

import pytest

from openfisca_japan import SimulationBuilder
from openfisca_japan.edge.explain import (
    all_references,
    as_text,
    explain,
    parse_references,
    split_label,
)
from openfisca_japan.edge.web.calculators import build_calculators
from openfisca_japan.edge.web.forms import Field, read_field

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "openfisca_japan" / "edge" / "web"
CALCULATORS = ["payslip", "leaving", "dependant", "quit", "medical", "unemployment"]

MIE = {
    "persons": {"hanako": {"birth_date": {"ETERNITY": "1985-09-15"}, "monthly_wage": {"2026-04": 300000}}},
    "employers": {"factory": {"employees": ["hanako"], "health_insurer": {"2026-04": "kyokai_kenpo"}, "employer_prefecture": {"2026-04": "mie"}}},
}


@pytest.fixture(scope="module")
def client(tax_benefit_system):
    from openfisca_japan.edge.web import create_app

    app = create_app(tax_benefit_system)
    app.testing = True
    return app.test_client()


# The explanation


def test_labels_split_into_english_and_the_japanese_term():
    assert split_label("Standard monthly remuneration (標準報酬月額)") == {"en": "Standard monthly remuneration", "ja": "標準報酬月額"}
    assert split_label("Age (年齢, 年齢計算ニ関スル法律)")["ja"] == "年齢, 年齢計算ニ関スル法律"
    assert split_label("Plain label") == {"en": "Plain label", "ja": "Plain label"}


def test_references_name_the_law_and_article():
    refs = parse_references(["https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"])
    assert refs == [{"title": "健康保険法 第161条", "href": "https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_161"}]
    refs = parse_references("健康保険法 第3条第7項; 施行規則 第37条の2 (https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_3)")
    assert refs[0]["title"] == "健康保険法 第3条第7項; 施行規則 第37条の2"
    assert parse_references(["https://laws.e-gov.go.jp/law/329AC0000000115#Mp-At_81-Pr_4"])[0]["title"] == "厚生年金保険法 第81条第4項"
    assert parse_references("昭和52年 保発第9号") == [{"title": "昭和52年 保発第9号", "href": None}]


def test_explanation_of_a_premium(tax_benefit_system):
    explanation = explain(tax_benefit_system, MIE, "health_insurance_premium_employee", "2026-04")
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, json.loads(json.dumps(MIE)))
    assert explanation["value"] == simulation.calculate("health_insurance_premium_employee", "2026-04")[0] == 14655
    steps = explanation["steps"]
    root = steps[explanation["root"]]
    assert root["label"] == {"en": "Health insurance premium deducted from pay, insured person's share", "ja": "健康保険料 被保険者負担分"}
    assert root["display"] == {"en": "14,655 yen", "ja": "14,655円"}
    assert any(r["href"] and "laws.e-gov.go.jp" in r["href"] for r in root["references"])
    # the prefecture's rate only, not the 47 entries of the table read by the formula
    rate = steps["health_insurance_rate<2026-04>"]
    assert [p["name"] for p in rate["parameters"]] == ["health_insurance.premiums.kyokai_kenpo.rate.mie"]
    assert rate["parameters"][0]["value"] == pytest.approx(0.0977)
    assert rate["parameters"][0]["in_force_since"] == "2026-03-01"
    assert rate["parameters"][0]["references"]
    assert steps["monthly_wage<2026-04>"]["kind"] == "input"
    assert all(key in steps for step in steps.values() for key in step["depends_on"])
    assert all_references(explanation)


def test_explanation_as_text_in_both_languages(tax_benefit_system):
    explanation = explain(tax_benefit_system, MIE, "social_insurance_premiums_employee", "2026-04", "hanako")
    english = as_text(explanation, "en", max_depth=1)
    assert english.startswith("Social insurance premiums deducted from the month's pay")
    assert "46,380 yen" in english and "健康保険法" in english
    japanese = as_text(explanation, "ja")
    assert "社会保険料 控除額合計" in japanese.splitlines()[0] and "46,380円" in japanese


def test_explanation_of_a_household_value(tax_benefit_system):
    calculator = build_calculators(tax_benefit_system)["quit"]
    from openfisca_japan.edge.web.forms import read_form

    values, _ = read_form(calculator.fields, {})
    situation = calculator.situations(values)["quit"]
    explanation = explain(tax_benefit_system, situation, "national_health_insurance_premium", "year:2026-04", "nhi_home")
    assert explanation["entity"] == "households" and explanation["value"] > 0
    # a person step of the household shows the members' values
    member_steps = [s for s in explanation["steps"].values() if s["entity"] == "persons"]
    assert member_steps and all("values_by_id" in s or "value" in s for s in member_steps)


# The form fields


@pytest.mark.parametrize(
    ("kind", "raw", "value"),
    [
        ("amount", "300,000", 300000), ("amount", "３００，０００円", 300000), ("amount", "-5", -5), ("amount", "12.5", 12.5),
        ("integer", "24", 24), ("percent", "9.3", 0.093), ("month", "2026-4", "2026-04"), ("date", "2026/04/01", "2026-04-01"),
    ],
)
def test_fields_read_what_people_type(kind, raw, value):
    field = Field("x", kind, None, {"en": "", "ja": ""})
    got, error = read_field(field, raw)
    assert error is None
    assert got == pytest.approx(value) if isinstance(value, float) else got == value


@pytest.mark.parametrize(("kind", "raw"), [("amount", "abc"), ("amount", "<b>1</b>"), ("integer", "2.5"), ("month", "2026-13"), ("date", "2026-02-30")])
def test_fields_refuse_what_is_not_a_value(kind, raw):
    _, error = read_field(Field("x", kind, None, {"en": "", "ja": ""}), raw)
    assert error["en"] and error["ja"]


# The pages and answers


def test_home_page_for_browsers_welcome_json_for_api_clients(client):
    page = client.get("/", headers={"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    for calculator in CALCULATORS:
        assert f'href="/calculators/{calculator}"' in html
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    api = client.get("/", headers={"Accept": "application/json"})
    assert "welcome" in api.get_json()
    assert "welcome" in client.get("/").get_json()  # curl's */*: the API as before


@pytest.mark.parametrize("calculator", CALCULATORS)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_calculator_pages_have_no_inline_script_or_style(client, calculator, lang):
    response = client.get(f"/calculators/{calculator}?lang={lang}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'<html lang="{lang}">' in html
    for tag in re.findall(r"<script[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert " style=" not in html and "<style" not in html and " on" + "click=" not in html
    if lang == "ja":
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", html)


@pytest.mark.parametrize("calculator", CALCULATORS)
def test_answers_cite_the_computed_values(client, tax_benefit_system, calculator):
    response = client.post(f"/calculators/{calculator}/answer", json={"values": {}})
    assert response.status_code == 200, response.get_data(as_text=True)
    data = response.get_json()
    assert "Content-Security-Policy" in response.headers
    figures = []
    for block in data["answer"]:
        figures += [b for b in [block.get("figure")] if b] + block.get("items", [])
        for row in block.get("rows", []):
            figures += [cell for cell in row.get("cells", []) if cell]
    sourced = [f for f in figures if f.get("source")]
    assert sourced
    for figure in sourced[:6]:  # each number is the Python API's number for the page's situation
        source = figure["source"]
        situation = json.loads(json.dumps(data["situations"][source["situation"]]))
        simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
        variable = tax_benefit_system.get_variable(source["variable"])
        population = simulation.get_population(variable.entity.plural)
        value = simulation.calculate(source["variable"], source["period"])
        if variable.value_type.__name__ == "Enum":
            value = value.decode_to_str()
        expected = value[population.get_index(source["id"])]
        if variable.value_type is float:
            expected = float(str(expected))  # float32 read as its shortest decimal, as the web API does
        assert figure["value"] == (expected.item() if hasattr(expected, "item") else expected), source


def test_bad_values_are_shown_next_to_their_field(client):
    response = client.post("/calculators/payslip/answer", json={"values": {"monthly_wage": "-5", "age": "abc"}})
    assert response.status_code == 400
    errors = response.get_json()["errors"]
    assert "whole number" in errors["age"]["en"]
    response = client.post("/calculators/payslip/answer", json={"values": {"monthly_wage": "-5"}})
    message = response.get_json()["errors"]["monthly_wage"]
    assert "negative amount -5" in message["en"] and "受け付けられません" in message["ja"] and "negative amount -5" in message["ja"]
    response = client.post("/calculators/payslip/answer", json={"values": {"age": "200"}})
    assert "above the maximum 150" in response.get_json()["errors"]["age"]["en"]


def test_mutual_aid_pay_slip_asks_whether_employment_insurance_applies(client):
    """A 共済組合 employer is a government body (public servants: no employment insurance, 雇用保険法 第6条第6号) or a
    national university corporation / private school (insured): the page asks instead of assuming either."""
    values = {"insurer": "mutual_aid_association", "mutual_short_rate": "5", "mutual_care_rate": "0.9"}
    response = client.post("/calculators/payslip/answer", json={"values": values})
    assert response.status_code == 400 and "mutual_ei" in response.get_json()["errors"]
    employment = {}
    for answer in ("covered", "government"):
        data = client.post("/calculators/payslip/answer", json={"values": {**values, "mutual_ei": answer}}).get_json()
        rows = [row for block in data["answer"] for row in block.get("rows", [])]
        employment[answer] = [row["cells"][0]["value"] for row in rows if "mployment insurance" in row["label"]["en"]][0]
    # 300,000 × 5/1000 (令和8年度 general business, the insured person's part) = 1,500; a public servant pays none
    assert employment == {"covered": 1500, "government": 0}


def test_periods_the_model_does_not_cover_are_said_plainly(client):
    data = client.post("/calculators/payslip/answer", json={"values": {"period": "2027-06"}}).get_json()
    assert data["kind"] == "not_covered"
    assert "does not cover" in data["errors"]["period"]["en"]
    api = [m["api"] for m in data["general"] if "api" in m]
    assert len(api) == 1 and "is not covered on 2027-06-01" in api[0]  # once, naming the parameter and its window
    data = client.post("/calculators/medical/answer", json={"values": {"period": "2027-06"}}).get_json()
    assert data["kind"] == "not_covered" and "does not cover" in data["general"][0]["en"] and "対象外" in data["general"][0]["ja"]


def test_requests_the_pages_refuse(client):
    assert client.post("/calculators/nope/answer", json={}).status_code == 404
    assert client.post("/calculators/payslip/answer", data="not json", content_type="application/json").status_code == 400
    assert client.post("/calculators/payslip/answer", data="x" * 300_000, content_type="application/json").status_code == 413
    response = client.post("/explain", json={"situation": MIE, "variable": "nope", "period": "2026-04"})
    assert response.status_code == 400 and "unknown variable" in response.get_json()["error"]
    bad = json.loads(json.dumps(MIE))
    bad["persons"]["hanako"]["monthly_wage"]["2026-04"] = -1
    response = client.post("/explain", json={"situation": bad, "variable": "health_insurance_premium", "period": "2026-04"})
    assert response.status_code == 400 and "negative amount" in json.dumps(response.get_json())


def test_explain_endpoint(client):
    response = client.post("/explain", json={"situation": MIE, "variable": "employees_pension_premium_employee", "period": "2026-04", "id": "hanako"})
    assert response.status_code == 200
    explanation = response.get_json()
    assert explanation["value"] == 27450
    assert any("厚生年金保険法" in r["title"] for r in all_references(explanation))


def test_the_page_never_inserts_text_as_html():
    script = (WEB / "static" / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script, sink
    for template in (WEB / "templates").glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert "|safe" not in text and "autoescape false" not in text, template


# openfisca-japan explain


def test_cli_explain_text_and_json(capsys, tmp_path):
    from openfisca_japan.cli import main

    path = tmp_path / "situation.json"
    path.write_text(json.dumps(MIE), encoding="utf-8")
    assert main(["explain", str(path), "employees_pension_premium_employee", "--period", "2026-04", "--depth", "1"]) == 0
    text = capsys.readouterr().out
    assert "27,450 yen" in text and "厚生年金保険法" in text and "employees_pension.premiums.rate" in text
    assert main(["explain", str(path), "employees_pension_premium_employee", "--period", "2026-04", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["value"] == 27450 and data["root"] in data["steps"]
    assert main(["explain", str(path), "employees_pension_premium_employee", "--period", "2026-04", "--lang", "ja", "--depth", "0"]) == 0
    assert "厚生年金保険料 被保険者負担分" in capsys.readouterr().out
    assert main(["explain", str(path), "nope", "--period", "2026-04"]) == 2
    assert main(["explain", str(path), "employees_pension_premium_employee", "--period", "2031-04"]) == 3  # not covered
    assert "is not covered on 2031-04-01" in capsys.readouterr().err


def test_cli_explain_uses_the_period_of_the_bundled_examples(capsys):
    from openfisca_japan.cli import main

    example = ROOT / "openfisca_japan" / "situation_examples" / "employee_mie_40.json"
    assert main(["explain", str(example), "social_insurance_premiums_employee", "--depth", "0"]) == 0
    assert "46,380 yen" in capsys.readouterr().out
