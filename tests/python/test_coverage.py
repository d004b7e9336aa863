"""The coverage contract (openfisca_japan.law.coverage) and its tool (openfisca_japan.tools.coverage)."""

from __future__ import annotations

import datetime
import textwrap

import numpy as np
import pytest
from openfisca_core import periods
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.parameters import load_parameter_file

from openfisca_japan.enums import Prefecture
from openfisca_japan.law.coverage import (
    DEFAULT_LAST_VALID,
    NotCoveredError,
    ParameterNotCoveredError,
    covered_windows,
    value_or_none,
)
from openfisca_japan.law.parameter_lookup import enum_indexed
from openfisca_japan.tools import coverage as tool


def test_windows_of_the_model(tax_benefit_system):
    windows = covered_windows(tax_benefit_system.parameters)
    kyokai = windows["health_insurance.premiums.kyokai_kenpo.rate.tokyo"]
    assert kyokai.last == datetime.date(2027, 2, 28)  # set each March: the FY2027 rates are not published
    assert windows["employees_pension.premiums.rate"].last == DEFAULT_LAST_VALID
    assert all(w.last is None or w.first is None or w.first <= w.last or w.end != "last_value_still_valid_on" for w in windows.values())


LEAVES = """
description: Test rates (保険料率)
metadata:
  last_value_still_valid_on: 2027-03-31
  reference:
    - title: test
      href: https://laws.e-gov.go.jp/
  unit: /1
constant:
  description: A constant (定数)
  values:
    2000-01-01:
      value: 0.5
two_years:
  description: Set for two fiscal years (2年度)
  values:
    2026-04-01:
      value: 0.1
    2028-04-01:
      value: null
uncovered:
  description: Not found from 2026 (未確認)
  metadata:
    not_covered: not published
  values:
    2024-04-01:
      value: 0.2
    2026-04-01:
      value: null
own_date:
  description: Known until a date of its own (独自)
  metadata:
    last_value_still_valid_on: 2026-07-31
  values:
    2025-08-01:
      value: 0.3
"""


def test_leaf_windows(tmp_path):
    (tmp_path / "rates.yaml").write_text(textwrap.dedent(LEAVES).lstrip(), encoding="utf-8")
    windows = covered_windows(load_parameter_file(str(tmp_path)))
    assert windows["rates.constant"].describe() == "2000-01-01 to 2027-03-31"
    assert windows["rates.two_years"].describe() == "2026-04-01 to 2028-03-31"  # the null, not the inherited date
    assert windows["rates.uncovered"].last == datetime.date(2026, 3, 31) and windows["rates.uncovered"].end.startswith("not_covered")
    assert windows["rates.own_date"].last == datetime.date(2026, 7, 31)


def test_stale_lists_what_to_update(tmp_path):
    (tmp_path / "rates.yaml").write_text(textwrap.dedent(LEAVES).lstrip(), encoding="utf-8")
    root = load_parameter_file(str(tmp_path))
    names = [name for name, _ in tool.stale(root, datetime.date(2027, 4, 1))]
    assert names == ["rates.uncovered", "rates.own_date", "rates.constant"]  # by date; two_years is known until 2028


def test_annotate_writes_the_default_once(tmp_path):
    text = textwrap.dedent(LEAVES).lstrip().replace("  last_value_still_valid_on: 2027-03-31\n", "", 1)
    (tmp_path / "rates.yaml").write_text(text, encoding="utf-8")
    report = tool.annotate(load_parameter_file(str(tmp_path)), tmp_path, write=True)
    assert report and "constant" in " ".join(report)
    windows = covered_windows(load_parameter_file(str(tmp_path)))
    assert windows["rates.constant"].last == DEFAULT_LAST_VALID and not windows["rates.constant"].default
    assert tool.annotate(load_parameter_file(str(tmp_path)), tmp_path, write=True) == []


def test_scheme_coverage_of_the_model(tax_benefit_system):
    rows = tool.scheme_coverage(tax_benefit_system.parameters, depth=2)
    premiums = rows["health_insurance.premiums"]
    assert premiums["until"][0] == datetime.date(2027, 2, 28) and "kyokai_kenpo.rate" in premiums["until"][1]


@pytest.fixture
def osaka_uncovered(tax_benefit_system):
    """A copy of the parameters where Osaka's Kyokai rate has no value from May 2026 (a null)."""
    from openfisca_core.reforms import Reform

    class osaka_null(Reform):
        def apply(self):
            def modify(parameters):
                parameters.health_insurance.premiums.kyokai_kenpo.rate.osaka.update(start=periods.instant("2026-05-01"), value=None)
                return parameters

            self.modify_parameters(modifier_function=modify)

    return osaka_null(tax_benefit_system).get_parameters_at_instant("2026-06-01").health_insurance.premiums.kyokai_kenpo.rate


def test_only_the_members_used_must_be_covered(osaka_uncovered):
    tokyo = EnumArray(np.full(3, Prefecture.tokyo.index, dtype=np.int16), Prefecture)
    osaka = EnumArray(np.full(1, Prefecture.osaka.index, dtype=np.int16), Prefecture)
    assert list(osaka_uncovered[tokyo]) == list(enum_indexed(osaka_uncovered, tokyo)) == [0.0985] * 3
    for read in (lambda: osaka_uncovered[osaka], lambda: enum_indexed(osaka_uncovered, osaka), lambda: osaka_uncovered.osaka):
        with pytest.raises(ParameterNotCoveredError, match="kyokai_kenpo.rate.osaka is not covered on 2026-06-01"):
            read()


def test_value_or_none_refuses_only_unknown_values(tax_benefit_system):
    later = tax_benefit_system.get_parameters_at_instant("2027-06-01").employees_pension.premiums
    with pytest.raises(NotCoveredError):
        value_or_none(later, "rate")  # after its last_value_still_valid_on: not "not in force"
    assert value_or_none(tax_benefit_system.get_parameters_at_instant("2010-01-01").employees_pension.premiums, "standard_remuneration_grades") is None
