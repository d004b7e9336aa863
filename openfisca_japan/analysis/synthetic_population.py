"""Synthetic population: households, employers and persons with plausible Japanese distributions.

`generate(persons, seed)` returns a person table for the microsimulation (one row a person: ids, roles,
weights and input variables). Every distribution comes from `openfisca_japan/data/
synthetic_population_marginals.yaml`, which names its published source (人口推計, 国勢調査, 労働力調査,
賃金構造基本統計調査, 毎月勤労統計調査, 経済センサス); generation is vectorised numpy, reproducible with the seed.

Scope `modelled` (default) puts every household in a municipality modelled under `parameters/municipal/`
(their prefecture follows), so that municipal premiums (National Health Insurance) can be computed;
scope `national` spreads households over the 47 prefectures (municipality `not_modelled`), for analyses of
employee premiums only. Employers are in the prefecture of their employees' households (commuting across
prefecture lines is not modelled); their size (`employee_count`) is drawn from the published size classes,
independently of how many synthetic persons they employ.

Columns: `person_id`, `household_id`, `household_role`, `employer_id` (empty when no employer), `weight`,
`birth_date`, `employment_status`, `residence_status`, `is_student`, `monthly_wage`, `weekly_working_hours`,
`bonus@YYYY-06`, `bonus@YYYY-12`, `annual_income`, `relationship_to_insured_person`, `annual_employment_income@Y`, `public_pension_income@Y`,
`business_and_other_income@Y` (for the calendar years Y−1 and Y of fiscal year Y), `receives_public_assistance`, `prefecture`,
`municipality`, employer columns `employer_prefecture`, `health_insurer`, `health_insurance_society_rate`,
`employee_count`, the society and mutual-aid rates, and the metadata `_sex`, `_age`, `_household_type`, `_regular`,
`_scheduled_wage` (所定内給与: `monthly_wage` without overtime; ignored by the model).

A stated assumption, as data: `nhi_pension_earner_reading` is `over_1_25_million` for every person. Official
pages disagree whether a person aged 65 or over with public pension receipts of 1.1-1.25 million yen counts as a
pension earner in the 7/5/2-tenths reduction test (125万円超 on most, 110万円超 on some); the model refuses a
household whose tier depends on it unless the reading is given. The synthetic population gives the reading of
most official pages; a table of real persons should carry the municipality's reading, or leave the column out
and get the refusal.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from openfisca_japan.paths import DATA_DIR  # noqa: E402

MARGINALS_FILE = DATA_DIR / "synthetic_population_marginals.yaml"
HOUSEHOLD_TYPES = ("single", "couple", "couple_with_children", "single_parent", "three_generations")


@lru_cache(maxsize=4)
def load_marginals(path=MARGINALS_FILE):
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def _choice(rng, options, weights, size):
    weights = np.asarray(weights, dtype=np.float64)
    return rng.choice(np.asarray(options), size=size, p=weights / weights.sum())


def _age_band(age, bands):
    return np.clip(np.searchsorted(np.asarray(bands), age, side="right") - 1, 0, len(bands) - 1)


def _households(rng, persons, m):
    """Household types and members: per-person arrays (household index, role, age, sex)."""
    shares = m["households"]["type_shares"]
    estimate = int(persons / 2.0) + 16
    while True:
        kind = _choice(rng, np.arange(len(HOUSEHOLD_TYPES)), [shares[t] for t in HOUSEHOLD_TYPES], estimate)
        counts = m["households"]["children_count_shares"]
        children = _choice(rng, np.array(list(counts), dtype=np.int64), list(counts.values()), estimate)
        has_spouse = np.isin(kind, [1, 2, 4])
        n_children = np.where(np.isin(kind, [2, 3]), children, np.where(kind == 4, np.minimum(children, 2), 0))
        n_parents = np.where(kind == 4, rng.integers(1, 3, estimate), 0)
        size = 1 + has_spouse + n_children + n_parents
        total = np.cumsum(size)
        if total[-1] >= persons:
            break
        estimate *= 2
    count = int(np.searchsorted(total, persons)) + 1
    kind, has_spouse, n_children, n_parents, size = kind[:count], has_spouse[:count], n_children[:count], n_parents[:count], size[:count]
    household = np.repeat(np.arange(count), size)[:persons]
    start = np.r_[0, np.cumsum(size)[:-1]]
    position = np.arange(persons) - start[household]
    spouse_slot = has_spouse[household]
    role = np.select(
        [position == 0, spouse_slot & (position == 1), position < 1 + spouse_slot + n_children[household]],
        ["head", "spouse", "child"],
        "other",
    )
    # Ages
    bands_from = m["households"]["head_age_bands_from"]
    weights = m["households"]["head_age_band_weights"]
    head_band = np.empty(count, dtype=np.int64)
    for index, name in enumerate(HOUSEHOLD_TYPES):  # loop over 5 household types, not persons
        mask = kind == index
        head_band[mask] = _choice(rng, np.arange(len(weights[name])), weights[name], int(mask.sum()))
    head_age = bands_from + 5 * head_band + rng.integers(0, 5, count)
    h_age = head_age[household]
    spouse_age = np.clip(h_age + np.rint(rng.normal(-2, 3, persons)).astype(np.int64), 18, 100)
    child_age = np.clip(h_age - 24 - rng.integers(0, 15, persons) - 2 * (position - 1 - spouse_slot), 0, np.maximum(h_age - 16, 0))
    parent_age = np.clip(h_age + 25 + rng.integers(0, 10, persons), 0, 100)
    age = np.select([role == "head", role == "spouse", role == "child"], [h_age, spouse_age, child_age], parent_age)
    head_male = rng.random(count) < np.where(has_spouse, 0.8, 0.5)
    h_male = head_male[household]
    male = np.select(
        [role == "head", role == "spouse", role == "other"],
        [h_male, ~h_male, rng.random(persons) < 0.4],
        rng.random(persons) < 0.5,
    )
    age = age.astype(np.int64)
    bands = m["population"].get("by_sex_and_5_year_band_thousands")
    if bands:
        age = _align_ages(rng, age, male, bands)
        age = np.where(np.isin(role, ["head", "spouse"]), np.maximum(age, 18), age)
    return household, role, age, male, kind[household]


def _align_ages(rng, age, male, bands):
    """Ages moved so that each sex follows the published 5-year bands (人口推計), keeping the order of the ages
    drawn from the household shapes (a monotone map per sex: a parent stays older than their children, a head
    older than the young members of the household). The person of rank r among n of a sex gets the age at the
    quantile (r + 1/2) / n of the published distribution, evenly within a 5-year band; the last band (85+)
    with a density falling by a factor e every 5 years, up to 104."""
    aligned = age.copy()
    for own, weights in ((male, bands["male"]), (~male, bands["female"])):
        rows = np.flatnonzero(own)
        if not len(rows):
            continue
        weights = np.asarray(weights, dtype=np.float64)
        share = weights / weights.sum()
        upper = np.cumsum(share)
        order = np.argsort(age[rows] + rng.random(len(rows)), kind="stable")  # ties broken at random
        quantile = (np.arange(len(rows)) + 0.5) / len(rows)
        band = np.minimum(np.searchsorted(upper, quantile, side="right"), len(share) - 1)
        within = np.clip((quantile - (upper[band] - share[band])) / share[band], 0.0, 1.0 - 1e-9)
        last = band == len(share) - 1
        tail = -5.0 * np.log1p(-within * (1.0 - np.exp(-20.0 / 5.0)))  # 0..20 years above 85
        years = np.where(last, np.minimum(np.floor(tail), 19), np.floor(within * 5))
        aligned[rows[order]] = (5 * band + years).astype(np.int64)
    return aligned


def generate(
    persons: int, seed: int = 0, year: int = 2025, scope: str = "modelled", marginals_path=MARGINALS_FILE, municipalities=None
) -> pd.DataFrame:
    """A synthetic person table of `persons` persons for fiscal year `year` (April `year` – March `year+1`).

    `municipalities` restricts scope `modelled` to these municipality names (e.g. those whose rates are
    known for the year)."""
    if persons < 1:
        raise ValueError("persons must be at least 1")
    m = load_marginals(Path(marginals_path))
    rng = np.random.default_rng(seed)
    household, role, age, male, kind = _households(rng, persons, m)
    n = persons
    sex = np.where(male, "male", "female")

    # Where households live
    household_count = int(household.max()) + 1
    municipality, prefecture = _locations(rng, household_count, scope, m, municipalities)
    municipality, prefecture = municipality[household], prefecture[household]

    # Work
    e = m["employment"]
    bands = e["age_bands"]
    band = _age_band(age, bands)
    working_age = age >= bands[0]
    rate = np.where(male, np.asarray(e["employment_rate"]["male"])[band], np.asarray(e["employment_rate"]["female"])[band])
    employed = working_age & (rng.random(n) < rate)
    self_employed = employed & (rng.random(n) < np.asarray(e["self_employed_share"])[band])
    public = employed & ~self_employed & (rng.random(n) < e["public_servant_share"])
    employee = employed & ~self_employed & ~public
    non_regular_share = np.where(male, np.asarray(e["non_regular_share"]["male"])[band], np.asarray(e["non_regular_share"]["female"])[band])
    non_regular = employee & (rng.random(n) < non_regular_share)
    regular = (employee | public) & ~non_regular
    student = (age >= 15) & (age <= 22) & ~regular & ((age < 18) | (rng.random(n) < e["student_share_18_22"]))
    status = np.select(
        [employee, public, self_employed, student, age >= 65, working_age],
        ["employee", "public_servant", "self_employed", "student", "retired", "homemaker"],
        "student",
    )
    status = np.where(~working_age & (age < 6), "homemaker", status)  # infants: not working (no child status)

    # Employers (their size sets the wage level of their regular employees)
    employer_id, employer_columns = _employers(rng, regular | non_regular, public, prefecture, m)

    # Wages
    w = m["wages"]
    profile = np.where(male, np.asarray(w["regular_age_profile"]["male"])[band], np.asarray(w["regular_age_profile"]["female"])[band])
    mean = np.where(male, w["regular_mean_monthly"]["male"], w["regular_mean_monthly"]["female"]) * _normalised(profile, regular, male)
    if "regular_mean_monthly_by_firm_size" in w:  # private employers: the mean of their size class
        by_size = w["regular_mean_monthly_by_firm_size"]
        size = np.searchsorted(np.asarray(by_size["min_employees"]), np.asarray(employer_columns["employee_count"]), side="right") - 1
        size_mean = np.where(male, np.asarray(by_size["male"])[size], np.asarray(by_size["female"])[size])
        sex_mean = np.where(male, w["regular_mean_monthly"]["male"], w["regular_mean_monthly"]["female"])
        mean = np.where(regular & ~public, mean * size_mean / sex_mean, mean)
    sd = w["regular_log_sd"]
    regular_wage = mean * np.exp(rng.normal(-sd * sd / 2, sd, n))
    hourly_mean = np.where(male, w["short_time_hourly_mean"]["male"], w["short_time_hourly_mean"]["female"])
    sd_short = w["short_time_log_sd"]
    hourly = np.maximum(hourly_mean * np.exp(rng.normal(-sd_short * sd_short / 2, sd_short, n)), 1000.0)
    hours_options = w["non_regular_weekly_hours"]
    hours = _choice(rng, np.array(list(hours_options), dtype=np.float64), list(hours_options.values()), n)
    weekly_hours = np.where(non_regular, hours, 40.0)
    scheduled_wage = np.select(
        [regular, non_regular], [np.round(regular_wage, -2), np.round(hourly * hours * 52 / 12, -1)], 0.0
    )
    # The remuneration (報酬月額) of the standard monthly remuneration also counts overtime pay: regular employees'
    # scheduled wage (所定内給与) plus the published share of overtime (所定外給与 / 所定内給与)
    overtime = w.get("overtime_share_of_scheduled", 0.0)
    monthly_wage = np.where(regular, np.round(scheduled_wage * (1 + overtime), -2), scheduled_wage)

    # Bonuses (June and December of the fiscal year)
    b = m["bonuses"]
    gets_bonus = np.where(regular, rng.random(n) < b["share_receiving_regular"], non_regular & (rng.random(n) < b["share_receiving_non_regular"]))
    bonus_months = np.where(regular, b["months_per_bonus_regular"], b["months_per_bonus_non_regular"])
    if "months_per_bonus_regular_society" in b:  # large firms' bonuses (健保連's 平均標準賞与額)
        society = np.asarray(employer_columns["health_insurer"]) == "health_insurance_society"
        bonus_months = np.where(regular & society, b["months_per_bonus_regular_society"], bonus_months)
    bonus = np.where(gets_bonus, np.round(monthly_wage * bonus_months * np.exp(rng.normal(0, 0.2, n)), -3), 0.0)

    # Other income
    p = m["pensions"]
    pensioner = age >= 65
    with_employees_pension = rng.random(n) < p["share_with_employees_pension"]
    pension_monthly = np.where(with_employees_pension, p["mean_monthly_employees_pension"], p["mean_monthly_basic_only"])
    pension = np.where(pensioner, np.round(12 * pension_monthly * np.exp(rng.normal(-0.045, 0.3, n)), -2), 0.0)
    s = m["self_employed"]
    business = np.where(self_employed, np.round(s["mean_annual_income"] * np.exp(rng.normal(-s["log_sd"] ** 2 / 2, s["log_sd"], n)), -3), 0.0)
    # family workers (家族従業者) work in a relative's business: its income is the owner's, not theirs
    family_worker = self_employed & (rng.random(n) < s.get("family_worker_share", 0.0))
    business = np.where(family_worker, 0.0, business)
    employment_income = 12 * monthly_wage + 2 * bonus

    # Residence
    r = m["residence"]
    foreign = rng.random(n) < r["foreign_share"]
    residence = np.where(foreign, np.where(rng.random(n) < r["permanent_share_of_foreign"], "permanent_resident", "mid_long_term_resident"), "japanese_national")

    # Public assistance (生活保護): whole households, by the age of the head; recipients are in neither NHI nor
    # late-stage elderly care (国民健康保険法 第6条第9号; 高齢者医療確保法 第51条第1号)
    assistance = _public_assistance(rng, household, role, age, m)

    # Birth dates: `age` is the age attained on 1 April of the fiscal year
    reference = np.datetime64(f"{year}-04-01")
    days_before = np.floor(age * 365.25).astype(np.int64) + rng.integers(1, 365, n)
    # Babies are born before 1 January of the fiscal year's first calendar year: rules computed over the
    # calendar year refuse months before a person's birth (see docs/analysis.md, "Not covered").
    days_before = np.where(age == 0, np.maximum(days_before, (reference - np.datetime64(f"{year}-01-01")).astype(np.int64) + 1), days_before)
    birth = reference - days_before.astype("timedelta64[D]")

    table = pd.DataFrame(
        {
            "person_id": np.arange(n),
            "household_id": household,
            "household_role": role,
            "employer_id": pd.array(np.where(employer_id >= 0, employer_id, 0), dtype="Int64"),
            "weight": np.full(n, m["population"]["total"] / n),
            "birth_date": birth.astype("datetime64[D]").astype(str),
            "employment_status": status,
            "residence_status": residence,
            "is_student": student,
            "monthly_wage": monthly_wage,
            "weekly_working_hours": weekly_hours,
            f"bonus@{year}-06": bonus,
            f"bonus@{year}-12": bonus,
            "annual_income": employment_income + pension + business,
            "relationship_to_insured_person": _relationship(role, household),
            "receives_public_assistance": assistance,
            "prefecture": prefecture,
            "municipality": municipality,
            "nhi_pension_earner_reading": "over_1_25_million",  # stated assumption: see the module's docstring
            **employer_columns,
            "_sex": sex,
            "_age": age,
            "_household_type": np.asarray(HOUSEHOLD_TYPES)[kind],
            "_regular": regular,
            "_scheduled_wage": scheduled_wage,
        }
    )
    table.loc[employer_id < 0, "employer_id"] = pd.NA
    # Incomes of the fiscal year's calendar year and the two before: April-July of fiscal year Y read the
    # resident-tax status of fiscal year Y-1, assessed on the income of year Y-2 (high-cost categories, 70+
    # copay); the rest of the year reads year Y-1. The synthetic population assumes stable incomes.
    for calendar_year in (year - 2, year - 1, year):
        table[f"annual_employment_income@{calendar_year}"] = employment_income
        table[f"public_pension_income@{calendar_year}"] = pension
        table[f"business_and_other_income@{calendar_year}"] = business
    return table


def _public_assistance(rng, household, role, age, m):
    """Whether each person's household receives public assistance: drawn per household with the rate of the
    head's age group (none without the block in the marginals)."""
    block = m.get("public_assistance")
    if not block:
        return np.zeros(len(age), dtype=bool)
    count = int(household.max()) + 1
    head_age = np.zeros(count, dtype=np.int64)
    head_age[household[role == "head"]] = age[role == "head"]
    limits = np.asarray(block["head_age_from"])
    rate = np.asarray(block["rate_by_head_age"], dtype=np.float64)[np.searchsorted(limits, head_age, side="right") - 1]
    return (rng.random(count) < rate)[household]


