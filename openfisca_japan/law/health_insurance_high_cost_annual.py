"""The annual cap of the high-cost medical expense benefit (年間上限, 健康保険法施行令 第41条の3 and 第42条第10項〜第12項 as
amended by 令和8年政令第240号, from August 2026): over a year August–July, what the aggregation group still bore after
the monthly benefits above the cap of its category on 31 July is paid back after the year (償還払い).

The group of the year is taken as that of its first month, August (members who change insurer or group during the
year are not covered); the own-pay of each month is `high_cost_own_pay_after_monthly`, an input for the months not
simulated."""

import numpy as np
from openfisca_core.model_api import YEAR

from openfisca_japan.enums import HealthInsuranceScheme, HighCostCategory
from openfisca_japan.law.coverage import NotCoveredError
from openfisca_japan.law.health_insurance_high_cost import AGE_70_PLUS, EMPLOYEE_TYPE, UNDER_70, month_context


def check_august_year(period, name):
    """The year of the annual cap runs from 1 August to 31 July."""
    if period.unit != YEAR or period.size != 1 or period.start.month != 8 or period.start.day != 1:
        raise ValueError(f"{name}: the year of the annual cap runs August–July; ask for a year starting in August "
                         f"(e.g. year:2026-08), not {period}.")


def base_date_month(period):
    """July, the month of the base date (31 July) that ends the year August–July."""
    return period.first_month.offset(11)


def year_context(person, period, parameters):
    """The groups of the year's first month (August)."""
    return month_context(person, period.first_month, parameters)


def _cap_of_categories(node, category, must_be_known):
    """Annual cap of each person's category (`annual_cap` of `under_70` or `age_70_plus`)."""
    cap = np.zeros(len(category))
    for keys, caps in ((UNDER_70, node.under_70.annual_cap), (AGE_70_PLUS, node.age_70_plus.annual_cap)):
        for key in keys:
            in_category = category == HighCostCategory[key].index
            if key in caps._children:
                cap = np.where(in_category, caps[key], cap)
            elif np.any(in_category * must_be_known):
                raise NotCoveredError(f"high-cost medical expense: the annual cap of category {key} is not known for the "
                                      "year asked")
    return cap


def annual_cap(person, period, parameters, category, own):
    """Cap of the base-date category; エ and 70+ 一般 of employee insurance with a 標準報酬月額 of at most 150,000 on the
    base date: the reduced cap (410,000). NHI and late-stage groups of those categories: refused when the reduced
    cap could change the benefit (its criterion, 年収約200万円以下, is not covered)."""
    node = parameters(period.start).health_insurance.high_cost_medical_expense
    m = year_context(person, period, parameters)
    cap = _cap_of_categories(node, category, m.covered * (own > 0))
    h = HighCostCategory
    reducible = np.isin(category, [h.d.index, h.general.index]) * m.covered * (own > 0)
    if not np.any(reducible) or "smr_reduced_annual_cap" not in node.income_categories._children:
        return cap
    reduced = np.where(category == h.d.index, node.under_70.annual_cap_reduced.d, node.age_70_plus.annual_cap_reduced.general)
    scheme = person("health_insurance_scheme", period.first_month)
    employee = np.isin(scheme, EMPLOYEE_TYPE) + (scheme == HealthInsuranceScheme.dependant)
    if np.any(reducible * ~employee * (own > reduced)):
        raise NotCoveredError("high-cost medical expense: the reduced annual cap (410,000) of NHI and late-stage groups "
                              "of category エ / 一般 (年収約200万円以下) is not covered, and this group bore more")
    smr = person("insured_person_standard_monthly_remuneration", base_date_month(period))
    small = smr <= node.income_categories.smr_reduced_annual_cap
    return np.where(reducible * employee * small, reduced, cap)
