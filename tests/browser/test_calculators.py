"""The six calculators in a real browser: fill the form like a person, read the answer from the page, check it
equals the Python API's number for the same situation, open "How was this computed?" and check it cites the
law, switch to Japanese, submit a bad value and read the message next to the field.

Each expected number is computed here with the Python API (`SimulationBuilder`) from a situation written in
this file, not taken from the page's own JSON.
"""

import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from openfisca_japan import SimulationBuilder

OFFICIAL = ("laws.e-gov.go.jp", "mhlw.go.jp", "nenkin.go.jp", "kyoukaikenpo.or.jp", "nta.go.jp")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def python_api(tax_benefit_system, situation, variable, period, index=0):
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system, situation)
    value = simulation.calculate(variable, period)[index]
    return value.item() if hasattr(value, "item") else value


def number(text):
    """'46,500 yen' / '46,500円' / '-1,234' -> 46500.0"""
    digits = re.sub(r"[^\d.\-]", "", text.replace(",", ""))
    return float(digits)


class Page:
    def __init__(self, driver, base, calculator):
        self.driver = driver
        self.base = base
        self.calculator = calculator
        self.wait = WebDriverWait(driver, 20)

    def open(self, lang="en"):
        self.driver.get(f"{self.base}/calculators/{self.calculator}?lang={lang}")
        self.wait.until(EC.element_to_be_clickable((By.ID, "compute")))
        # the page remembers the language: start each test in the one asked
        self.set_language(lang)
        return self

    def type(self, name, text):
        field = self.driver.find_element(By.ID, f"input-{name}")
        field.clear()
        field.send_keys(text)

    def choose(self, name, value):
        Select(self.driver.find_element(By.ID, f"input-{name}")).select_by_value(value)

    def tick(self, name, checked):
        box = self.driver.find_element(By.ID, f"input-{name}")
        if box.is_selected() != checked:
            box.click()

    def submit(self):
        form = self.driver.find_element(By.ID, "calculator-form")
        before = form.get_attribute("data-answered") or "0"
        self.driver.find_element(By.ID, "compute").click()
        self.wait.until(lambda d: (d.find_element(By.ID, "calculator-form").get_attribute("data-answered") or "0") != before)
        return self

    def answer_shown(self):
        self.wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#answer h2")))

    def value_of(self, variable, period=None, entity_id=None):
        """The number the page shows for a variable (its first figure or cell)."""
        selector = f"#answer [data-variable='{variable}']"
        if period:
            selector += f"[data-period='{period}']"
        if entity_id:
            selector += f"[data-id='{entity_id}']"
        node = self.driver.find_element(By.CSS_SELECTOR, selector)
        return node.find_element(By.CSS_SELECTOR, ".value").text

    def explain(self, variable, period=None):
        selector = f"#answer [data-variable='{variable}']" + (f"[data-period='{period}']" if period else "")
        node = self.driver.find_element(By.CSS_SELECTOR, selector)
        node.find_element(By.CSS_SELECTOR, ".explain-button").click()
        panel = self.wait.until(lambda d: _open_panel(d))
        self.wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".explanation:not([hidden]) .steps .step"))
        return panel

    def set_language(self, lang):
        self.driver.find_element(By.CSS_SELECTOR, f".lang-button[data-lang='{lang}']").click()
        self.wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang)

    def error_of(self, name):
        node = self.wait.until(EC.visibility_of_element_located((By.ID, f"error-{name}")))
        return node.text

    def screenshot(self, folder, name):
        height = self.driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
        self.driver.set_window_size(1280, min(max(height + 120, 900), 6000))
        path = folder / f"{name}.png"
        self.driver.save_screenshot(str(path))
        self.driver.set_window_size(1280, 1600)
        return path


def _open_panel(driver):
    panels = [p for p in driver.find_elements(By.CSS_SELECTOR, ".explanation") if p.is_displayed()]
    return panels[0] if panels else None


def cites_the_law(panel):
    links = [a.get_attribute("href") or "" for a in panel.find_elements(By.CSS_SELECTOR, ".sources a")]
    return [link for link in links if any(site in link for site in OFFICIAL)]