def _normalised(profile, regular, male):
    """The age profile divided by its mean over the regular employees of each sex (so that their mean wage is the
    published mean of their sex)."""
    profile = np.asarray(profile, dtype=np.float64).copy()
    for sex in (male, ~male):
        chosen = regular & sex
        if chosen.any():
            profile[sex] /= profile[chosen].mean()
    return profile


def _relationship(role, household):
    """Relationship with the household's insured person: the head and the spouse of a couple are each
    other's spouse, children are children, other members (the three-generation households' elderly
    parents) lineal ascendants; a head without spouse has no relationship."""
    has_spouse = np.zeros(int(household.max()) + 1, dtype=bool)
    has_spouse[household[role == "spouse"]] = True
    return np.select(
        [role == "spouse", (role == "head") & has_spouse[household], role == "child", role == "other"],
        ["spouse", "spouse", "child", "lineal_ascendant"],
        "none",
    )


def _locations(rng, households, scope, m, only=None):
    if scope == "modelled":
        try:
            from openfisca_japan.law.municipalities import PREFECTURE_OF
        except ImportError:
            PREFECTURE_OF = {}
        known = {member.name: prefecture.name for member, prefecture in PREFECTURE_OF.items()}
        weights = {name: value for name, value in m["municipalities"]["population_thousands"].items() if name in known and (only is None or name in only)}
        if weights:
            municipality = _choice(rng, np.array(list(weights)), list(weights.values()), households)
            prefecture = pd.Series(municipality).map(known).to_numpy()
            return municipality, prefecture
    weights = m["prefectures"]["population_thousands"]
    prefecture = _choice(rng, np.array(list(weights)), list(weights.values()), households)
    return np.full(households, "not_modelled"), prefecture


