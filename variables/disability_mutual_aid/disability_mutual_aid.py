"""Disability dependants' mutual aid (心身障害者扶養共済制度, "しょうがい共済"), as run by Yokohama.

All variables are on the guardian (加入者), who holds up to two units, each with its own enrolment
(approval) date. Monthly variables: the premium due for the month, the pension payable for the month
(paid to the disabled person under the guardian's contract), and the condolence or withdrawal lump sum
paid in the month of the event. Dates default to 2999-12-31 ("never").
"""

import numpy as np
from openfisca_core.model_api import ETERNITY, MONTH, Enum, Variable, date, set_input_dispatch_by_period

from openfisca_japan.entities import Person
from openfisca_japan.law.dates import add_days, month_index, ymd
from openfisca_japan.law.municipalities import Municipality

NEVER = date(2999, 12, 31)
UNITS = ("disability_mutual_aid_unit_1_enrolment_date", "disability_mutual_aid_unit_2_enrolment_date")


def _ymd(dates):
    return ymd(dates)


def _month_index(dates):
    return month_index(dates)


def age_on(birth_dates, year, month, day):
    """Age attained on a date under the Age Calculation Act (an age is reached the day before the birthday)."""
    b_year, b_month, b_day = _ymd(add_days(birth_dates, -1))
    before = (month < b_month) | ((month == b_month) & (day < b_day))
    return year - b_year - before


def completed_years(start, end):
    """Whole years from `start` to `end` (continuous membership)."""
    s_year, s_month, s_day = _ymd(start)
    e_year, e_month, e_day = _ymd(end)
    return e_year - s_year - ((e_month < s_month) | ((e_month == s_month) & (e_day < s_day)))


def _fiscal_year_start(dates):
    year, month, _ = _ymd(dates)
    return np.where(month >= 4, year, year - 1)


def _as_date(yyyymmdd):
    text = str(int(yyyymmdd))
    return np.datetime64(f"{text[:4]}-{text[4:6]}-{text[6:]}")


class DisabilityMutualAidDependantCategory(Enum):
    none = "No disabled dependant (該当なし)"
    intellectual_disability = "Intellectual disability (知的障害)"
    physical_disability_grades_1_to_3 = "Physical disability certificate, grades 1–3 (身体障害者手帳1〜3級)"
    equivalent_permanent_disability = "Permanent mental or physical disability of equivalent degree (同程度の永続的な障害)"
    other_disability = "Other disability, not eligible (上記以外)"


class disability_mutual_aid_dependant_category(Variable):
    value_type = Enum
    possible_values = DisabilityMutualAidDependantCategory
    default_value = DisabilityMutualAidDependantCategory.none
    entity = Person
    definition_period = ETERNITY
    label = "Disability of the dependant the guardian supports (扶養共済 障害のある方の要件)"
    reference = "https://www.city.yokohama.lg.jp/faq/kukyoku/kenko/shogaijiritsu/20211027114415855.html"


class disability_mutual_aid_guardian_insurable(Variable):
    value_type = bool
    default_value = True
    entity = Person
    definition_period = ETERNITY
    label = "Guardian has no disease or disability excluding the life-insurance contract (生命保険契約の対象となる健康状態)"
    reference = "横浜市心身障害者扶養共済制度条例施行規則 第2条 (https://cgi.city.yokohama.lg.jp/somu/reiki/reiki_honbun/g202RG00000674.html)"


class disability_mutual_aid_unit_1_enrolment_date(Variable):
    value_type = date
    default_value = NEVER
    entity = Person
    definition_period = ETERNITY
    label = "Approval date of the first unit (加入承認日, 1口目)"
    documentation = "The approval date (加入承認日), not the application date. Default 2999-12-31: not enrolled."
    reference = "http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html"


class disability_mutual_aid_unit_2_enrolment_date(Variable):
    value_type = date
    default_value = NEVER
    entity = Person
    definition_period = ETERNITY
    label = "Approval date of the second unit (口数追加日, 2口目)"
    documentation = "Default 2999-12-31: no second unit."
    reference = "http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html"


class disability_mutual_aid_guardian_event_date(Variable):
    value_type = date
    default_value = NEVER
    entity = Person
    definition_period = ETERNITY
    label = "Date of the guardian's death or recognised severe disability (加入者の死亡・重度障害)"
    documentation = "Default 2999-12-31: none."
    reference = "http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html"


class disability_mutual_aid_dependant_death_date(Variable):
    value_type = date
    default_value = NEVER
    entity = Person
    definition_period = ETERNITY
    label = "Date of death of the disabled person (障害のある方の死亡日)"
    documentation = "Default 2999-12-31: alive."
    reference = "http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html"


