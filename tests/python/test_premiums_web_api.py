"""The web API computes an employee's premiums (`/calculate`), through openfisca_web_api's test client."""

import json


def test_calculate_employee_premiums(web_client):
    situation = {
        "persons": {
            "hanako": {
                "age": {"2025-06": 40},
                "monthly_wage": {"2025-06": 300000},
                "health_insurance_premium_employee": {"2025-06": None},
                "nursing_care_premium_employee": {"2025-06": None},
                "employees_pension_premium_employee": {"2025-06": None},
                "employment_insurance_premium_employee": {"2025-06": None},
                "social_insurance_premiums_employee": {"2025-06": None},
                "social_insurance_premiums_employer": {"2025-06": None},
                "health_insurance_grade": {"2025-06": None},
            }
        },
        "employers": {
            "factory": {
                "employees": ["hanako"],
                "health_insurer": {"2025-06": "kyokai_kenpo"},
                "employer_prefecture": {"2025-06": "mie"},
            }
        },
    }
    response = web_client.post("/calculate", data=json.dumps(situation), content_type="application/json")
    assert response.status_code == 200, response.get_data(as_text=True)
    person = json.loads(response.get_data(as_text=True))["persons"]["hanako"]
    # Kyokai Kenpo FY2025 Mie 9.99% + care 1.59%: 300,000 × 11.58% / 2 = 17,370 (health 14,985, care 2,385);
    # pension 300,000 × 9.15% = 27,450; employment insurance FY2025 general 5.5/1000 = 1,650.
    assert person["health_insurance_grade"]["2025-06"] == 22
    assert person["health_insurance_premium_employee"]["2025-06"] == 14985
    assert person["nursing_care_premium_employee"]["2025-06"] == 2385
    assert person["employees_pension_premium_employee"]["2025-06"] == 27450
    assert person["employment_insurance_premium_employee"]["2025-06"] == 1650
    assert person["social_insurance_premiums_employee"]["2025-06"] == 46470
    assert person["social_insurance_premiums_employer"]["2025-06"] == 47520


def test_unknown_prefecture_is_rejected(web_client):
    situation = {
        "persons": {"a": {"monthly_wage": {"2025-06": 300000}, "health_insurance_premium": {"2025-06": None}}},
        "employers": {"e": {"employees": ["a"], "health_insurer": {"2025-06": "kyokai_kenpo"},
                            "employer_prefecture": {"2025-06": "atlantis"}}},
    }
    response = web_client.post("/calculate", data=json.dumps(situation), content_type="application/json")
    assert response.status_code == 400
    assert "employer_prefecture" in response.get_data(as_text=True)
