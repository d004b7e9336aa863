"""Which National Health Insurance rate table a household pays by (国民健康保険料（税）率), one portion at a time.

NHI rates are set by each municipality (国民健康保険法 第76条, 第81条), except where a prefecture has unified them
(都道府県内保険料水準の完全統一: Osaka, Nara). For a household and a portion, the table is:
1. its municipality's own, `parameters/municipal/<name>/national_health_insurance/<portion>.yaml`;
2. else that of the folder its municipality names in `metadata.nhi_common` (a Tokyo special ward: the wards'
   common medical, elderly-support and child-support portions);
3. else its prefecture's unified table, `parameters/national_health_insurance/unified_prefectures/<prefecture>/`;
4. else none: a clear error naming the municipality (not covered).
A table's `cap` (賦課限度額) replaces the statutory cap where the table has that leaf (Osaka and Nara apply caps
below the statutory ones); a table with the leaf but no value for the year is not covered for that year. A table's
optional `rounding_unit` is the unit its portion is truncated to (the yen without it; 100 for Saitama's NHI tax).
"""

import numpy as np
import yaml

from openfisca_japan.enums import PrefectureOfResidence
from openfisca_japan.law.coverage import NotCoveredError, refusing
from openfisca_japan.law.municipalities import (
    MODELLED,
    MUNICIPAL_DIR,
    NHI_COMMON_OF,
    Municipality,
    households_described,
    value_or_none,
)
from openfisca_japan.paths import PARAMETERS_DIR

UNIFIED_DIR = PARAMETERS_DIR / "national_health_insurance" / "unified_prefectures"
PORTIONS = ("medical", "elderly_support", "nursing_care", "child_support")


def _file(kind, name, portion):
    folder = MUNICIPAL_DIR / name / "national_health_insurance" if kind == "municipal" else UNIFIED_DIR / name
    return folder / f"{portion}.yaml"


def _read_tables(portion):
    """The tables of a portion as (kind, folder name, has a `cap` leaf), and the table of each Municipality member
    and of each PrefectureOfResidence member (an index into the tables, -1 for none)."""
    found = [("municipal", m.name) for m in MODELLED] + [("unified", p.name) for p in PrefectureOfResidence]
    tables = [(kind, name) for kind, name in found if _file(kind, name, portion).is_file()]
    index = {table: i for i, table in enumerate(tables)}
    caps = np.array([bool("cap" in (yaml.safe_load(_file(*t, portion).read_text(encoding="utf-8")) or {})) for t in tables])
    own = {m: index.get(("municipal", m.name), -1) for m in Municipality}
    by_municipality = np.array([own[m] if own[m] >= 0 else own.get(NHI_COMMON_OF.get(m), -1) for m in Municipality])
    by_prefecture = np.array([index.get(("unified", p.name), -1) for p in PrefectureOfResidence])
    return tables, caps, by_municipality, by_prefecture


TABLES = {portion: _read_tables(portion) for portion in PORTIONS}


def table_of_households(household, period, portion, concerned):
    """Index of each household's table for the portion (see the module); a clear error for the households
    concerned that have none."""
    _, _, by_municipality, by_prefecture = TABLES[portion]
    municipality = np.asarray(household("modelled_municipality", period.first_month), dtype=int)
    prefecture = np.asarray(household("residence_prefecture", period.first_month), dtype=int)
    table = np.where(by_municipality[municipality] >= 0, by_municipality[municipality], by_prefecture[prefecture])
    missing = (table < 0) & concerned
    if missing.any():
        raise refusing(NotCoveredError(
            f"national_health_insurance_premium_{portion} ({period}): no NHI rate table for "
            f"{households_described(household, period.first_month, missing)}: not covered (the municipalities with "
            "tables, and the prefectures with unified rates, are listed in docs/municipal.md)"
        ), "household", missing, f"national_health_insurance_premium_{portion} ({period}): no NHI rate table for the "
            "household's municipality or prefecture: not covered")
    return table


def table_values(parameters, instant, portion, leaf):
    """The value of `leaf` of each table of the portion at the instant (NaN where it has none)."""
    node = parameters(instant)
    values = []
    for kind, name in TABLES[portion][0]:
        path = f"municipal.{name}.national_health_insurance.{portion}.{leaf}" if kind == "municipal" else \
            f"national_health_insurance.unified_prefectures.{name}.{portion}.{leaf}"
        value = value_or_none(node, path)
        values.append(np.nan if value is None else float(value))
    return np.array(values, dtype=np.float64)


