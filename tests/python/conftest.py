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