def check_explanation_and_language(page, variable, period, shown_en):
    panel = page.explain(variable, period)
    assert cites_the_law(panel), "the explanation cites no law article or official page"
    assert panel.find_elements(By.CSS_SELECTOR, f".step[data-variable='{variable}']"), "the explained variable is not a step"
    page.set_language("ja")
    shown_ja = page.value_of(variable, period)
    assert number(shown_ja) == number(shown_en) if shown_en[0].isdigit() else True
    heading = page.driver.find_element(By.CSS_SELECTOR, "#answer h2").text
    assert CJK.search(heading), heading
    panel = page.wait.until(lambda d: _open_panel(d))
    page.wait.until(lambda d: CJK.search(_open_panel(d).text or ""))  # the open explanation follows the language


def test_home_page_lists_the_six_calculators(browser, live_server, output_folder):
    browser.get(live_server + "/?lang=en")
    cards = browser.find_elements(By.CSS_SELECTOR, ".card h2 a")
    assert [c.get_attribute("href").rsplit("/", 1)[-1].split("?")[0] for c in cards] == [
        "payslip", "leaving", "dependant", "quit", "medical", "unemployment"]
    browser.find_element(By.CSS_SELECTOR, ".lang-button[data-lang='ja']").click()
    WebDriverWait(browser, 10).until(lambda d: CJK.search(d.find_element(By.CSS_SELECTOR, ".card h2").text))
    Page(browser, live_server, "").screenshot(output_folder, "home")
    browser.find_element(By.CSS_SELECTOR, ".lang-button[data-lang='en']").click()


def test_payslip(browser, live_server, tax_benefit_system, output_folder):
    page = Page(browser, live_server, "payslip").open()
    page.type("monthly_wage", "320,000")
    page.type("age", "45")
    page.choose("prefecture", "mie")
    page.choose("industry", "construction")
    page.submit().answer_shown()
    situation = {
        "persons": {"worker": {"age": {"2026-04": 45}, "monthly_wage": {"2026-04": 320000}, "bonus": {"2026-04": 0}}},
        "employers": {"company": {"employees": ["worker"], "health_insurer": {"2026-04": "kyokai_kenpo"},
                                  "employer_prefecture": {"2026-04": "mie"}, "employment_insurance_industry": {"2026-04": "construction"}}},
    }
    for variable in ("social_insurance_premiums_employee", "social_insurance_premiums_employer", "health_insurance_premium_employee",
                     "nursing_care_premium_employee", "employees_pension_premium_employer", "employment_insurance_premium_employee"):
        assert number(page.value_of(variable)) == python_api(tax_benefit_system, situation, variable, "2026-04"), variable
    shown = page.value_of("social_insurance_premiums_employee")
    check_explanation_and_language(page, "social_insurance_premiums_employee", "2026-04", shown)
    page.screenshot(output_folder, "payslip")

    # a bad value: the API's message next to the field, in the language of the page
    page.set_language("en")
    page.type("monthly_wage", "-5")
    page.submit()
    assert "negative amount" in page.error_of("monthly_wage")
    assert not browser.find_element(By.ID, "answer").is_displayed()
    # what a user types is never HTML
    page.type("monthly_wage", "<img src=x onerror=window.__xss=1>")
    page.submit()
    assert "number" in page.error_of("monthly_wage")
    page.type("monthly_wage", "300000")
    browser.execute_script(
        "document.querySelector('#input-prefecture option').value = '<img src=x onerror=window.__xss=1>';"
        "document.querySelector('#input-prefecture').selectedIndex = 0;")
    page.submit()
    assert page.error_of("prefecture")
    assert browser.execute_script("return window.__xss === undefined && document.querySelectorAll('main img').length === 0")
    # a period the model does not cover says so in plain words
    browser.refresh()
    page.open()
    page.type("period", "2027-06")
    page.submit()
    assert "does not cover this period" in page.error_of("period")
    assert "not cover" in browser.find_element(By.ID, "form-error").text