def _employers(rng, private, public, prefecture, m):
    """Employer ids (-1 for none) and employer input columns, per person (constant within an employer)."""
    e = m["employers"]
    n = len(private)
    classes = e["size_classes"]
    size_class = _choice(rng, np.arange(len(classes)), [c[2] for c in classes], n)
    members_per_employer = np.array([2, 5, 8, 10, 15, 25])
    size_class = np.where(public, len(classes) - 1, size_class)
    employed = private | public
    # Synthetic employers: group employees by (prefecture, size class, public), then split each group into
    # employers of about `members_per_employer` synthetic employees.
    key = pd.DataFrame({"p": prefecture, "c": size_class, "g": public})[employed]
    group = key.groupby(["p", "c", "g"], sort=True).ngroup().to_numpy()
    group_size = np.bincount(group)
    group_class = np.zeros(len(group_size), dtype=np.int64)
    group_class[group] = key["c"].to_numpy()
    slots = np.maximum(np.round(group_size / members_per_employer[group_class]), 1).astype(np.int64)
    slot = rng.integers(0, slots[group])
    employer_of_employed = pd.factorize(pd.Series(group * 1_000_000 + slot), sort=True)[0]
    employer_id = np.full(n, -1, dtype=np.int64)
    employer_id[employed] = employer_of_employed
    count = int(employer_of_employed.max()) + 1 if employed.any() else 0
    first = np.full(count, -1, dtype=np.int64)
    rows = np.flatnonzero(employed)
    first[employer_of_employed[::-1]] = rows[::-1]
    employer_class = size_class[first]
    employer_public = public[first]
    lower = np.array([c[0] for c in classes])[employer_class]
    upper = np.array([c[1] for c in classes])[employer_class]
    employee_count = np.floor(np.exp(rng.uniform(np.log(lower), np.log(upper + 1)))).astype(np.int64)
    society = rng.random(count) < np.asarray(e["society_share_by_size"])[employer_class]
    insurer = np.where(employer_public, "mutual_aid_association", np.where(society, "health_insurance_society", "kyokai_kenpo"))
    is_society = insurer == "health_insurance_society"
    is_mutual = insurer == "mutual_aid_association"
    per_person = np.where(employed, employer_id, 0)

    def spread(values, default):
        return np.where(employed, values[per_person] if count else default, default)

    columns = {
        "employer_prefecture": np.where(employed, prefecture, "tokyo"),
        "health_insurer": spread(insurer, "none"),
        "health_insurance_society_rate": spread(np.where(is_society, e["society_rate"], 0.0), 0.0),
        "health_insurance_society_care_rate": spread(np.where(is_society, e["society_care_rate"], 0.0), 0.0),
        "mutual_aid_short_term_rate": spread(np.where(is_mutual, e["mutual_aid_short_term_rate"], 0.0), 0.0),
        "mutual_aid_care_rate": spread(np.where(is_mutual, e["mutual_aid_care_rate"], 0.0), 0.0),
        "employee_count": spread(employee_count, 0),
        # Stated assumption: a public employer (共済組合) is a government body, whose public servants are excluded
        # from employment insurance (雇用保険法 第6条第6号); the law refuses to guess it (docs/analysis.md).
        "employment_insurance_applicable": spread(~is_mutual, False),
    }
    return employer_id, columns


