"""Calibration of the synthetic population to official totals, and the table that shows how close it is.

Targets are in `openfisca_japan/data/calibration_targets.yaml` (value, source, URL, how it was verified).
Two kinds:

- **count targets** (persons by age group, insured persons and dependants by scheme, pension categories):
  the household weights are calibrated so that the weighted counts reproduce them. Only targets whose
  value is verified (the project's evidence rule: the official text read, or two agreeing independent
  transcriptions) are calibrated on; the others are shown, not used.
- **money totals** (premium revenue of a scheme): never calibrated on, only compared (validation).

A person's status comes from the model itself (`health_insurance_scheme`, `pension_insured_category`,
`is_employees_pension_insured`, ...), computed for the first month of the fiscal year. A dependant
(被扶養者) belongs to the insurer of the household's employee-insured member (the head first).

Calibration is integrated (one weight per household, every member weighs the household's weight): the
indicators are summed per household and the household weights solved by the generalised raking of
Deville and Särndal (1992) with bounded weight ratios (the `logit` distance of CALMAR), as implemented by
the maintained library `python-icarus` (import `pycarus`, EDF). Why this library: it takes a matrix of
household totals (the integrated household calibration that count targets on persons need), keeps the
weights positive and bounded, and its dependencies are light (numpy, pandas, scipy, matplotlib, seaborn).
PolicyEngine's `microcalibrate` solves the same problem by gradient descent but needs PyTorch (about 1 GB
with its CUDA wheels) and Python 3.11+; `samplics` rakes units on categorical margins only (no household
totals) and its linear calibration allows negative weights; `ipfn` (last release 2021) also rakes units
on categorical margins only.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from openfisca_japan.paths import DATA_DIR

TARGETS_FILE = DATA_DIR / "calibration_targets.yaml"
DEFAULT_POPULATION_FILE = DATA_DIR / "default_population.parquet"
#: weight ratios allowed by the calibration (calibrated weight / initial weight)
BOUNDS = (0.05, 20.0)
TOLERANCE = 1e-4  # relative gap at which the calibration stops (0.01 %)
EMPLOYEE_SCHEMES = ("employee_health_insurance", "voluntary_continued")
#: input columns of the person table the tables read (age and sex for the counts, wages for the wage means)
KEEP_COLUMNS = ("_age", "_sex", "annual_income", "monthly_wage", "_regular", "_scheduled_wage", "receives_public_assistance")


@lru_cache(maxsize=2)
def load_targets(path=TARGETS_FILE):
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def _entry(targets, key):
    """The YAML entry `section.name[.field]` (a dict value is read by its field)."""
    section, name, *field = key.split(".")
    entry = dict(targets[section][name])
    if field:
        entry["value"] = (entry.get("value") or {}).get(field[0])
    return entry


@dataclass(frozen=True)
class CountTarget:
    key: str  # section.name[.field] in calibration_targets.yaml
    label: str
    indicator: str  # column of `indicators()`
    implied: bool = False  # implied by other calibrated targets (shown and checked, not a separate margin)
    group: str = ""  # rows of one table shown as one summary line (the CSV keeps every row)
    calibrate: bool = True  # False: verified but left out of the margins (it contradicts another target)


AGE_BANDS = ("0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85+")


def _band_key(band):
    return band.replace("-", "_").replace("+", "_and_over")


def _band_targets():
    """One count target per sex and 5-year age band (人口推計)."""
    return tuple(
        CountTarget(
            f"population.by_sex_and_5_year_age_band_2024_10_01.{sex}_{_band_key(band)}",
            f"{sex.capitalize()}s {band} ({'男' if sex == 'male' else '女'} {band.replace('+', '歳以上').replace('-', '〜')})",
            f"{sex}_{_band_key(band)}",
            group="Persons by sex and 5-year age band (男女・5歳階級別人口)",
        )
        for sex in ("male", "female")
        for band in AGE_BANDS
    )


HOUSEHOLD_SIZES = (2, 3, 4, 5, 6, 7)  # 7: seven or more persons


def _household_size_targets():
    """One count target per household size from 2 persons (国勢調査 表11-1; one-person households are a row of their own)."""
    return tuple(
        CountTarget(
            f"households.general_households_by_size_2020_census.{_size_key(size)}",
            f"{_size_label(size)} households ({size}人{'以上' if size == 7 else ''}世帯)",
            f"household_size_{_size_key(size)}",
            group="General households by size, 2 persons and more (世帯人員別一般世帯数)",
        )
        for size in HOUSEHOLD_SIZES
    )


def _size_key(size):
    return "7_and_over" if size == 7 else str(size)


def _size_label(size):
    return "7-or-more-person" if size == 7 else f"{size}-person"


SEX_AGE = "population.by_sex_and_age_group_2024_10_01"
COUNT_TARGETS = (
    CountTarget("population.total_2024_10_01", "Population (総人口)", "person"),
    CountTarget("population.under_15_2024_10_01", "Persons under 15 (15歳未満)", "age_under_15"),
    # the total minus the other two groups (a margin of its own would make the system singular)
    CountTarget("population.aged_15_to_64_2024_10_01", "Persons 15-64 (15〜64歳)", "age_15_to_64", implied=True),
    CountTarget("population.aged_65_and_over_2024_10_01", "Persons 65 and over (65歳以上)", "age_65_and_over"),
    # Persons 75+ (20.78 million on 2024-10-01) and late-stage insured (19.89 million, FY2023) are both margins:
    # the generator draws public-assistance households (生活保護), whose members are not late-stage insured, and
    # the weights settle the share of persons 75+ outside late-stage care (4.3 %: the recipients, and the year
    # between the two figures; see docs/analysis.md).
    CountTarget("population.aged_75_and_over_2024_10_01", "Persons 75 and over (75歳以上)", "age_75_and_over"),
    CountTarget("population.public_assistance_recipients_2023_04", "Public assistance recipients (被保護実人員)", "public_assistance"),
    CountTarget(f"{SEX_AGE}.male", "Men (男)", "male"),
    CountTarget(f"{SEX_AGE}.male_under_15", "Men under 15 (男 15歳未満)", "male_under_15"),
    CountTarget(f"{SEX_AGE}.male_15_to_64", "Men 15-64 (男 15〜64歳)", "male_15_to_64", implied=True),
    CountTarget(f"{SEX_AGE}.male_65_and_over", "Men 65 and over (男 65歳以上)", "male_65_and_over"),
    # women: the totals minus the men (implied by the margins above)
    CountTarget(f"{SEX_AGE}.female", "Women (女)", "female", implied=True),
    CountTarget(f"{SEX_AGE}.female_under_15", "Women under 15 (女 15歳未満)", "female_under_15", implied=True),
    CountTarget(f"{SEX_AGE}.female_15_to_64", "Women 15-64 (女 15〜64歳)", "female_15_to_64", implied=True),
    CountTarget(f"{SEX_AGE}.female_65_and_over", "Women 65 and over (女 65歳以上)", "female_65_and_over", implied=True),
    *_band_targets(),
    CountTarget("households.general_households_2020_census.total", "General households (一般世帯数)", "household"),
    CountTarget("households.general_households_2020_census.one_person", "One-person households (単独世帯)", "one_person_household"),
    *_household_size_targets(),
    CountTarget("health_insurance.kyokai_kenpo_insured_end_fy2024", "Kyokai Kenpo insured (協会けんぽ 被保険者)", "kyokai_kenpo_insured"),
    CountTarget("health_insurance.kyokai_kenpo_dependants_end_fy2024", "Kyokai Kenpo dependants (協会けんぽ 被扶養者)", "kyokai_kenpo_dependants"),
    CountTarget("health_insurance.health_insurance_societies_end_fy2022.insured", "Health insurance societies, insured (健保組合 被保険者)", "society_insured"),
    CountTarget("health_insurance.health_insurance_societies_end_fy2022.dependants", "Health insurance societies, dependants (健保組合 被扶養者)", "society_dependants"),
    CountTarget("health_insurance.mutual_aid_associations", "Mutual aid associations, members and dependants (共済組合 加入者)", "mutual_aid_members"),
    CountTarget("health_insurance.national_health_insurance_members_fy2023", "National Health Insurance members (国保 加入者)", "national_health_insurance"),
    CountTarget("health_insurance.late_stage_elderly_members_fy2023", "Late-stage elderly insured (後期高齢者医療 被保険者)", "late_stage_elderly"),
    CountTarget("pensions.employees_pension_insured_end_fy2023", "Employees' pension insured (厚生年金 被保険者)", "employees_pension_insured"),
    CountTarget("pensions.national_pension_category_1_end_fy2023", "National Pension category 1 (第1号被保険者)", "pension_category_1"),
    CountTarget("pensions.national_pension_category_3_end_fy2023", "National Pension category 3 (第3号被保険者)", "pension_category_3"),
    CountTarget("employment_insurance.insured", "Employment insurance insured (雇用保険 被保険者)", "employment_insurance_insured"),
    CountTarget("wages.mean_monthly_wage_by_sex_and_5_year_age_band_2024", "Wages by sex and age band (性・年齢階級別賃金)", ""),
)


def month_of(year):
    """The month whose statuses are counted: the first month of fiscal year `year`."""
    return f"{year}-04"


def indicator_outputs(year):
    """Output variables the indicators need (computed for the first month of the fiscal year)."""
    month = month_of(year)
    return [
        f"health_insurance_scheme@{month}",
        f"health_insurer@{month}",
        f"pension_insured_category@{month}",
        f"is_employees_pension_insured@{month}",
        f"is_employment_insurance_insured@{month}",
    ]


def _column(results, name, suffix):
    for candidate in (f"{name}{suffix}", name, f"{name}_baseline"):
        if candidate in results:
            return results[candidate]
    raise KeyError(f"results have no column {name!r}")


def indicators(results, year, suffix=""):
    """Person-level 0/1 indicators of every count target (columns named as `CountTarget.indicator`)."""
    month = month_of(year)
    scheme = _column(results, f"health_insurance_scheme@{month}", suffix).astype(str).to_numpy()
    insurer = _column(results, f"health_insurer@{month}", suffix).astype(str).to_numpy()
    category = _column(results, f"pension_insured_category@{month}", suffix).astype(str).to_numpy()
    age = results["_age"].to_numpy()
    household = results["household_id"].to_numpy()
    employee_insured = np.isin(scheme, EMPLOYEE_SCHEMES)
    # the insurer whose dependants a household's dependants are: its first employee-insured member's
    # (head first: persons are in household order, head first), else a mutual aid member's
    insured_rank = np.where(employee_insured | (scheme == "mutual_aid_association"), 0, 1)
    frame = pd.DataFrame({"h": household, "rank": insured_rank, "insurer": np.where(scheme == "mutual_aid_association", "mutual_aid_association", insurer)})
    first = frame[frame["rank"] == 0].drop_duplicates("h").set_index("h")["insurer"]
    household_insurer = pd.Series(household).map(first).fillna("none").to_numpy()
    dependant = scheme == "dependant"
    # households: one on each household's first row, by the household's number of persons
    first_row = ~pd.Series(household).duplicated().to_numpy()
    size = pd.Series(household).map(pd.Series(household).value_counts()).to_numpy()
    columns = {
        "person": np.ones(len(results)),
        "age_under_15": age < 15,
        "age_15_to_64": (age >= 15) & (age < 65),
        "age_65_and_over": age >= 65,
        "age_75_and_over": age >= 75,
        # members of public-assistance households (the generator's input column; unknown without it)
        "public_assistance": results["receives_public_assistance"].to_numpy(dtype=bool)
        if "receives_public_assistance" in results
        else np.full(len(results), np.nan),
        **_sex_indicators(results, age),
        "household": first_row,
        "one_person_household": first_row & (size == 1),
        **{f"household_size_{_size_key(n)}": first_row & ((size >= n) if n == 7 else (size == n)) for n in HOUSEHOLD_SIZES},
        "kyokai_kenpo_insured": employee_insured & (insurer == "kyokai_kenpo"),
        "kyokai_kenpo_dependants": dependant & (household_insurer == "kyokai_kenpo"),
        "society_insured": employee_insured & (insurer == "health_insurance_society"),
        "society_dependants": dependant & (household_insurer == "health_insurance_society"),
        "mutual_aid_members": (scheme == "mutual_aid_association") | (dependant & (household_insurer == "mutual_aid_association")),
        "national_health_insurance": scheme == "national_health_insurance",
        "late_stage_elderly": scheme == "late_stage_elderly",
        "employees_pension_insured": _column(results, f"is_employees_pension_insured@{month}", suffix).to_numpy(dtype=bool),
        "pension_category_1": category == "category_1",
        "pension_category_3": category == "category_3",
        "employment_insurance_insured": _column(results, f"is_employment_insurance_insured@{month}", suffix).to_numpy(dtype=bool),
    }
    return pd.DataFrame({name: np.asarray(values, dtype=np.float64) for name, values in columns.items()}, index=results.index)


def _sex_indicators(results, age):
    """Indicators by sex (and by sex and age) from the `_sex` column written by the generator; NaN without it
    (the rows are then shown without a population count)."""
    names = ["male", "male_under_15", "male_15_to_64", "male_65_and_over", "female", "female_under_15", "female_15_to_64", "female_65_and_over"]
    names += [f"{sex}_{_band_key(band)}" for sex in ("male", "female") for band in AGE_BANDS]
    if "_sex" not in results:
        return {name: np.full(len(results), np.nan) for name in names}
    sex = results["_sex"].astype(str).to_numpy()
    columns = {}
    for name in ("male", "female"):
        own = sex == name
        columns.update({name: own, f"{name}_under_15": own & (age < 15), f"{name}_15_to_64": own & (age >= 15) & (age < 65), f"{name}_65_and_over": own & (age >= 65)})
        for band in AGE_BANDS:
            low = int(band.rstrip("+").split("-")[0])
            high = int(band.split("-")[1]) if "-" in band else 10_000
            columns[f"{name}_{_band_key(band)}"] = own & (age >= low) & (age <= high)
    return columns


def target_rows(targets=None):
    """Every count target with its official value, source and whether it is verified (calibrated on)."""
    targets = targets or load_targets()
    rows = []
    for target in COUNT_TARGETS:
        entry = _entry(targets, target.key)
        value = entry.get("value")
        usable = isinstance(value, (int, float)) and bool(target.indicator)
        rows.append(
            {
                "key": target.key,
                "label": target.label,
                "indicator": target.indicator,
                "official": float(value) if usable else None,
                "year": str(entry.get("year") or ""),
                "source": entry.get("source", ""),
                "url": entry.get("url", ""),
                "verified": usable and entry.get("verified", True) is not False,
                "implied": target.implied,
                "group": target.group,
                "calibrate": target.calibrate,
                "verification": " ".join(str(entry.get("verification", "")).split()),
            }
        )
    return pd.DataFrame(rows)


def household_matrix(indicator_frame, household_id):
    """Indicators summed per household (rows in order of first appearance) and the household of each row."""
    codes, uniques = pd.factorize(pd.Series(household_id), sort=False)
    matrix = np.zeros((len(uniques), indicator_frame.shape[1]))
    np.add.at(matrix, codes, indicator_frame.to_numpy())
    return pd.DataFrame(matrix, columns=indicator_frame.columns), codes


def calibrate_weights(results, year, bounds=BOUNDS, tolerance=TOLERANCE):
    """Calibrated person weights (one per household) reproducing every verified count target.

    `results`: the person table with `household_id`, `weight`, `_age` and the `indicator_outputs(year)`
    columns. Returns (weights aligned on `results`, the table of targets used)."""
    from pycarus import calibrate

    rows = target_rows()
    used = rows[rows["verified"] & ~rows["implied"] & rows["calibrate"]]
    frame = indicators(results, year)[list(used["indicator"])]
    matrix, codes = household_matrix(frame, results["household_id"].to_numpy())
    first_row = pd.Series(np.arange(len(results))).groupby(codes).first().to_numpy()
    matrix["_weight"] = results["weight"].to_numpy(dtype=np.float64)[first_row]
    margins = {indicator: float(value) for indicator, value in zip(used["indicator"], used["official"], strict=True)}
    from pycarus import CalibrationError

    try:
        with warnings.catch_warnings():  # ill-conditioned steps and overflows on the way are the solver's business
            warnings.simplefilter("ignore")
            household_weights, _ = calibrate(
                survey_data=matrix, margins_dict=margins, method="logit", initial_weights_column="_weight",
                bounds=bounds, tolerance=tolerance, max_iter=200, verbose=False,
            )  # fmt: skip
    except CalibrationError as error:
        raise ValueError(
            f"calibration: the population cannot reproduce the official counts with weight ratios within {bounds} "
            f"({error}); a larger population (more households) usually can"
        ) from error
    return np.asarray(household_weights)[codes], used


def _weighted_sum(values, weights):
    """Σ values × weights, or None when the values are unknown (NaN: a column the results do not carry)."""
    total = float(values @ weights)
    return None if np.isnan(total) else total


def count_table(results, year, weights=None, suffix=""):
    """Every count target: official value, the population's weighted count, error (%)."""
    weights = results["weight"].to_numpy(dtype=np.float64) if weights is None else np.asarray(weights, dtype=np.float64)
    frame = indicators(results, year, suffix)
    rows = target_rows()
    model = [_weighted_sum(frame[i].to_numpy(), weights) if i else None for i in rows["indicator"]]
    rows["model"] = model
    rows["error"] = [(m - o) / o if (m is not None and o) else None for m, o in zip(model, rows["official"], strict=True)]
    return rows