def test_leaving_japan(browser, live_server, tax_benefit_system, output_folder):
    page = Page(browser, live_server, "leaving").open()
    page.type("employee_months", "48")
    page.type("average_remuneration", "280000")
    page.type("loss_date", "2026-03-01")
    page.type("left_japan", "2026-03-20")
    page.type("claim_date", "2026-04-10")
    page.submit().answer_shown()
    situation = {"persons": {"ken": {
        "residence_status": {"2026-01": "mid_long_term_resident"},
        "contribution_months_paid": {"ETERNITY": 48},
        "contribution_months_employees_pension_since_2003_04": {"ETERNITY": 48},
        "lump_sum_average_standard_remuneration": {"ETERNITY": 280000},
        "employees_pension_loss_date": {"ETERNITY": "2026-03-01"},
        "left_japan_date": {"ETERNITY": "2026-03-20"},
        "lump_sum_withdrawal_claim_date": {"ETERNITY": "2026-04-10"},
    }}}
    for variable in ("lump_sum_withdrawal_employees_pension", "lump_sum_withdrawal_employees_pension_tax",
                     "lump_sum_withdrawal_employees_pension_net"):
        assert number(page.value_of(variable)) == python_api(tax_benefit_system, situation, variable, "2026"), variable
    assert "2028-03-20" in browser.find_element(By.ID, "answer").text  # the 2-year claim limit
    shown = page.value_of("lump_sum_withdrawal_employees_pension_net")
    check_explanation_and_language(page, "lump_sum_withdrawal_employees_pension_net", "2026", shown)
    assert "納税管理人" in browser.find_element(By.ID, "answer").text  # how the tax is reclaimed
    page.screenshot(output_folder, "leaving")
    page.set_language("en")
    page.type("claim_date", "2026-13-01")
    page.submit()
    assert "YYYY-MM-DD" in page.error_of("claim_date")


def test_dependant(browser, live_server, tax_benefit_system, output_folder):
    page = Page(browser, live_server, "dependant").open()
    page.choose("relationship", "lineal_ascendant")
    page.choose("status", "short_term_stay")
    page.type("age", "63")
    page.submit().answer_shown()

    def situation(status):
        return {
            "persons": {
                "taro": {"birth_date": {"ETERNITY": "1986-04-15"}, "monthly_wage": {"2026-04": 350000}, "annual_income": {"2026": 4200000}},
                "mother": {"birth_date": {"ETERNITY": "1963-04-15"}, "residence_status": {"2026-04": status},
                           "relationship_to_insured_person": {"2026-04": "lineal_ascendant"}, "lives_in_japan": {"2026-04": True},
                           "expected_annual_income": {"2026": 0}, "employment_status": {"2026-04": "unemployed"}},
            },
            "households": {"home": {"head": ["taro"], "others": ["mother"]}},
            "employers": {"company": {"employees": ["taro"], "health_insurer": {"2026-04": "kyokai_kenpo"}}},
        }

    expected = python_api(tax_benefit_system, situation("short_term_stay"), "is_health_insurance_dependant", "2026-04", index=1)
    verdict = browser.find_element(By.CSS_SELECTOR, "#answer .verdict")
    assert verdict.get_attribute("data-ok") == ("true" if expected else "false") == "false"
    assert "short-term stay" in verdict.find_element(By.CSS_SELECTOR, ".deciding-rule").text
    assert browser.find_elements(By.CSS_SELECTOR, "#answer .checks li[data-ok='false']")
    # the next question: with a residence card she can
    page.choose("status", "mid_long_term_resident")
    page.submit().answer_shown()
    expected = python_api(tax_benefit_system, situation("mid_long_term_resident"), "is_health_insurance_dependant", "2026-04", index=1)
    verdict = browser.find_element(By.CSS_SELECTOR, "#answer .verdict")
    assert verdict.get_attribute("data-ok") == ("true" if expected else "false") == "true"
    check_explanation_and_language(page, "is_health_insurance_dependant", "2026-04", page.value_of("is_health_insurance_dependant"))
    page.screenshot(output_folder, "dependant")
    page.set_language("en")
    page.type("income", "-1")
    page.submit()
    assert "negative amount" in page.error_of("income")