def rates(household, period, parameters, portion, concerned, statutory_cap):
    """(income rate, per-capita amount, per-household amount, cap, rounding unit) of each household's table for the
    portion; a clear error for the households concerned whose table has no value for the year. The rounding unit
    (`rounding_unit`, optional) is what the portion's annual amount is truncated to: the yen when the table has no
    such leaf (a premium, 保険料), e.g. 100 yen for a municipality levying the NHI tax (国民健康保険税, 地方税法
    第20条の4の2第3項) that truncates each portion."""
    table = table_of_households(household, period, portion, concerned)
    safe = np.maximum(table, 0)
    tables, caps, _, _ = TABLES[portion]
    found = []
    for leaf in ("income_rate", "per_capita", "per_household", "cap"):
        values = table_values(parameters, period.start, portion, leaf)[safe]
        needed = concerned & (caps[safe] if leaf == "cap" else True)
        if (np.isnan(values) & needed).any():
            missing = np.isnan(values) & needed
            names = _tables_named(missing, [tables[i] for i in safe])
            raise refusing(NotCoveredError(_no_value(household, period, portion, leaf, missing, [tables[i] for i in safe])),
                           "household", missing, f"national_health_insurance_premium_{portion} ({period}): no official "
                           f"value of {leaf} in the NHI table of {', '.join(names)} for this fiscal year: not covered")
        found.append(values)
    cap = np.where(caps[safe], found[3], statutory_cap)
    refuse_households_with_children(household, period, portion, concerned, safe, table_values(
        parameters, period.start, portion, "own_child_reduction_below_age")[safe])
    unit = np.nan_to_num(table_values(parameters, period.start, portion, "rounding_unit")[safe], nan=1)
    return np.nan_to_num(found[0]), np.nan_to_num(found[1]), np.nan_to_num(found[2]), cap, np.maximum(unit, 1)


def reduced_amount_reading(household, period, parameters, portion, concerned, total_only, each_amount):
    """The portion where the reduced per-capita and per-household amounts (軽減後の均等割額・平等割額) have
    fractions of a yen. A table may state whether each reduced amount is truncated to the yen
    (`truncates_each_reduced_amount`: 1) or only the portion's total (0); without that leaf the rule was not read in
    an official source, and the households concerned whose premium differs between the two readings are refused
    rather than given either answer (e.g. 大阪府's unified table: 34,803 × 0.8 = 27,842.4)."""
    table = np.maximum(table_of_households(household, period, portion, concerned), 0)
    stated = table_values(parameters, period.start, portion, "truncates_each_reduced_amount")[table]
    premium = np.where(stated == 1, each_amount, total_only)
    refused = concerned & np.isnan(stated) & (each_amount != total_only)
    if refused.any():
        names = _tables_named(refused, [TABLES[portion][0][i] for i in table])
        reason = (f"national_health_insurance_premium_{portion} ({period}): whether the NHI table of {', '.join(names)} "
                  "truncates each reduced per-capita and per-household amount to the yen or only the portion's total "
                  "was not read in an official source, and the two readings give different premiums")
        raise refusing(NotCoveredError(f"{reason} for {households_described(household, period.first_month, refused)}: "
                                       "not covered (see docs/municipal.md)"), "household", refused, f"{reason}: not covered")
    return premium


def refuse_households_with_children(household, period, portion, concerned, table, below_age):
    """A clear error for the households concerned with a person under `below_age` (age at the start of the fiscal
    year) whose table has the optional leaf `own_child_reduction_below_age`: the city's own reduction for households
    with children (e.g. Yokohama's 子どもがいる世帯の世帯主に係る所得割額の減額) is not modelled, so those households
    are refused rather than overcharged (households without an income-based amount have nothing to reduce)."""
    if np.isnan(below_age).all():
        return
    age = household.members("age", period.first_month.offset(-1))
    child = household.any(age < household.project(np.nan_to_num(below_age, nan=-1)))
    income_based = household.any(household.members("nhi_assessment_base", period) > 0)  # else nothing to reduce
    refused = concerned & child & income_based & ~np.isnan(below_age)
    if refused.any():
        names = sorted({f"{kind} {name}" for (kind, name), flag in zip([TABLES[portion][0][i] for i in table], refused, strict=True) if flag})
        raise refusing(NotCoveredError(
            f"national_health_insurance_premium_{portion} ({period}): the NHI table of {', '.join(names)} has a "
            f"city-own reduction for households with children that is not modelled, for "
            f"{households_described(household, period.first_month, refused)}: not covered (see docs/municipal.md)"),
            "household", refused, f"national_health_insurance_premium_{portion} ({period}): the NHI table of "
            f"{', '.join(names)} has a city-own reduction for households with children that is not modelled: not covered")


def _tables_named(missing, tables):
    """'municipal yokohama' for each table of the households of `missing`."""
    return [f"{kind} {name}" for kind, name in sorted({table for table, flag in zip(tables, missing, strict=True) if flag})]


def _no_value(household, period, portion, leaf, missing, tables):
    bad = sorted({table for table, flag in zip(tables, missing, strict=True) if flag})
    names = [f"{kind} {name}" + (f" ({why})" if (why := _why_not_covered(kind, name)) else "") for kind, name in bad]
    return (f"national_health_insurance_premium_{portion} ({period}): no official value of {leaf} in the NHI table of "
            f"{', '.join(names)} for this fiscal year, for {households_described(household, period.first_month, missing)}: "
            "left uncovered on purpose (see docs/municipal.md, 'Not covered')")


def _why_not_covered(kind, name):
    """The table's `metadata.not_covered` (its folder's index.yaml), in one line; '' when it has none."""
    index = _file(kind, name, "index")
    meta = (yaml.safe_load(index.read_text(encoding="utf-8")) or {}).get("metadata", {}) if index.is_file() else {}
    return " ".join(str(meta.get("not_covered", "")).split())