# Money totals: validated, never calibrated on. Each: target key, label, what the model sums (or averages).
MONEY_TOTALS = (
    ("money_totals.kyokai_kenpo_premium_revenue_fy2024", "Kyokai Kenpo premium revenue (協会けんぽ 保険料収入)", "health_premium:kyokai_kenpo"),
    ("money_totals.health_insurance_societies_premium_revenue_fy2024", "Health insurance societies premium revenue (健保組合 保険料収入)", "health_premium:health_insurance_society"),
    ("money_totals.national_health_insurance_premium_revenue_fy2023", "National Health Insurance premiums (国保 保険料(税)収入)", "national_health_insurance_premium"),
    ("money_totals.employees_pension_premium_revenue", "Employees' pension premium revenue (厚生年金 保険料収入)", "employees_pension_premium"),
    ("money_totals.dependants_near_1_3_million_line", "Dependants with income 1.0-1.3 million (被扶養者 年収100〜130万円)", "dependants_near_line"),
    # means (yen): what drives the premium revenue
    ("money_totals.health_insurance_societies_mean_standard_monthly_remuneration_fy2024", "Mean standard monthly remuneration, society insured (健保組合 平均標準報酬月額)", "mean:society_remuneration"),
    ("money_totals.national_health_insurance_mean_income_per_member", "Mean income per NHI member, a year (国保 加入者一人当たり平均所得)", "mean:nhi_income"),
    ("wages.mean_monthly_scheduled_wage_2024.male", "Mean monthly wage, regular private employees, men (一般労働者 所定内給与額 男)", "mean:wage_male"),
    ("wages.mean_monthly_scheduled_wage_2024.female", "Mean monthly wage, regular private employees, women (一般労働者 所定内給与額 女)", "mean:wage_female"),
)


def money_outputs(year):
    """Output variables the money totals need (over the fiscal year) besides the indicators."""
    return [
        "health_insurance_premium", "national_health_insurance_premium", "employees_pension_premium",
        f"standard_monthly_remuneration_health@{month_of(year)}",
        f"total_income@{year - 1}",  # the income the fiscal year's NHI premiums are assessed on
    ]  # fmt: skip


def _mean_measure(results, measure, month, suffix, insurer, scheme):
    """(values, mask) of a `mean:` measure: the weighted mean of values over the persons of the mask."""
    if measure == "mean:society_remuneration":
        values = _column(results, f"standard_monthly_remuneration_health@{month}", suffix).to_numpy(dtype=np.float64)
        return values, np.isin(scheme, EMPLOYEE_SCHEMES) & (insurer == "health_insurance_society")
    if measure == "mean:nhi_income":  # total income (総所得金額) of the calendar year before, per NHI member
        values = _column(results, f"total_income@{int(month[:4]) - 1}", suffix).to_numpy(dtype=np.float64)
        return values, scheme == "national_health_insurance"
    sex = "male" if measure == "mean:wage_male" else "female"
    # regular employees of private employers (賃金構造基本統計調査 covers private establishments)
    mask = results["_regular"].to_numpy(dtype=bool) & (results["_sex"].astype(str).to_numpy() == sex) & (insurer != "mutual_aid_association")
    # the survey's 所定内給与額 is the wage without overtime (`_scheduled_wage`; `monthly_wage` counts overtime pay)
    wage = results["_scheduled_wage"] if "_scheduled_wage" in results else results["monthly_wage"]
    return wage.to_numpy(dtype=np.float64), mask


