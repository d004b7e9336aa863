"""Inputs whose default would change an answer: required where they matter, their absence an error.

openfisca gives every input a default. For most inputs the default is legally neutral (no bonus this month,
no leave, no medical bill); for some it is not, and a missing value would silently change the answer:

- a person's `birth_date` (default 1970-01-01: every age-dependent rule would apply to a 55-year-old) — give
  `birth_date`, or `age` for the months computed;
- the rates of an employer whose health insurer publishes its own (a health insurance society, a mutual aid
  association): without them the health and nursing-care premiums would be computed at 0;
- an employer for a person paid wages whose premiums are asked: without one, no employee insurance applies
  and the premiums are 0;
- a head (世帯主) in every household (the NHI premium is assessed on the head).

`REQUIRED_EMPLOYER_RATES` is the registry (insurer -> rate inputs -> the outputs that need them). Situations
(`situation_problems`) and person tables (`openfisca_japan.edge.tables`) are checked against it; each
problem names the input, the person/employer/row and what to give.
"""

from __future__ import annotations

from openfisca_japan.edge.errors import Problem

#: Outputs that need the health insurance rate of the employer's insurer, and those that need its
#: nursing-care rate (prefixes of variable names).
HEALTH_RATE_OUTPUTS = ("health_insurance_premium", "health_insurance_rate", "health_insurance_employee_rate",
                       "social_insurance_premiums", "nursing_care_premium", "nursing_care_rate", "nursing_care_employee_rate",
                       "health_and_nursing_care_premium")  # fmt: skip
CARE_RATE_OUTPUTS = ("nursing_care_premium", "nursing_care_rate", "nursing_care_employee_rate", "social_insurance_premiums",
                     "health_and_nursing_care_premium")  # fmt: skip

#: health_insurer value -> {rate input: (outputs that need it, what to give)}
REQUIRED_EMPLOYER_RATES = {
    "health_insurance_society": {
        "health_insurance_society_rate": (HEALTH_RATE_OUTPUTS, "the society's health premium rate, e.g. 0.092 for 9.2 %"),
        "health_insurance_society_care_rate": (
            CARE_RATE_OUTPUTS,
            "the society's nursing-care premium rate, e.g. 0.018 (0 if no member is aged 40 to 64)",
        ),
    },
    "mutual_aid_association": {
        "mutual_aid_short_term_rate": (HEALTH_RATE_OUTPUTS, "the association's short-term contribution rate (member's part)"),
        "mutual_aid_care_rate": (
            CARE_RATE_OUTPUTS,
            "the association's nursing-care contribution rate (member's part; 0 if no member is aged 40 to 64)",
        ),
    },
}

#: Outputs of employee insurance (premiums and their totals): a person paid wages needs an employer for them.
EMPLOYEE_INSURANCE_OUTPUTS = ("health_insurance_premium", "nursing_care_premium", "child_rearing_support_levy",
                              "employees_pension_premium", "employment_insurance_premium", "social_insurance_premiums",
                              "standard_monthly_remuneration", "standard_bonus", "health_insurance_grade", "pension_grade")  # fmt: skip

#: Employer inputs required when an employer has employees whose premiums are asked: the insurer (default
#: `none`: no employee health insurance), and for Kyokai Kenpo the prefecture of the office (default Tokyo).
EMPLOYER_INSURER = ("health_insurer", "the employer's health insurer: kyokai_kenpo, health_insurance_society, mutual_aid_association or none")
KYOKAI_PREFECTURE = ("employer_prefecture", "the prefecture of the office (Kyokai Kenpo rates differ by prefecture)")

#: Outputs that always depend on the person's age (premiums: care from 40 to 64, pension until 70, health
#: until 75; the national pension from 20 to 59; coverage categories): the birth date is required for the
#: persons whose values among these are requested. Other outputs may take the age from their own inputs
#: (`age_on_leaving`, ...): the formulas that read `age` are where its absence is refused
#: (docs/notes/trust-variable-changes.md).
AGE_DEPENDENT_OUTPUTS = EMPLOYEE_INSURANCE_OUTPUTS + (
    "national_pension_premium", "national_health_insurance_premium", "late_stage_elderly_premium",
    "nursing_care_premium_category_1", "pension_insured_category", "health_insurance_scheme",
    "is_health_insurance_dependent", "is_national_pension_category",
)  # fmt: skip

#: Person inputs: one of each tuple must be given.
REQUIRED_PERSON_INPUTS = (("birth_date", "age"),)

