import pytest

from openfisca_japan import CountryTaxBenefitSystem


@pytest.fixture(scope="session")
def tax_benefit_system():
    return CountryTaxBenefitSystem()


@pytest.fixture(scope="session")
def web_client(tax_benefit_system):
    from openfisca_japan.edge.web_api import create_app

    app = create_app(tax_benefit_system)
    app.testing = True
    return app.test_client()


def with_birth_dates(persons):
    """Give every person of a test situation a birth date (there is no default): from its `age` of a month when
    given (the 15th of that month, `age` years before), else 1970-01-01, the date these tests were written for."""
    for person in persons.values():
        if "birth_date" in person:
            continue
        ages = person.get("age")
        if isinstance(ages, dict) and ages:
            month, age = next(iter(ages.items()))
            person["birth_date"] = {"ETERNITY": f"{int(str(month)[:4]) - int(age)}-{str(month)[5:7] or '01'}-15"}
        else:
            person["birth_date"] = {"ETERNITY": "1970-01-01"}
    return persons