def money_table(results, year, weights=None, suffix=""):
    """Every money total: official value (when one was verified), the population's weighted total, error.
    Rows `kind` "mean" are weighted means (yen), "count" persons, "total" yen."""
    weights = results["weight"].to_numpy(dtype=np.float64) if weights is None else np.asarray(weights, dtype=np.float64)
    targets = load_targets()
    month = month_of(year)
    insurer = _column(results, f"health_insurer@{month}", suffix).astype(str).to_numpy()
    scheme = _column(results, f"health_insurance_scheme@{month}", suffix).astype(str).to_numpy()
    rows = []
    for key, label, measure in MONEY_TOTALS:
        entry = _entry(targets, key)
        kind = "mean" if measure.startswith("mean:") else "count" if measure == "dependants_near_line" else "total"
        try:
            if measure.startswith("mean:"):
                values, mask = _mean_measure(results, measure, month, suffix, insurer, scheme)
                model = float((values * mask) @ weights / (mask @ weights)) if (mask @ weights) > 0 else None
            else:
                if measure.startswith("health_premium:"):
                    values = _column(results, "health_insurance_premium", suffix).to_numpy(dtype=np.float64) * (insurer == measure.split(":")[1])
                elif measure == "dependants_near_line":
                    income = results["annual_income"].to_numpy(dtype=np.float64)
                    values = ((scheme == "dependant") & (income >= 1_000_000) & (income < 1_300_000)).astype(np.float64)
                else:
                    values = _column(results, measure, suffix).to_numpy(dtype=np.float64)
                model = float(values @ weights)
        except KeyError:
            model = None
        official = entry.get("value")
        official = float(official) if isinstance(official, (int, float)) and entry.get("verified", True) is not False else None
        approximate = entry.get("approximate")
        approximate = float(approximate) if isinstance(approximate, (int, float)) else None
        rows.append(
            {
                "key": key, "label": label, "kind": kind, "official": official, "model": model,
                "error": (model - official) / official if (official and model is not None) else None,
                "approximate": approximate,
                "error_vs_approximate": (model - approximate) / approximate if (approximate and model is not None) else None,
                "year": str(entry.get("year") or ""), "source": entry.get("source", ""), "url": entry.get("url", ""),
                "verification": " ".join(str(entry.get("verification", "")).split()),
            }
        )  # fmt: skip
    return pd.DataFrame(rows)


