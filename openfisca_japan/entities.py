"""Entities of the Japanese social insurance model.

- ``person``: every individual (insured person, dependant, pensioner, ...).
- ``household`` (世帯): the unit of National Health Insurance premiums and of the dependant test.
- ``employer`` (事業所): the establishment that enrols its employees in employee insurance.
"""

from openfisca_core.entities import build_entity

Person = build_entity(
    key="person",
    plural="persons",
    label="Person (個人)",
    doc="An individual: insured person, dependant, pensioner or child.",
    is_person=True,
)

Household = build_entity(
    key="household",
    plural="households",
    label="Household (世帯)",
    doc=(
        "A household as registered in the resident register (住民基本台帳). "
        "National Health Insurance premiums are assessed on the household head (世帯主)."
    ),
    roles=[
        {"key": "head", "label": "Head of household (世帯主)", "max": 1},
        {"key": "spouse", "label": "Spouse (配偶者)", "max": 1},
        {"key": "child", "plural": "children", "label": "Child (子)"},
        {"key": "other", "plural": "others", "label": "Other member (その他の世帯員)"},
    ],
)

Employer = build_entity(
    key="employer",
    plural="employers",
    label="Employer establishment (適用事業所)",
    doc=(
        "The establishment (事業所) where a person is employed. Its prefecture sets the Kyokai Kenpo rate, "
        "its insurer kind and its size set which employee insurance applies."
    ),
    roles=[{"key": "employee", "plural": "employees", "label": "Employee (被保険者・従業員)"}],
)

entities = [Person, Household, Employer]
