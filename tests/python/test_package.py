"""The package loads, exposes its entities and answers through the web API."""

from openfisca_japan.enums import Prefecture


def test_entities(tax_benefit_system):
    assert [e.key for e in tax_benefit_system.entities] == ["person", "household", "employer"]
    household = next(e for e in tax_benefit_system.entities if e.key == "household")
    assert [r.key for r in household.roles] == ["head", "spouse", "child", "other"]


def test_prefectures_are_the_47():
    assert len(Prefecture) == 47
    assert Prefecture.mie.value == "Mie (三重県)"
    assert all("(" in p.value and ")" in p.value for p in Prefecture)


def test_web_api_calculates_age(web_client):
    situation = {"persons": {"a": {"birth_date": {"ETERNITY": "1985-04-01"}, "age": {"2025-03": None}}}}
    response = web_client.post("/calculate", json=situation)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json()["persons"]["a"]["age"]["2025-03"] == 40