def load_default_population():
    """The calibrated population shipped with the package (see docs/analysis.md)."""
    if not DEFAULT_POPULATION_FILE.exists():
        raise FileNotFoundError(f"{DEFAULT_POPULATION_FILE} is missing: `openfisca-japan synth --calibrate` makes one")
    return pd.read_parquet(DEFAULT_POPULATION_FILE)


def calibrate_population(table, year, keep_results=False, strict=True, **options):
    """`table` (a synthetic person table with `_age`) with its `weight` column calibrated to the verified
    count targets; the model computes each person's statuses for the first month of fiscal year `year`.
    When the counts cannot be reached (a small population): an error, or with `strict=False` a warning
    and the table's own weights."""
    from openfisca_japan.analysis.microsimulation import run_microsimulation

    results = run_microsimulation(
        table, indicator_outputs(year), month_of(year), keep_columns=tuple(c for c in ("_age", "_sex", "receives_public_assistance") if c in table),
        progress=False, validate_input=False, **options
    )
    try:
        weights, _ = calibrate_weights(results, year)
    except ValueError as error:
        if strict:
            raise
        warnings.warn(f"{error}: the population keeps its own weights", stacklevel=2)
        weights = results["weight"].to_numpy(dtype=np.float64)
    calibrated = table.copy()
    calibrated["weight"] = weights
    if keep_results:
        results["weight"] = weights
        return calibrated, results
    return calibrated