def test_quit(browser, live_server, tax_benefit_system, output_folder):
    page = Page(browser, live_server, "quit").open()
    page.type("last_day", "2026-05-31")
    page.type("age", "45")
    page.type("remuneration", "360000")
    page.choose("municipality", "yokohama")
    page.type("last_year_wages", "4,200,000")
    page.type("expected_income", "1500000")
    page.submit().answer_shown()
    months = [f"2026-{m:02d}" for m in range(6, 13)] + [f"2027-{m:02d}" for m in range(1, 4)]
    fiscal = [f"2026-{m:02d}" for m in range(4, 13)] + [f"2027-{m:02d}" for m in range(1, 4)]
    voluntary = {"persons": {"me": {
        "birth_date": {"ETERNITY": "1981-06-15"}, "employee_health_insurance_loss_date": {"ETERNITY": "2026-06-01"},
        "insured_months_before_loss": {"ETERNITY": 24}, "applies_for_voluntary_continuation": {"ETERNITY": True},
        "standard_monthly_remuneration_at_loss": {"ETERNITY": 360000}, "former_health_insurer": {"ETERNITY": "kyokai_kenpo"},
        "former_employer_prefecture": {"ETERNITY": "tokyo"}, "employment_status": {m: "unemployed" for m in months}}}}
    for month in ("2026-06", "2027-03"):
        assert number(page.value_of("voluntary_continuation_premium", month)) == python_api(
            tax_benefit_system, voluntary, "voluntary_continuation_premium", month), month
    nhi = {"persons": {"me": {"birth_date": {"ETERNITY": "1981-06-15"}, "annual_employment_income": {"2025": 4200000},
                              "is_national_health_insurance_member": {m: m >= "2026-06" for m in fiscal}}},
           "households": {"home": {"head": ["me"], "municipality": {m: "yokohama" for m in fiscal}}}}
    assert number(page.value_of("national_health_insurance_premium", "year:2026-04")) == python_api(
        tax_benefit_system, nhi, "national_health_insurance_premium", "year:2026-04")
    answer = browser.find_element(By.ID, "answer").text
    assert "2026-06-20" in answer and "2026-06-14" in answer  # the 20-day and 14-day deadlines
    check_explanation_and_language(page, "voluntary_continuation_premium", "2026-06", page.value_of("voluntary_continuation_premium", "2026-06"))
    page.screenshot(output_folder, "quit")
    page.set_language("en")
    page.type("last_day", "2027-05-31")
    page.submit()
    assert "not cover" in browser.find_element(By.ID, "form-error").text


def test_medical(browser, live_server, tax_benefit_system, output_folder):
    page = Page(browser, live_server, "medical").open()
    page.type("cost", "600000")
    page.type("age", "50")
    page.type("wage", "450000")
    page.submit().answer_shown()
    situation = {"persons": {"patient": {"age": {"2026-07": 50}, "birth_date": {"ETERNITY": "1976-07-15"}, "monthly_wage": {"2026-07": 450000}, "medical_expenses": {"2026-07": 600000}}},
                 "employers": {"company": {"employees": ["patient"], "health_insurer": {"2026-07": "kyokai_kenpo"}}}}
    for variable in ("high_cost_medical_expense_refund", "copayment_amount"):
        assert number(page.value_of(variable)) == python_api(tax_benefit_system, situation, variable, "2026-07"), variable
    assert number(page.value_of("high_cost_medical_expense_limit", entity_id="patient")) == python_api(
        tax_benefit_system, situation, "high_cost_medical_expense_limit", "2026-07")
    situation["persons"]["patient"]["high_cost_prior_payment_months"] = {"2026-07": 3}
    assert number(page.value_of("high_cost_medical_expense_limit", entity_id="patient_4th_time")) == python_api(
        tax_benefit_system, situation, "high_cost_medical_expense_limit", "2026-07")
    check_explanation_and_language(page, "high_cost_medical_expense_refund", "2026-07", page.value_of("high_cost_medical_expense_refund"))
    page.screenshot(output_folder, "medical")
    # a month whose law the model does not cover: the page says so in plain words
    page.type("period", "2027-06")
    page.submit()
    error = page.wait.until(EC.visibility_of_element_located((By.ID, "form-error")))
    assert "対象外" in error.text
    page.set_language("en")
    assert "not cover" in error.text


def test_unemployment(browser, live_server, tax_benefit_system, output_folder):
    page = Page(browser, live_server, "unemployment").open()
    page.type("last_day", "2026-06-30")
    page.type("age", "50")
    page.type("wages", "2400000")
    page.type("years", "12")
    page.choose("reason", "dismissal")
    page.submit().answer_shown()
    situation = {"persons": {"hanako": {
        "age_on_leaving": {"2026-06": 50}, "wages_last_6_months": {"2026-06": 2400000}, "employment_insurance_insured_years": {"2026-06": 12},
        "insured_months_last_2_years": {"2026-06": 24}, "insured_months_last_year": {"2026-06": 12},
        "job_leaving_reason": {"2026-06": "dismissal"}}}}
    for variable in ("wage_daily_amount", "basic_allowance_daily", "basic_allowance_prescribed_days"):
        assert number(page.value_of(variable)) == python_api(tax_benefit_system, situation, variable, "2026-06"), variable
    check_explanation_and_language(page, "basic_allowance_daily", "2026-06", page.value_of("basic_allowance_daily"))
    page.screenshot(output_folder, "unemployment")
    page.set_language("en")
    page.type("wages", "lots")
    page.submit()
    assert "number" in page.error_of("wages")


@pytest.fixture(autouse=True)
def english_afterwards(browser):
    yield
    browser.execute_script("try { window.localStorage.clear(); } catch (e) {}")