#: Inputs that are wages paid by an employer (a person with a positive one must have an employer).
WAGE_INPUTS = ("monthly_wage", "bonus")


def needs(outputs, prefixes):
    """Whether any requested output starts with one of `prefixes`."""
    return any(str(name).startswith(prefixes) for name in outputs or ())


def situation_problems(situation, requested=None, requested_persons=None):
    """Problems of missing required inputs in a situation dict.

    `requested`: the names of the outputs to compute (the `null` values of a web API situation, the lines of
    a pay slip). When they are not known (a situation built in Python, computed later), the birth date and the
    insurer's rates are not required here: the formulas that need them refuse their absence; a person paid
    wages without employer only when premiums are requested (wages also serve benefits without employer); a
    household without head is refused in any case. `requested_persons`: the ids of the persons whose values
    are requested (their birth date is required when an age-dependent output is asked); None: every person."""
    problems = []
    persons = situation.get("persons") if isinstance(situation.get("persons"), dict) else {}
    employers = situation.get("employers") if isinstance(situation.get("employers"), dict) else {}
    households = situation.get("households") if isinstance(situation.get("households"), dict) else {}
    for person_id, person in persons.items():
        if not isinstance(person, dict) or not needs(requested, AGE_DEPENDENT_OUTPUTS):
            continue
        if requested_persons is not None and person_id not in requested_persons:
            continue
        for choices in REQUIRED_PERSON_INPUTS:
            if not any(isinstance(person.get(name), dict) and any(v is not None for v in person[name].values()) for name in choices):
                problems.append(
                    Problem(
                        f"no {' or '.join(choices)}: the default birth date 1970-01-01 would silently decide every age rule",
                        variable=choices[0],
                        entity="persons",
                        id=person_id,
                        allowed='a birth date such as {"ETERNITY": "1985-04-01"} (or `age` for each month computed)',
                    )
                )
    employed = set()
    for employer_id, employer in employers.items():
        if not isinstance(employer, dict):
            continue
        members = employer.get("employees") or []
        employed |= {m for m in (members if isinstance(members, list) else [members]) if isinstance(m, str)}
        insurers = employer.get("health_insurer")
        if requested and members and needs(requested, EMPLOYEE_INSURANCE_OUTPUTS):
            for name, what, applies in ((*EMPLOYER_INSURER, True), (*KYOKAI_PREFECTURE, _has_value(insurers, "kyokai_kenpo"))):
                if applies and not _given(employer.get(name)):
                    problems.append(Problem(f"{name} is not given: its default would decide the premiums", variable=name,
                                            entity="employers", id=employer_id, allowed=what))  # fmt: skip
        if not isinstance(insurers, dict):
            continue
        for insurer in {v for v in insurers.values() if isinstance(v, str)}:
            for rate, (outputs, what) in REQUIRED_EMPLOYER_RATES.get(insurer, {}).items():
                given = employer.get(rate)
                if needs(requested, outputs) and not (isinstance(given, dict) and any(v is not None for v in given.values())):
                    problems.append(
                        Problem(
                            f"health_insurer is {insurer} but {rate} is not given: the premiums would be computed at 0",
                            variable=rate,
                            entity="employers",
                            id=employer_id,
                            allowed=what,
                        )
                    )
    for person_id, person in persons.items():
        if person_id in employed or not isinstance(person, dict) or not needs(requested, EMPLOYEE_INSURANCE_OUTPUTS):
            continue
        for name in WAGE_INPUTS:
            values = person.get(name)
            if isinstance(values, dict) and any(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in values.values()):
                problems.append(
                    Problem(
                        f"{name} is paid but the person is in no employer: employee insurance would not apply (premiums 0)",
                        variable=name,
                        entity="persons",
                        id=person_id,
                        allowed="list the person in an employer's `employees`, with its health_insurer and employer_prefecture",
                    )
                )
                break
    for household_id, household in households.items():
        if isinstance(household, dict) and not household.get("head"):
            members = [m for key in ("spouse", "children", "others", "child", "other") for m in _as_list(household.get(key))]
            if members:
                problems.append(
                    Problem(
                        "household without a head (世帯主): the NHI premium is assessed on the head",
                        variable="head",
                        entity="households",
                        id=household_id,
                        allowed='one head per household, e.g. "head": ["taro"]',
                    )
                )
    return problems


def _as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _given(values):
    return isinstance(values, dict) and any(v is not None for v in values.values())


def _has_value(values, wanted):
    return isinstance(values, dict) and wanted in values.values()