def run_outputs(year):
    """Every output the calibration table needs, for a run over fiscal year `year`."""
    return indicator_outputs(year) + money_outputs(year)


def calibration_report(table, year, **options):
    """(count table, money table) of a person table: the model run over fiscal year `year`."""
    from openfisca_japan.analysis.microsimulation import run_microsimulation

    keep = [c for c in KEEP_COLUMNS if c in table]
    results = run_microsimulation(table, run_outputs(year), f"year:{year}-04", keep_columns=keep, validate_input=False, **options)
    return count_table(results, year), money_table(results, year)


def _missing(value):
    return value is None or (isinstance(value, float) and np.isnan(value))


def _fmt(value, money=False):
    if _missing(value):
        return "—"
    return f"¥{value / 1e9:,.1f} bn" if money else f"{value:,.0f}"


def _status(row):
    if _missing(row["official"]):
        return "no verified figure (not calibrated)"
    if not row["verified"]:
        return "unverified: shown, not calibrated"
    if not row.get("calibrate", True):
        return "verified, not a margin: contradicts the late-stage count (see docs)"
    if row.get("implied"):
        return "implied by the others" + (" ✓" if not _missing(row["error"]) and abs(row["error"]) <= 0.01 else " ✗ (> 1 %)")
    return "calibrated" + (" ✓" if not _missing(row["error"]) and abs(row["error"]) <= 0.01 else " ✗ (> 1 %)")


