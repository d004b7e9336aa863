"""A web-API-only install has no pandas, pyarrow, dask or matplotlib: the model, the web API and the pay
slip work, and the analysis commands say which `pip install` line brings what they need (no traceback)."""

import subprocess
import sys

BLOCK = """
import sys
class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"pandas", "pyarrow", "dask", "distributed", "matplotlib", "tqdm", "scipy", "rich"}:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, Blocker())
"""


def run_without_analysis_extra(code):
    return subprocess.run([sys.executable, "-c", BLOCK + code], capture_output=True, text=True, timeout=300)


def test_model_and_web_api_need_no_analysis_extra():
    done = run_without_analysis_extra(
        "from openfisca_japan import CountryTaxBenefitSystem, SimulationBuilder\n"
        "from openfisca_japan.edge.web_api import create_app\n"
        "system = CountryTaxBenefitSystem(); create_app(system)\n"
        "s = SimulationBuilder().build_from_entities(system, {'persons': {'a': {'monthly_wage': {'2025-06': 300000},"
        " 'birth_date': {'ETERNITY': '1985-01-01'}}}, 'employers': {'e': {'employees': ['a'],"
        " 'health_insurer': {'2025-06': 'kyokai_kenpo'}, 'employer_prefecture': {'2025-06': 'tokyo'}}}})\n"
        "print(int(s.calculate('employees_pension_premium_employee', '2025-06')[0]))\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "27450"  # 300,000 x 18.3 % / 2


def test_analysis_commands_name_the_missing_extra():
    done = run_without_analysis_extra("from openfisca_japan.cli import main; sys.exit(main(['microsim', 'x.parquet']))")
    assert done.returncode == 2, done.stderr
    assert "pip install 'openfisca-japan-social-insurance[analysis]'" in done.stderr
    assert "Traceback" not in done.stderr
    payslip = run_without_analysis_extra("from openfisca_japan.cli import main; sys.exit(main(['payslip', '--examples']))")
    assert payslip.returncode == 2, payslip.stderr  # computed without the extra; the MEXT example lacks its rates (input)
    assert "mutual_aid_short_term_rate" in payslip.stderr and "Traceback" not in payslip.stderr