def _batch(size, seed, year, scope, municipalities, columns, weight):
    """One batch of `generate_parquet` as an Arrow table (ids from 0: the writer shifts them)."""
    import pyarrow as pa

    frame = generate(size, seed=seed, year=year, scope=scope, municipalities=municipalities)
    if columns is not None:
        keep = set(columns) | {"person_id", "household_id", "household_role", "employer_id", "weight"}
        frame = frame[[c for c in frame.columns if c in keep]]
    frame["weight"] = weight
    return pa.Table.from_pandas(frame, preserve_index=False)


def generate_parquet(
    path, persons: int, seed: int = 0, year: int = 2025, scope: str = "modelled", municipalities=None,
    batch: int = 1_000_000, row_group: int = 100_000, columns=None, workers: int = 1, progress: bool = True,
):  # fmt: skip
    """Write a synthetic population of `persons` persons to the Parquet file `path`, streaming.

    Batches of `batch` persons (`generate` with seed `seed + k` for batch k, in `workers` processes), ids shifted
    so that they stay unique, weight = the population total over `persons`; written in row groups of about
    `row_group` persons that end at a household boundary (so a partitioned run gives each task whole row
    groups). At most a few batches are in memory: 125 million persons take the memory of a few million.
    `columns`: keep only these (and the ids). A progress bar (persons/s, ETA). Returns `path`."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
    from tqdm import tqdm

    weight = load_marginals(MARGINALS_FILE)["population"]["total"] / persons
    sizes = [min(batch, persons - start) for start in range(0, persons, batch)]
    arguments = [(size, seed + k, year, scope, municipalities, columns, weight) for k, size in enumerate(sizes)]
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(workers)
        pending = [pool.submit(_batch, *a) for a in arguments[: workers + 1]]
        submitted = len(pending)

        def tables():
            nonlocal submitted
            while pending:
                table = pending.pop(0).result()
                if submitted < len(arguments):  # keep `workers` + 1 batches on the way, no more
                    pending.append(pool.submit(_batch, *arguments[submitted]))
                    submitted += 1
                yield table

    else:
        pool = None
        tables = lambda: (_batch(*a) for a in arguments)  # noqa: E731
    writer = None
    offsets = {"person_id": 0, "household_id": 0, "employer_id": 0}
    bar = tqdm(total=persons, unit="person", unit_scale=True, disable=not progress, desc="synthetic population")
    try:
        for table in tables():
            for column, offset in offsets.items():
                index = table.schema.get_field_index(column)
                values = table.column(index)
                high = pc.max(values).as_py()
                table = table.set_column(index, column, pc.add(values, offset).cast(values.type))
                offsets[column] = offset + (high + 1 if high is not None else 0)
            if writer is None:
                schema = table.schema
                writer = pq.ParquetWriter(str(path), schema)
            table = table.cast(schema)
            household = table.column("household_id").to_numpy()
            starts = np.flatnonzero(np.r_[True, household[1:] != household[:-1]])
            position, size = 0, len(table)
            while position < size:
                target = position + row_group
                if target >= size:
                    stop = size
                else:  # the last household start at or before the target, beyond `position`
                    stop = int(starts[np.searchsorted(starts, target, side="right") - 1])
                    if stop <= position:
                        following = np.searchsorted(starts, position, side="right")
                        stop = int(starts[following]) if following < len(starts) else size
                writer.write_table(table.slice(position, stop - position))
                position = stop
            bar.update(size)
    finally:
        bar.close()
        if writer is not None:
            writer.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return path