def _group_summary(rows):
    """One line for a group of rows (the 36 cells by sex and age band): their totals and the largest error."""
    errors = rows["error"].dropna().astype(float)
    official = rows["official"].dropna().astype(float).sum() if rows["official"].notna().any() else None
    model = rows["model"].dropna().astype(float).sum() if rows["model"].notna().any() else None
    if len(errors):
        worst = errors.abs().idxmax()
        error = f"worst {errors[worst]:+.1%} ({rows.loc[worst, 'label'].split(' (')[0]}); mean |error| {errors.abs().mean():.1%}"
    else:
        error = ""
    status = _status(rows.iloc[0]) if len(rows) else ""
    return _fmt(official), _fmt(model), error, f"{status} — {len(rows)} cells, each in calibration_counts.csv"


def rich_tables(counts, money):
    """The calibration table (count targets) and the validation table (money totals) as `rich` tables."""
    from rich.table import Table

    table = Table(title="Calibration: count targets (weighted persons; calibrated on the verified ones)", title_justify="left")
    for name, justify in (("target", "left"), ("official", "right"), ("population", "right"), ("error", "right"), ("status", "left"), ("year · source", "left")):
        table.add_column(name, justify=justify, overflow="fold")
    shown = set()
    for _, row in counts.iterrows():
        group = row.get("group") or ""
        if group:
            if group in shown:
                continue
            shown.add(group)
            official, model, error, status = _group_summary(counts[counts["group"] == group])
            table.add_row(group, official, model, error, status, f"{row['year']} · {row['source']}")
            continue
        error = "" if _missing(row["error"]) else f"{row['error']:+.2%}"
        table.add_row(row["label"], _fmt(row["official"]), _fmt(row["model"]), error, _status(row), f"{row['year']} · {row['source']}")
    validation = Table(title="Validation: money totals and the means behind them (not calibrated on; goal within 5 %)", title_justify="left")
    for name, justify in (("total", "left"), ("official", "right"), ("population", "right"), ("error", "right"), ("year · source", "left")):
        validation.add_column(name, justify=justify, overflow="fold")
    for _, row in money.iterrows():
        kind = row.get("kind", "total")
        money_total = kind == "total"
        error = "" if _missing(row["error"]) else f"{row['error']:+.1%}"
        official = _fmt(row["official"], money_total) if not _missing(row["official"]) else "no verified figure"
        if _missing(row["official"]) and not _missing(row.get("approximate")):
            official = f"≈{_fmt(row['approximate'], money_total)} (approx., unverified)"
            error = f"≈{row['error_vs_approximate']:+.1%}" if not _missing(row.get("error_vs_approximate")) else ""
        model = _fmt(row["model"], money_total)
        if kind == "mean":
            if not _missing(row["official"]):
                official = f"¥{row['official']:,.0f}"
            elif not _missing(row.get("approximate")):
                official = f"≈¥{row['approximate']:,.0f} (approx., unverified)"
            model = "—" if _missing(row["model"]) else f"¥{row['model']:,.0f}"
        validation.add_row(row["label"], official, model, error, f"{row['year']} · {row['source']}")
    return [table, validation]


def print_tables(counts, money, console=None):
    from rich.console import Console

    console = console or Console(width=170)
    for table in rich_tables(counts, money):
        console.print(table)
