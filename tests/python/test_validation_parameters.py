"""The parameter integrity check (openfisca_japan.tools.check_parameters) rejects bad leaves."""

import textwrap

from openfisca_japan.tools import check_parameters

GOOD = """
description: Employees' pension premium rate (厚生年金保険料率)
metadata:
  label: Employees' pension premium rate (厚生年金保険料率)
  reference:
    - title: 厚生年金保険法 第81条第4項
      href: https://laws.e-gov.go.jp/law/329AC0000000115
  unit: /1
  last_value_still_valid_on: 2027-03-31
values:
  2017-09-01:
    value: 0.183
"""


def write(tmp_path, files):
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return tmp_path


def run(tmp_path, capsys):
    code = check_parameters.main([str(tmp_path)])
    return code, capsys.readouterr().err


def test_good_leaf_passes(tmp_path, capsys):
    code, errors = run(write(tmp_path, {"rate.yaml": GOOD}), capsys)
    assert code == 0, errors


def test_leaf_without_source_or_unit_is_rejected(tmp_path, capsys):
    bad = GOOD.replace("  reference:\n    - title: 厚生年金保険法 第81条第4項\n      href: https://laws.e-gov.go.jp/law/329AC0000000115\n", "")
    bad = bad.replace("  unit: /1\n", "")
    code, errors = run(write(tmp_path, {"rate.yaml": bad}), capsys)
    assert code == 1
    assert "no metadata.reference" in errors and "no metadata.unit" in errors


def test_dates_out_of_order_are_rejected(tmp_path, capsys):
    bad = GOOD.replace("values:\n", "values:\n  2020-01-01:\n    value: 0.2\n")
    code, errors = run(write(tmp_path, {"rate.yaml": bad}), capsys)
    assert code == 1 and "not in increasing order" in errors


def test_expiry_before_the_supported_end_is_rejected_unless_explained(tmp_path, capsys):
    ended = GOOD + "  2026-04-01:\n    value: null\n"
    code, errors = run(write(tmp_path, {"rate.yaml": ended}), capsys)
    assert code == 1 and "stops (null) on 2026-04-01" in errors and "ended_by_law" in errors

    by_law = ended.replace("  unit: /1\n", "  unit: /1\n  ended_by_law: 厚生年金保険法 附則 (abolished)\n")
    code, errors = run(write(tmp_path, {"rate.yaml": by_law}), capsys)
    assert code == 0, errors

    gap = ended.replace("  unit: /1\n", "  unit: /1\n  not_covered: 'FY2026 rate not published yet (docs, Not covered)'\n")
    code, errors = run(write(tmp_path, {"rate.yaml": gap}), capsys)
    assert code == 0, errors


def test_expiry_after_the_supported_end_is_fine(tmp_path, capsys):
    later = GOOD + "  2027-04-01:\n    value: null\n"
    code, errors = run(write(tmp_path, {"rate.yaml": later}), capsys)
    assert code == 0, errors


def test_marker_on_a_folder_applies_to_its_leaves(tmp_path, capsys):
    ended = GOOD + "  2025-04-01:\n    value: null\n"
    files = {
        "scheme/index.yaml": "description: Scheme (制度)\nmetadata:\n  not_covered: values from FY2025 not published\n",
        "scheme/rate.yaml": ended,
    }
    code, errors = run(write(tmp_path, files), capsys)
    assert code == 0, errors


def test_leaf_without_last_value_still_valid_on_is_rejected(tmp_path, capsys):
    """The coverage contract needs the last date each leaf's newest value is known to hold."""
    code, errors = run(write(tmp_path, {"rate.yaml": GOOD.replace("  last_value_still_valid_on: 2027-03-31\n", "")}), capsys)
    assert code == 1 and "last_value_still_valid_on" in errors


def test_last_value_still_valid_on_before_the_newest_value_is_rejected(tmp_path, capsys):
    code, errors = run(write(tmp_path, {"rate.yaml": GOOD.replace("2027-03-31", "2010-03-31")}), capsys)
    assert code == 1 and "before its newest value" in errors


def test_last_value_still_valid_on_is_inherited_from_the_file(tmp_path, capsys):
    node = """
    description: Rates (保険料率)
    metadata:
      last_value_still_valid_on: 2027-03-31
      reference:
        - title: 厚生年金保険法 第81条第4項
          href: https://laws.e-gov.go.jp/law/329AC0000000115
      unit: /1
    rate:
      description: A rate (保険料率)
      values:
        2017-09-01:
          value: 0.183
    """
    code, errors = run(write(tmp_path, {"rates.yaml": node}), capsys)
    assert code == 0, errors
