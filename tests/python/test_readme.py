"""The README's five-minute tour runs as printed, and every number it states in a comment is what the model says.

Why: the tour is the first thing a user copies. The numbers in its comments were worked out by hand in the
README's prose (rates x standard remuneration, portions, reductions); this test reads them from the README
itself, so a change of the model or of the README that makes them disagree fails here.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
CALCULATE = re.compile(r'^(?P<code>\S*simulation\.calculate\("(?P<variable>\w+)", "(?P<period>[^"]+)"\))\s*#\s*(?P<expected>[\d,]+|True|False)\b')


def tour_blocks(language):
    text = README.read_text(encoding="utf-8")
    tour = text.split("## Five-minute tour", 1)[1].split("\n## ", 1)[0]
    return re.findall(rf"```{language}\n(.*?)```", tour, flags=re.S)


def expected_value(text):
    if text in ("True", "False"):
        return text == "True"
    return int(text.replace(",", ""))


def test_the_python_tour_gives_the_numbers_it_prints():
    namespace, checked = {}, 0
    for block in tour_blocks("python"):
        # run the block statement by statement, checking each commented calculation
        statements, current = [], []
        for line in block.splitlines():
            current.append(line)
            try:
                compile("\n".join(current), "<README>", "exec")
            except SyntaxError:
                continue
            statements.append("\n".join(current))
            current = []
        assert not current, f"README block does not parse: {current}"
        for statement in statements:
            match = CALCULATE.match(statement.strip())
            if match:
                value = eval(match["code"], namespace)
                expected = expected_value(match["expected"])
                got = value.tolist()[0] if isinstance(value, np.ndarray) else value
                if isinstance(expected, bool):
                    assert bool(got) is expected, statement
                else:
                    assert got == expected, f"README says {expected:,} for {match['variable']} {match['period']}, the model {got:,}"
                checked += 1
            else:
                exec(statement, namespace)
    assert checked >= 10


def test_the_web_api_tour_answers_as_the_readme_says():
    from openfisca_japan.edge.web import create_app

    block = next(block for block in tour_blocks("sh") if "curl" in block)
    body = json.loads(block.split("-d '", 1)[1].rsplit("'", 1)[0])
    client = create_app().test_client()
    answer = client.post("/calculate", json=body)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    mother = answer.get_json()["persons"]["mother"]
    assert mother["is_health_insurance_dependant"]["2025-06"] is False
    assert mother["health_insurance_scheme"]["2025-06"] == "none"
    body["persons"]["mother"]["residence_status"]["2025-06"] = "mid_long_term_resident"
    mother = client.post("/calculate", json=body).get_json()["persons"]["mother"]
    assert mother["is_health_insurance_dependant"]["2025-06"] is True
    assert mother["health_insurance_scheme"]["2025-06"] == "dependant"


def test_the_yaml_tour_passes_with_openfisca_test(tmp_path):
    block = next(block for block in tour_blocks("yaml") if "lump_sum_withdrawal" in block)
    test_file = tmp_path / "leaving.yaml"
    test_file.write_text(block, encoding="utf-8")
    openfisca = Path(sys.executable).with_name("openfisca")
    result = subprocess.run([str(openfisca), "test", "-c", "openfisca_japan", str(test_file)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("line", ["990000", "202158", "787842"])
def test_the_yaml_tour_states_its_arithmetic(line):
    """300,000 x 3.3 = 990,000; 20.42 % of it = 202,158; net 787,842 (written out in the README)."""
    assert 300_000 * 33 // 10 == 990_000 and 990_000 * 2042 // 10000 == 202_158 and 990_000 - 202_158 == 787_842
    assert any(line in block for block in tour_blocks("yaml"))
