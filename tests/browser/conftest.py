"""A live server of the package's app on loopback, and headless Chromium (Debian's) driven by Selenium.

`scripts/install_browser.sh` installs chromium, chromium-driver and a CJK font when missing (`make
test-browser` runs it first). Screenshots go to output/browser/ (one per calculator).
"""

import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = Path(os.environ.get("OPENFISCA_JAPAN_BROWSER_OUTPUT", ROOT / "output" / "browser"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")

# The flags of a closed network: without the background-networking ones Chromium stalls on start.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1600",
    "--lang=en-US",
]


@pytest.fixture(scope="session")
def tax_benefit_system():
    from openfisca_japan import CountryTaxBenefitSystem

    return CountryTaxBenefitSystem()


@pytest.fixture(scope="session")
def live_server(tax_benefit_system):
    from werkzeug.serving import make_server

    from openfisca_japan.edge.web import create_app

    app = create_app(tax_benefit_system)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.fail(f"Chromium not found ({CHROMIUM}, {CHROMEDRIVER}): run scripts/install_browser.sh (make test-browser does)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="openfisca-japan-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS + [f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def output_folder():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT
