"""Late-stage elderly medical care premium (後期高齢者医療保険料), per insured person and fiscal year.

Period: fiscal year `year:YYYY-04`. Premium = per-capita amount (reduced 7/5/2 tenths for low-income
households) + income rate × assessment base (previous calendar year), capped, by the months of membership
(月割): the basic part (基礎賦課額) and, from FY2026, the child-rearing support part (子ども・子育て支援納付金賦課額),
each with its own rates and cap. The union is the one of the prefecture of the household's `municipality` (or of
`prefecture` when the municipality is not modelled). Steps: openfisca_japan/law/late_stage_elderly.py.
"""

from openfisca_core.model_api import YEAR, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.late_stage_elderly import (
    former_dependant_of_child_part,
    fy2024_transitional,
    income_part,
    own_income_reduction,
    part_of_year,
    union_parameter,
)


class late_stage_elderly_premium_basic(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Basic part of the late-stage premium for the fiscal year (後期高齢者医療保険料 基礎賦課額)"
    documentation = (
        "Per-capita amount after the low-income reduction (truncated to the yen) + income rate × assessment base "
        "(truncated to the yen, less the union's own reduction), capped, × months insured / 12, truncated to the "
        "union's rounding unit. FY2024: income rate reduced for bases ≤ 580,000 yen and cap 730,000 yen for persons "
        "born on or before 1949-03-31 or insured by disability certification (障害認定). Former dependants: no income-based part, per-capita halved for 24 months."
    )
    reference = "高齢者の医療の確保に関する法律 第104条; 同施行令 第18条 (https://laws.e-gov.go.jp/law/419CO0000000318)"

    def formula(person, period, parameters):
        concerned = person("late_stage_elderly_months", period) > 0
        per_capita, rate, cap = (union_parameter(parameters, period, person, name, concerned) for name in ("per_capita", "income_rate", "cap"))
        base = person("nhi_assessment_base", period)
        rate, cap = fy2024_transitional(person, period, parameters, base, rate, cap, concerned)
        income = income_part(rate, base, own_income_reduction(parameters, period, person, base))
        reduction = person.household("late_stage_elderly_low_income_reduction_rate", period)
        dependant = person("was_employee_insurance_dependant_before_late_stage", period)
        return part_of_year(person, period, parameters, per_capita, income, reduction, cap, dependant)


class late_stage_elderly_premium_child_support(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Child-rearing support levy part of the late-stage premium (後期高齢者医療保険料 子ども・子育て支援納付金賦課額)"
    documentation = (
        "From FY2026 (0 before): per-capita amount after its low-income reduction + income rate × assessment base, "
        "capped at its own cap, × months / 12, truncated to the union's rounding unit separately from the basic part."
    )
    reference = "高齢者の医療の確保に関する法律 第104条; 子ども・子育て支援法 (令和6年改正) (https://laws.e-gov.go.jp/law/357AC0000000080)"

    def formula(person, period, parameters):
        concerned = person("late_stage_elderly_months", period) > 0
        per_capita, rate, cap = (union_parameter(parameters, period, person, f"child_support.{name}", concerned)
                                 for name in ("per_capita", "income_rate", "cap"))
        levied = concerned & (per_capita > 0)
        base = person("nhi_assessment_base", period)
        own = own_income_reduction(parameters, period, person, base)
        own = own * union_parameter(parameters, period, person, "own_income_reduction.applies_to_child_support", levied & (own > 0) & (rate > 0))
        dependant = former_dependant_of_child_part(person, period, parameters, levied)
        reduction = person.household("late_stage_elderly_child_support_reduction_rate", period)
        return part_of_year(person, period, parameters, per_capita, income_part(rate, base, own), reduction, cap, dependant)


class late_stage_elderly_premium(Variable):
    value_type = float
    entity = Person
    definition_period = YEAR
    unit = "currency-JPY"
    label = "Late-stage elderly medical care premium for the fiscal year (後期高齢者医療保険料 年額)"
    documentation = (
        "Basic part (基礎賦課額) + child-rearing support levy part (子ども・子育て支援納付金賦課額, from FY2026), each "
        "capped and truncated to the union's rounding unit (Tokyo: 100 yen) separately."
    )
    reference = "高齢者の医療の確保に関する法律 第104条; 同施行令 第18条 (https://laws.e-gov.go.jp/law/419CO0000000318)"

    def formula(person, period):
        return person("late_stage_elderly_premium_basic", period) + person("late_stage_elderly_premium_child_support", period)