class disability_mutual_aid_withdrawal_date(Variable):
    value_type = date
    default_value = NEVER
    entity = Person
    definition_period = ETERNITY
    label = "Date of voluntary withdrawal of all units (脱退日)"
    documentation = "Default 2999-12-31: none."
    reference = "http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html"


class disability_mutual_aid_premium_reduction_rate(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Premium reduction granted by the city (掛金の減免割合)"
    documentation = (
        "Share of the premium waived under Yokohama's reduction scheme for low-income households (0 to 1). An "
        "input: the city's criteria and rates were not found in an official source (see docs/municipal.md)."
    )
    reference = "https://www.city.yokohama.lg.jp/faq/kukyoku/kenko/shogaijiritsu/20211027114415855.html"


class disability_mutual_aid_dependant_eligible(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The dependant qualifies as a disabled person of the scheme (障害のある方の要件)"
    reference = "https://www.city.yokohama.lg.jp/faq/kukyoku/kenko/shogaijiritsu/20211027114415855.html"

    def formula(person, period):
        category = person("disability_mutual_aid_dependant_category", period)
        return (
            (category == DisabilityMutualAidDependantCategory.intellectual_disability)
            | (category == DisabilityMutualAidDependantCategory.physical_disability_grades_1_to_3)
            | (category == DisabilityMutualAidDependantCategory.equivalent_permanent_disability)
        )


class disability_mutual_aid_guardian_eligible(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Guardian may enrol (or add a unit) in this month (加入者の要件)"
    documentation = (
        "Under 65 on 1 April of the fiscal year containing the month, insurable health, address in Yokohama, "
        "and supporting an eligible disabled person."
    )
    reference = "https://www.city.yokohama.lg.jp/faq/kukyoku/kenko/shogaijiritsu/20211027114415855.html"

    def formula(person, period, parameters):
        rules = parameters(period.start).disability_mutual_aid.rules
        fiscal_year = period.start.year if period.start.month >= 4 else period.start.year - 1
        age = age_on(person("birth_date", period), fiscal_year, 4, 1)
        in_yokohama = person.household("municipality", period) == Municipality.yokohama
        return (
            (age < rules.maximum_enrolment_age)
            & in_yokohama
            & person("disability_mutual_aid_guardian_insurable", period)
            & person("disability_mutual_aid_dependant_eligible", period)
        )


def _unit_premium(person, period, parameters, enrolment):
    """Monthly premium of one unit for the month (0 when not due), before the city's reduction."""
    p = parameters(period.start).disability_mutual_aid
    birth = person("birth_date", period)
    band_age = age_on(birth, _fiscal_year_start(enrolment), 4, 1)
    new_scheme = np.asarray(enrolment).astype("datetime64[D]") >= _as_date(p.rules.new_scheme_start)
    amount = np.where(new_scheme, p.premium.since_2008.calc(band_age), p.premium.before_2008.calc(band_age))
    # Exempt from the later of: enrolment + 20 years, and the enrolment anniversary in the fiscal year in which
    # the guardian is 65 on 1 April (WAM 掛金の納付期間).
    e_year, e_month, _ = _ymd(enrolment)
    b_year, b_month, b_day = _ymd(add_days(birth, -1))
    year_65 = p.rules.exemption_age + b_year + ((4 < b_month) | ((b_month == 4) & (1 < b_day)))
    anniversary_year = np.where(e_month >= 4, year_65, year_65 + 1)
    exempt_from = np.maximum((e_year + p.rules.exemption_years - 1970) * 12, (anniversary_year - 1970) * 12) + e_month - 1
    month = (period.start.year - 1970) * 12 + period.start.month - 1
    stops = np.minimum.reduce([
        exempt_from,
        _month_index(person("disability_mutual_aid_guardian_event_date", period)),
        _month_index(person("disability_mutual_aid_dependant_death_date", period)),
        _month_index(person("disability_mutual_aid_withdrawal_date", period)),
    ])
    return np.where((_month_index(enrolment) <= month) & (month < stops), amount, 0)


class disability_mutual_aid_premium(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Disability dependants' mutual aid premium due for the month (扶養共済 掛金月額)"
    documentation = (
        "Sum over the guardian's units (at most 2) of the premium of the unit's age band (age on 1 April of the "
        "fiscal year of its approval; 2008 or pre-2008 table), until the later of 20 years of membership and the "
        "enrolment anniversary in the fiscal year the guardian is 65 on 1 April, less the reduction granted by the city."
    )
    reference = "http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html"

    def formula(person, period, parameters):
        total = sum(_unit_premium(person, period, parameters, person(unit, period)) for unit in UNITS)
        reduction = np.clip(person("disability_mutual_aid_premium_reduction_rate", period), 0, 1)
        return np.floor(total * (1 - np.round(reduction.astype(np.float64), 4)))


class disability_mutual_aid_units_at_event(Variable):
    value_type = int
    entity = Person
    definition_period = ETERNITY
    label = "Units in force at the guardian's death or severe disability (年金の口数)"

    def formula(person, period):
        event = np.asarray(person("disability_mutual_aid_guardian_event_date", period)).astype("datetime64[D]")
        withdrawal = np.asarray(person("disability_mutual_aid_withdrawal_date", period)).astype("datetime64[D]")
        return sum(
            (np.asarray(person(unit, period)).astype("datetime64[D]") <= event) & (event < withdrawal)
            & (event < np.datetime64(NEVER))
            for unit in UNITS
        )


class disability_mutual_aid_pension(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Disability dependants' mutual aid pension for the month (扶養共済 年金給付金 月額)"
    documentation = (
        "20,000 yen per unit per month from the month of the guardian's death or recognised severe disability "
        "to the month of the disabled person's death. The exclusions (suicide within a year of enrolment, ...) "
        "are not modelled; a pension claim is assumed to be filed."
    )
    reference = "http://www.wam.go.jp/content/wamnet/pcpub/top/syogaifuyou/syogaifuyou004.html"

    def formula(person, period, parameters):
        per_unit = parameters(period.start).disability_mutual_aid.rules.pension_per_unit
        month = (period.start.year - 1970) * 12 + period.start.month - 1
        started = _month_index(person("disability_mutual_aid_guardian_event_date", period)) <= month
        alive = month <= _month_index(person("disability_mutual_aid_dependant_death_date", period))
        return person("disability_mutual_aid_units_at_event", period) * per_unit * started * alive


class disability_mutual_aid_condolence_payment(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Condolence payment when the disabled person dies before the guardian (扶養共済 弔慰金)"
    documentation = "Per unit in force, by whole years of continuous membership at the death (1 year minimum) and enrolment cohort."
    reference = "https://www.kaigo-wel.city.nagoya.jp/view/wel/shiori/teate/kyousai.html"

    def formula(person, period, parameters):
        p = parameters(period.start).disability_mutual_aid
        death = np.asarray(person("disability_mutual_aid_dependant_death_date", period)).astype("datetime64[D]")
        event = np.asarray(person("disability_mutual_aid_guardian_event_date", period)).astype("datetime64[D]")
        withdrawal = np.asarray(person("disability_mutual_aid_withdrawal_date", period)).astype("datetime64[D]")
        month = (period.start.year - 1970) * 12 + period.start.month - 1
        due = (_month_index(death) == month) & (death < event) & (death < withdrawal)
        total = 0
        for unit in UNITS:
            enrolment = np.asarray(person(unit, period)).astype("datetime64[D]")
            years = np.maximum(completed_years(enrolment, death), 0)
            new_scheme = enrolment >= _as_date(p.rules.new_scheme_start)
            amount = np.where(new_scheme, p.condolence_payment.since_2008.calc(years), p.condolence_payment.before_2008.calc(years))
            total = total + amount * (enrolment <= death)
        return total * due


class disability_mutual_aid_withdrawal_payment(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Lump sum on voluntary withdrawal after 5 years (扶養共済 脱退一時金)"
    documentation = (
        "0 below 5 years of continuous membership. The amounts by membership band (Yokohama: 45,000 to 250,000 yen "
        "per unit) are not confirmed by an official table: an eligible withdrawal raises a clear error."
    )
    reference = "https://www.city.yokohama.lg.jp/faq/kukyoku/kenko/shogaijiritsu/20211027114415855.html"

    def formula(person, period, parameters):
        minimum = parameters(period.start).disability_mutual_aid.rules.withdrawal_minimum_years
        withdrawal = np.asarray(person("disability_mutual_aid_withdrawal_date", period)).astype("datetime64[D]")
        month = (period.start.year - 1970) * 12 + period.start.month - 1
        due = _month_index(withdrawal) == month
        eligible = np.zeros_like(due)
        for unit in UNITS:
            enrolment = np.asarray(person(unit, period)).astype("datetime64[D]")
            eligible = eligible | (due & (enrolment <= withdrawal) & (completed_years(enrolment, withdrawal) >= minimum))
        if eligible.any():
            raise ValueError(
                "disability_mutual_aid_withdrawal_payment: the lump-sum amounts by membership period were not found in "
                "an official table (only the range 45,000–250,000 yen per unit is published by Yokohama); not covered."
            )
        return np.zeros(len(due))
