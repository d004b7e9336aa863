"""The six calculators of the web page: each a form, the situations it sends to the model, and its answer.

A calculator turns the form's values into situations (the JSON of the web API, with `null` for what to
compute), runs them through the web API's own `calculate` (the same checks and refusals as `/calculate`),
and builds an answer of blocks the page draws (figures, tables, a verdict, texts and links). Every number
of an answer names the situation, variable, period and entity it comes from, so that the page can ask
`/explain` how it was computed.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable

from openfisca_japan.edge.web.forms import (
    PERCENT,
    YEN,
    Field,
    T,
    add_months,
    birth_date_for_age,
    fiscal_year_start,
)

LAW_HEALTH = "https://laws.e-gov.go.jp/law/211AC0000000070"
LAW_NHI = "https://laws.e-gov.go.jp/law/333AC0000000192"
LAW_INCOME_TAX = "https://laws.e-gov.go.jp/law/340AC0000000033"
LAW_EMPLOYMENT = "https://laws.e-gov.go.jp/law/349AC0000000116"
JPS_LUMP_SUM = "https://www.nenkin.go.jp/service/jukyu/tetsuduki/sonota-kyufu/20140710.html"


@dataclasses.dataclass
class Calculator:
    id: str
    title: dict
    question: dict
    intro: dict
    fields: list
    situations: Callable  # values -> {name: situation}
    answer: Callable  # (values, results, tax_benefit_system) -> [blocks]
    period_fields: tuple = ()  # fields whose value sets the periods (API period messages are shown there)
    next: list = dataclasses.field(default_factory=list)  # [{"text", "href"}]

    def public(self):
        return {
            "id": self.id,
            "title": self.title,
            "question": self.question,
            "intro": self.intro,
            "fields": [field.public() for field in self.fields],
            "next": self.next,
        }


class Results:
    """Computed situations: `get(name, plural, id, variable, period)` and the figure that cites it."""

    def __init__(self, computed):
        self.computed = computed

    def get(self, situation, plural, entity_id, variable, period):
        return self.computed[situation][plural][entity_id][variable][period]

    def figure(self, situation, plural, entity_id, variable, period, label, unit="yen", note=None):
        return {
            "label": label,
            "value": _number(self.get(situation, plural, entity_id, variable, period)),
            "unit": unit,
            "note": note,
            "source": {"situation": situation, "variable": variable, "period": period, "id": entity_id},
        }


def _number(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def figure_value(value, label, unit="yen", note=None):
    """A number the page derives from computed ones (no explanation of its own: its note says how)."""
    return {"label": label, "value": _number(value), "unit": unit, "note": note, "source": None}


def requests(variables, periods):
    return {variable: {period: None for period in periods} for variable in variables}


def link(title, href):
    return {"title": title, "href": href}


def prefecture_options(tax_benefit_system):
    from openfisca_japan.edge.explain import split_label

    enum = tax_benefit_system.variables["employer_prefecture"].possible_values
    return [(member.name, split_label(member.value)) for member in enum if member.name != "not_given"]


def enum_options(tax_benefit_system, variable, names=None):
    from openfisca_japan.edge.explain import split_label

    enum = tax_benefit_system.variables[variable].possible_values
    members = [enum[name] for name in names] if names else list(enum)
    return [(member.name, split_label(member.value)) for member in members]


# 1. What do I pay? (the pay slip)

PREMIUMS = [
    ("health_insurance_premium", T("Health insurance", "健康保険料")),
    ("nursing_care_premium", T("Nursing care (ages 40–64)", "介護保険料（40〜64歳）")),
    ("child_rearing_support_levy", T("Child-rearing support levy (from April 2026)", "子ども・子育て支援金（2026年4月分から）")),
    ("employees_pension_premium", T("Employees' pension", "厚生年金保険料")),
    ("employment_insurance_premium", T("Employment insurance", "雇用保険料")),
]


def payslip_calculator(tax_benefit_system):
    fields = [
        Field("period", "month", "2026-04", T("Pay month (premium for the month)", "対象月（○月分の保険料）"),
              T("The month whose premium is deducted, e.g. 2026-04 for the April premium.", "控除される保険料の月（例: 4月分なら 2026-04）。")),
        Field("monthly_wage", "amount", 300000, T("Monthly wage, without bonus", "月給（賞与を除く）"),
              T("Wages of the month: base pay, allowances, commuting allowance.", "基本給・諸手当・通勤手当を含む月の報酬。"),
              variables=("monthly_wage",), unit=YEN),
        Field("bonus", "amount", 0, T("Bonus paid this month", "今月支給の賞与"), variables=("bonus",), unit=YEN),
        Field("age", "integer", 40, T("Your age at the end of the month", "月末時点の年齢"),
              T("From 40 to 64 you also pay nursing-care insurance.", "40歳から64歳までは介護保険料もかかります。"),
              variables=("age",), unit=T("years", "歳")),
        Field("prefecture", "choice", "tokyo", T("Prefecture of your workplace", "勤務先（事業所）の都道府県"),
              options=prefecture_options(tax_benefit_system), variables=("employer_prefecture",)),
        Field("insurer", "choice", "kyokai_kenpo", T("Health insurer", "加入している健康保険"),
              options=enum_options(tax_benefit_system, "health_insurer", ["kyokai_kenpo", "health_insurance_society", "mutual_aid_association"]),
              variables=("health_insurer",)),
        Field("society_rate", "percent", "9.3", T("Your society's premium rate (employer + you)", "健康保険組合の保険料率（労使合計）"),
              T("On your society's website or pay slip, e.g. 9.3 for 9.3 %. Split half and half here.", "組合のウェブサイトや給与明細に記載（例: 9.3%）。ここでは労使折半とします。"),
              variables=("health_insurance_society_rate",), show_if={"insurer": ["health_insurance_society"]}, unit=PERCENT),
        Field("society_care_rate", "percent", "1.6", T("Your society's nursing-care rate (employer + you)", "健康保険組合の介護保険料率（労使合計）"),
              variables=("health_insurance_society_care_rate",), show_if={"insurer": ["health_insurance_society"]}, unit=PERCENT),
        Field("mutual_short_rate", "percent", "", T("Your association's short-term contribution rate, your part", "共済組合の短期掛金率（本人分）"),
              T("The member's rate of your mutual aid association (on its website). The model does not hold these rates.",
                "共済組合が公表する本人の掛金率。モデルはこの率を持っていないため入力が必要です。"),
              variables=("mutual_aid_short_term_rate",), show_if={"insurer": ["mutual_aid_association"]}, unit=PERCENT),
        Field("mutual_care_rate", "percent", "", T("Your association's nursing-care contribution rate, your part", "共済組合の介護掛金率（本人分）"),
              variables=("mutual_aid_care_rate",), show_if={"insurer": ["mutual_aid_association"]}, required=False, unit=PERCENT),
        Field("mutual_ei", "choice", "", T("Is your employer covered by employment insurance?", "勤務先は雇用保険の適用事業ですか"),
              T("A government body's public servants are not insured (雇用保険法 第6条第6号); staff of a national university "
                "corporation or a private school are.", "国・地方公共団体の公務員は被保険者になりません（雇用保険法第6条第6号）。国立大学法人や私立学校の職員は被保険者です。"),
              options=[("covered", T("Yes: national university corporation, private school or other business", "はい（国立大学法人・私立学校など）")),
                       ("government", T("No: national or local government body (public servant)", "いいえ（国・地方公共団体の公務員）"))],
              variables=("employment_insurance_applicable",), show_if={"insurer": ["mutual_aid_association"]}),
        Field("industry", "choice", "general", T("Industry (employment insurance)", "事業の種類（雇用保険）"),
              options=enum_options(tax_benefit_system, "employment_insurance_industry"), variables=("employment_insurance_industry",)),
    ]

    def situations(values):
        period = values["period"]
        outputs = [name + suffix for name, _ in PREMIUMS for suffix in ("", "_employee", "_employer")]
        outputs += ["social_insurance_premiums_employee", "social_insurance_premiums_employer",
                    "standard_monthly_remuneration_health", "standard_monthly_remuneration_pension",
                    "health_insurance_grade", "pension_grade"]
        employer = {
            "employees": ["you"],
            "health_insurer": {period: values["insurer"]},
            "employer_prefecture": {period: values["prefecture"]},
            "employment_insurance_industry": {period: values["industry"]},
        }
        if values["insurer"] == "health_insurance_society":
            employer["health_insurance_society_rate"] = {period: values["society_rate"]}
            employer["health_insurance_society_care_rate"] = {period: values["society_care_rate"]}
        if values["insurer"] == "mutual_aid_association":
            employer["mutual_aid_short_term_rate"] = {period: values["mutual_short_rate"]}
            employer["employment_insurance_applicable"] = {period: values["mutual_ei"] == "covered"}
            if values.get("mutual_care_rate") is not None:
                employer["mutual_aid_care_rate"] = {period: values["mutual_care_rate"]}
        person = {
            "age": {period: values["age"]},
            "birth_date": {"ETERNITY": birth_date_for_age(values["age"], period)},
            "monthly_wage": {period: values["monthly_wage"]},
            "bonus": {period: values["bonus"]},
            **requests(outputs, [period]),
        }
        return {"payslip": {"persons": {"you": person}, "employers": {"employer": employer}}}

    def answer(values, results, tax_benefit_system):
        period = values["period"]

        def cell(variable):
            return results.figure("payslip", "persons", "you", variable, period, T("", ""))

        rows = [{"label": label, "cells": [cell(name + "_employee"), cell(name + "_employer"), cell(name)]} for name, label in PREMIUMS]
        rows.append({"label": T("Total", "合計"), "total": True, "cells": [
            cell("social_insurance_premiums_employee"), cell("social_insurance_premiums_employer"), None]})
        deducted = results.figure("payslip", "persons", "you", "social_insurance_premiums_employee", period,
                                  T("Deducted from your pay", "給与から控除される額"))
        take_home = values["monthly_wage"] + values["bonus"] - deducted["value"]
        return [
            {"type": "headline", "figure": deducted,
             "text": T(f"Premiums for {period}: this is what your employer deducts from your pay.",
                       f"{period} 分の社会保険料として給与から控除される額です。")},
            {"type": "table", "title": T("Every premium of the month", "今月の保険料の内訳"),
             "columns": [T("You pay", "本人負担"), T("Your employer pays", "事業主負担"), T("Total", "合計")], "rows": rows},
            {"type": "figures", "items": [
                results.figure("payslip", "persons", "you", "standard_monthly_remuneration_health", period,
                               T("Standard monthly remuneration, health", "標準報酬月額（健康保険）")),
                results.figure("payslip", "persons", "you", "standard_monthly_remuneration_pension", period,
                               T("Standard monthly remuneration, pension", "標準報酬月額（厚生年金）")),
                figure_value(take_home, T("Pay after premiums, before income and resident tax", "保険料控除後の支給額（所得税・住民税の控除前）"),
                             note=T("wage + bonus − premiums deducted", "月給＋賞与−控除される保険料")),
            ]},
            {"type": "text", "text": T(
                "Your share is rounded by the 50-sen rule (健康保険法 第161条, 50銭以下切り捨て); health and care premiums are "
                "rounded together, so the lines may differ by a yen from their sum. Income tax and resident tax are not included.",
                "本人負担分は50銭以下切り捨て・50銭超切り上げ（健康保険法 第161条）。健康保険料と介護保険料は合算して端数処理するため、"
                "内訳の合計と1円ずれることがあります。所得税・住民税は含みません。")},
        ]

    return Calculator(
        id="payslip",
        title=T("What do I pay?", "保険料はいくら？"),
        question=T("Every premium of your pay slip, your share and your employer's.", "給与明細の社会保険料：本人負担と事業主負担。"),
        intro=T("For an employee of a company, a university or a public body (health insurance, nursing care, pension, employment insurance).",
                "会社・大学・官公庁で働く人の健康保険・介護保険・厚生年金・雇用保険。"),
        fields=fields,
        situations=situations,
        answer=answer,
        period_fields=("period",),
        next=[
            {"text": T("I am leaving my job: what then?", "退職したらどうなる？"), "href": "quit"},
            {"text": T("Can my family be my dependants?", "家族を扶養に入れられる？"), "href": "dependant"},
            {"text": T("A big medical bill: how much comes back?", "高額な医療費はどれだけ戻る？"), "href": "medical"},
        ],
    )


# 2. Leaving Japan: the lump-sum withdrawal payment


def leaving_calculator(tax_benefit_system):
    fields = [
        Field("status", "choice", "mid_long_term_resident", T("Nationality and status of residence", "国籍・在留資格"),
              options=enum_options(tax_benefit_system, "residence_status", ["mid_long_term_resident", "permanent_resident", "japanese_national"]),
              variables=("residence_status",)),
        Field("employee_months", "integer", 36, T("Months insured by employees' pension (company, from April 2003)", "厚生年金の加入月数（2003年4月以降）"),
              T("Months your employer deducted employees' pension premiums.", "給与から厚生年金保険料が控除されていた月数。"),
              variables=("contribution_months_employees_pension_since_2003_04",), unit=T("months", "か月")),
        Field("average_remuneration", "amount", 300000, T("Average standard remuneration while insured", "被保険者期間の平均標準報酬額"),
              T("Average of your standard monthly remuneration and bonuses (see your pension record, ねんきん定期便).",
                "標準報酬月額と標準賞与額の平均（ねんきん定期便などで確認）。"),
              variables=("lump_sum_average_standard_remuneration",), unit=YEN),
        Field("national_months", "integer", 0, T("Months of National Pension premiums paid yourself", "国民年金保険料を自分で納めた月数"),
              variables=("contribution_months_category_1_paid",), unit=T("months", "か月")),
        Field("national_last_month", "month", "2026-03", T("Last month of National Pension paid", "国民年金を最後に納めた月"),
              variables=("national_pension_last_paid_month",), show_if=None),
        Field("loss_date", "date", "2026-04-01", T("Day after you left the job (loss of employees' pension)", "退職日の翌日（厚生年金の資格喪失日）"),
              variables=("employees_pension_loss_date",)),
        Field("left_japan", "date", "2026-04-20", T("Day you left Japan (moving-out notice)", "出国日（転出届の転出日）"),
              variables=("left_japan_date",)),
        Field("claim_date", "date", "2026-05-01", T("Day you send the claim", "請求書を提出する日"),
              variables=("lump_sum_withdrawal_claim_date",)),
    ]

    def situations(values):
        year = values["claim_date"][:4]
        outputs = ["lump_sum_withdrawal_eligible", "lump_sum_withdrawal_employees_pension", "lump_sum_withdrawal_employees_pension_tax",
                   "lump_sum_withdrawal_employees_pension_net", "lump_sum_withdrawal_employees_pension_payment_rate",
                   "lump_sum_withdrawal_national_pension", "lump_sum_withdrawal_national_pension_months"]
        person = {
            "residence_status": {f"{year}-01": values["status"]},
            "contribution_months_paid": {"ETERNITY": values["employee_months"] + values["national_months"]},
            "contribution_months_employees_pension_since_2003_04": {"ETERNITY": values["employee_months"]},
            "contribution_months_category_1_paid": {"ETERNITY": values["national_months"]},
            "lump_sum_average_standard_remuneration": {"ETERNITY": values["average_remuneration"]},
            "employees_pension_loss_date": {"ETERNITY": values["loss_date"]},
            "left_japan_date": {"ETERNITY": values["left_japan"]},
            "lump_sum_withdrawal_claim_date": {"ETERNITY": values["claim_date"]},
            **requests(outputs, [year]),
        }
        if values["national_months"]:
            person["national_pension_last_paid_month"] = {"ETERNITY": values["national_last_month"] + "-01"}
        return {"leaving": {"persons": {"you": person}}}

    def answer(values, results, tax_benefit_system):
        year = values["claim_date"][:4]
        rules = tax_benefit_system.parameters(values["claim_date"]).national_pension.lump_sum_withdrawal
        employee_rules = tax_benefit_system.parameters(values["claim_date"]).employees_pension.lump_sum_withdrawal.rules
        left = datetime.date.fromisoformat(values["left_japan"])
        limit_years = int(rules.claim_limit_years)
        try:
            deadline = left.replace(year=left.year + limit_years)
        except ValueError:  # 29 February
            deadline = left.replace(year=left.year + limit_years, day=28)
        eligible = results.get("leaving", "persons", "you", "lump_sum_withdrawal_eligible", year)

        def fig(variable, label, unit="yen"):
            return results.figure("leaving", "persons", "you", variable, year, label, unit)

        net = fig("lump_sum_withdrawal_employees_pension_net", T("Paid to you (employees' pension, after tax)", "受取額（厚生年金、源泉徴収後）"))
        cap = int(employee_rules.maximum_months)
        counted = min(values["employee_months"], cap)
        blocks = [
            {"type": "verdict", "ok": bool(eligible), "figure": fig("lump_sum_withdrawal_eligible", T("Meets the common conditions", "共通の支給要件を満たす"), "bool"),
             "text": T("You can claim the lump-sum withdrawal payment (脱退一時金)." if eligible else
                       "You cannot claim the lump-sum withdrawal payment with these facts: see how it was computed.",
                       "脱退一時金を請求できます。" if eligible else "この条件では脱退一時金を請求できません（計算方法を参照）。")},
            {"type": "headline", "figure": net, "text": T("Employees' pension lump sum after the 20.42 % withheld.", "厚生年金の脱退一時金（20.42% 源泉徴収後）。")},
            {"type": "figures", "items": [
                fig("lump_sum_withdrawal_employees_pension", T("Employees' pension lump sum, gross", "厚生年金 脱退一時金（税引前）")),
                fig("lump_sum_withdrawal_employees_pension_tax", T("Income tax withheld, 20.42 %", "源泉徴収される所得税（20.42%）")),
                fig("lump_sum_withdrawal_employees_pension_payment_rate", T("Payment rate (× average remuneration)", "支給率（平均標準報酬額に乗じる率）"), "number"),
                fig("lump_sum_withdrawal_national_pension", T("National Pension lump sum (not taxed)", "国民年金 脱退一時金（非課税）")),
                figure_value(counted, T(f"Months counted (at most {cap})", f"計算に使う月数（上限{cap}か月）"), "months",
                             T(f"Months beyond {cap} are not paid back (last month April 2021 or later; 36 before).",
                               f"{cap}か月を超える期間は支給されません（最終月が2021年4月以降。それ以前は36か月）。")),
                figure_value(deadline.isoformat(), T("Claim by (2 years after leaving Japan)", "請求期限（出国日から2年）"), "date",
                             T("The claim must reach the Japan Pension Service within 2 years of the day you left.",
                               "出国日から2年以内に日本年金機構に請求書が届く必要があります。")),
            ]},
            {"type": "text", "title": T("Getting the 20.42 % back", "20.42% を取り戻すには"), "text": T(
                "The tax withheld can be refunded: appoint a tax representative (納税管理人) in Japan and notify the tax office of "
                "your last address before you leave; after the payment, the representative files a return electing retirement-income "
                "taxation (退職所得の選択課税による還付申告). The retirement income deduction (at least 800,000 yen) usually makes "
                "the whole tax refundable, paid to the representative's Japanese account.",
                "源泉徴収された税は還付を受けられます。出国前に納税管理人を定めて最後の住所地の税務署に届け出、脱退一時金の支払後に"
                "納税管理人が「退職所得の選択課税による還付申告」をします。退職所得控除（最低80万円）により、通常は全額が還付され、"
                "納税管理人の国内口座に振り込まれます。"),
             "links": [link("所得税法 第171条 (退職所得についての選択課税)", LAW_INCOME_TAX + "#Mp-At_171"),
                       link("所得税法 第173条 (還付申告)", LAW_INCOME_TAX + "#Mp-At_173"),
                       link("日本年金機構 脱退一時金の制度", JPS_LUMP_SUM)]},
        ]
        return blocks

    return Calculator(
        id="leaving",
        title=T("Leaving Japan", "日本を離れるとき"),
        question=T("How much pension do I get back when I leave Japan?", "出国すると年金保険料はいくら戻る？"),
        intro=T("For a foreign national who paid Japanese pension premiums and leaves Japan for good (lump-sum withdrawal payment, 脱退一時金).",
                "日本の年金に加入していた外国籍の人が出国後に請求できる脱退一時金。"),
        fields=fields,
        situations=situations,
        answer=answer,
        period_fields=("claim_date",),
        next=[
            {"text": T("What do I pay while I work here?", "働いている間の保険料は？"), "href": "payslip"},
            {"text": T("I quit my job: what now?", "退職したらどうする？"), "href": "quit"},
        ],
    )


# 3. Can they be my dependant?


def dependant_calculator(tax_benefit_system):
    relationships = enum_options(tax_benefit_system, "relationship_to_insured_person",
                                 ["spouse", "child", "lineal_ascendant", "grandchild", "sibling", "other_relative_within_third_degree"])
    fields = [
        Field("period", "month", "2026-04", T("Month", "対象月"), variables=()),
        Field("relationship", "choice", "lineal_ascendant", T("Who is it?", "あなたとの続柄"), options=relationships,
              variables=("relationship_to_insured_person",)),
        Field("status", "choice", "short_term_stay", T("Their nationality or visa", "その人の国籍・在留資格"),
              options=enum_options(tax_benefit_system, "residence_status", ["japanese_national", "permanent_resident", "mid_long_term_resident",
                                                                            "short_term_stay", "designated_activities_medical",
                                                                            "designated_activities_long_stay_tourism"]),
              variables=("residence_status",)),
        Field("in_japan", "bool", True, T("They have an address in Japan", "日本国内に住所がある"), variables=("lives_in_japan",)),
        Field("overseas_exception", "bool", False, T("They live abroad as a student, or accompany you on a posting abroad", "海外留学中、または海外赴任に同行している"),
              variables=("dependant_overseas_exception",), show_if={"in_japan": [False]}),
        Field("age", "integer", 62, T("Their age", "その人の年齢"), variables=("birth_date",), unit=T("years", "歳")),
        Field("income", "amount", 0, T("Their expected income over the next 12 months", "その人の今後12か月の収入見込み"),
              T("Wages, pensions, unemployment benefit… before tax.", "給与・年金・失業給付などの税引前の額。"),
              variables=("expected_annual_income",), unit=YEN),
        Field("together", "bool", True, T("They live with you", "あなたと同居している"), variables=("lives_with_insured_person",)),
        Field("remittance", "amount", 0, T("Money you send them in a year", "あなたからの年間の仕送り額"),
              variables=("remittance_from_insured_person",), show_if={"together": [False]}, unit=YEN),
        Field("your_wage", "amount", 350000, T("Your monthly wage (you are insured at work)", "あなたの月給（勤務先の健康保険に加入）"),
              variables=("monthly_wage",), unit=YEN),
        Field("your_income", "amount", 4200000, T("Your annual income", "あなたの年収"), variables=("annual_income",), unit=YEN),
    ]

    tests = ["has_employee_insured_family_member", "relationship_to_insured_person", "lives_with_insured_person", "dependant_income_limit",
             "residence_status", "lives_in_japan", "dependant_overseas_exception", "is_employee_health_insured",
             "is_voluntary_continued_insured", "is_late_stage_elderly_insured", "is_health_insurance_dependant", "health_insurance_scheme"]

    def situations(values):
        period = values["period"]
        year = period[:4]
        relative = {
            "birth_date": {"ETERNITY": birth_date_for_age(values["age"], period)},
            "relationship_to_insured_person": {period: values["relationship"]},
            "residence_status": {period: values["status"]},
            "lives_in_japan": {period: values["in_japan"]},
            "dependant_overseas_exception": {period: bool(values["overseas_exception"]) and not values["in_japan"]},
            "lives_with_insured_person": {period: values["together"]},
            "expected_annual_income": {year: values["income"]},
            "remittance_from_insured_person": {year: values["remittance"] if not values["together"] else 0},
            "employment_status": {period: "unemployed"},
        }
        relative.update({name: {period: None} for name in tests if name not in relative})
        relative.update({name: {year: None} for name in ["insured_person_annual_income"]})
        role = "spouse" if values["relationship"] == "spouse" else "children" if values["relationship"] == "child" else "others"
        # Your age is not asked: any age of an employee under 75 (not yet in late-stage care) gives the same
        # answer to the dependant test, which reads the relative's age; 40 is given explicitly (no default).
        you = {"birth_date": {"ETERNITY": birth_date_for_age(40, period)}, "monthly_wage": {period: values["your_wage"]},
               "annual_income": {year: values["your_income"]}}
        return {"dependant": {
            "persons": {"you": you, "relative": relative},
            "households": {"home": {"head": ["you"], role: ["relative"]}},
            "employers": {"employer": {"employees": ["you"], "health_insurer": {period: "kyokai_kenpo"}, "employer_prefecture": {period: "tokyo"}}},
        }}

    def answer(values, results, tax_benefit_system):
        period = values["period"]
        year = period[:4]

        def got(variable, when=period):
            return results.get("dependant", "persons", "relative", variable, when)

        p = tax_benefit_system.parameters(period + "-01").health_insurance.dependants
        limit = got("dependant_income_limit")
        income = values["income"]
        insured_income = got("insured_person_annual_income", year)
        together = got("lives_with_insured_person")
        excluded = got("residence_status") in ("short_term_stay", "diplomat", "designated_activities_medical", "designated_activities_long_stay_tourism")
        checks = [
            ("status", not excluded, T("Status of residence: short-term stay (90 days or less), medical stay and long-stay tourism never qualify.",
                                       "在留資格: 短期滞在（90日以内）、医療滞在・ロングステイの特定活動は被扶養者になれません。"),
             link("健康保険法施行規則 第37条の3", LAW_HEALTH + "#Mp-At_3")),
            ("residence", bool(got("lives_in_japan") or got("dependant_overseas_exception")),
             T("Address in Japan (or an exception: student abroad, accompanying a posting…).", "国内居住要件: 日本国内に住所があること（留学・海外赴任への同行などの例外あり）。"),
             link("健康保険法 第3条第7項; 施行規則 第37条の2", LAW_HEALTH + "#Mp-At_3")),
            ("relationship", got("relationship_to_insured_person") in ("spouse", "child", "grandchild", "sibling", "lineal_ascendant") or bool(together),
             T("Relationship: spouse, child, grandchild, sibling, parent or grandparent; other relatives within the third degree only if they live with you.",
               "続柄: 配偶者・子・孫・兄弟姉妹・直系尊属。その他の三親等内の親族は同居が条件。"),
             link("健康保険法 第3条第7項", LAW_HEALTH + "#Mp-At_3")),
            ("income_limit", income < limit, T(f"Income under {limit:,.0f} yen a year (1.8 million from 60 or with a disability).",
                                               f"年間収入が{limit:,.0f}円未満（60歳以上・障害者は180万円未満）。"),
             link("昭和52年 保発第9号; 協会けんぽ 被扶養者の範囲", "https://www.kyoukaikenpo.or.jp/g3/cat320/sb3160/sbb3163/1959-230/")),
            ("support", (income < float(p.income_ratio) * insured_income) if together else (income < values["remittance"]),
             T(f"Living together: income under half of yours ({float(p.income_ratio) * insured_income:,.0f} yen). Living apart: under what you send."
               if together else f"Living apart: income under what you send them ({values['remittance']:,.0f} yen a year).",
               f"同居: 収入があなたの年収の2分の1（{float(p.income_ratio) * insured_income:,.0f}円）未満。別居: 仕送り額未満。"
               if together else f"別居: 収入が仕送り額（年{values['remittance']:,.0f}円）未満。"),
             link("昭和52年 保発第9号", "https://www.kyoukaikenpo.or.jp/g3/cat320/sb3160/sbb3163/1959-230/")),
            ("not_insured", not got("is_employee_health_insured") and not got("is_voluntary_continued_insured") and not got("is_late_stage_elderly_insured"),
             T("Not insured at work in their own right, and under 75 (late-stage elderly care).", "本人が被用者保険の被保険者でなく、後期高齢者医療の対象（75歳以上）でもない。"),
             link("健康保険法 第3条第7項 ただし書", LAW_HEALTH + "#Mp-At_3")),
        ]
        answer_yes = bool(got("is_health_insurance_dependant"))
        failed = [check for check in checks if not check[1]]
        consistent = (not failed) == answer_yes
        deciding = failed[0] if failed else None
        verdict = {
            "type": "verdict", "ok": answer_yes,
            "figure": results.figure("dependant", "persons", "relative", "is_health_insurance_dependant", period,
                                     T("Dependant (被扶養者)", "被扶養者"), "bool"),
            "text": T("Yes: they can be your dependant under your health insurance, with no premium of their own."
                      if answer_yes else "No: they cannot be your dependant.",
                      "はい: あなたの健康保険の被扶養者になれます（本人の保険料はかかりません）。" if answer_yes else "いいえ: 被扶養者になれません。"),
        }
        if deciding and consistent:
            verdict["rule"] = {"text": deciding[2], "link": deciding[3]}
        rows = [{"ok": ok, "text": text, "link": ref} for _key, ok, text, ref in checks]
        blocks = [verdict, {"type": "checks", "title": T("The rules, one by one", "要件の確認"), "rows": rows,
                            "consistent": consistent}]
        blocks.append({"type": "figures", "items": [
            results.figure("dependant", "persons", "relative", "dependant_income_limit", period, T("Income limit that applies", "適用される収入基準額")),
            results.figure("dependant", "persons", "relative", "insured_person_annual_income", year, T("Your annual income (insured person)", "被保険者（あなた）の年収")),
        ]})
        if not answer_yes:
            blocks.append({"type": "text", "text": T(
                "Without being a dependant, a resident joins National Health Insurance at the city office; a visitor on a short-term "
                "stay cannot join Japanese health insurance and usually buys travel insurance.",
                "被扶養者になれない場合、日本に住所がある人は市区町村で国民健康保険に加入します。短期滞在の人は日本の公的医療保険に"
                "加入できないため、通常は旅行保険に加入します。")})
        return blocks

    return Calculator(
        id="dependant",
        title=T("Can they be my dependant?", "扶養に入れられる？"),
        question=T("Can my spouse, parent or child be a dependant of my health insurance at work?", "配偶者・親・子を勤務先の健康保険の被扶養者にできる？"),
        intro=T("Dependants (被扶養者) of an employee are covered without a premium of their own.", "会社員の被扶養者は本人の保険料なしで健康保険に加入できます。"),
        fields=fields,
        situations=situations,
        answer=answer,
        period_fields=("period",),
        next=[
            {"text": T("I quit: what does each option cost?", "退職後の保険はどれが安い？"), "href": "quit"},
            {"text": T("A big medical bill", "高額な医療費"), "href": "medical"},
        ],
    )


# 4. I quit: what now?


def quit_calculator(tax_benefit_system):
    municipalities = enum_options(tax_benefit_system, "municipality", ["tokyo_special_wards", "yokohama", "tsu", "yokkaichi"])
    fields = [
        Field("last_day", "date", "2026-03-31", T("Your last day at work", "退職日（最後の勤務日）"),
              T("Your company insurance ends the next day (資格喪失日).", "会社の健康保険は翌日に資格を失います（資格喪失日）。"),
              variables=("employee_health_insurance_loss_date",)),
        Field("age", "integer", 35, T("Your age", "年齢"), variables=("birth_date",), unit=T("years", "歳")),
        Field("remuneration", "amount", 300000, T("Your standard monthly remuneration at work (on your pay slip)", "退職時の標準報酬月額（給与明細に記載）"),
              T("If you do not know it, your monthly wage is close.", "わからない場合は月給に近い額です。"),
              variables=("standard_monthly_remuneration_at_loss",), unit=YEN),
        Field("insured_months", "integer", 24, T("Months you were insured without a break before leaving", "退職前に継続して加入していた月数"),
              variables=("insured_months_before_loss",), unit=T("months", "か月")),
        Field("prefecture", "choice", "tokyo", T("Prefecture of the workplace you left (Kyokai Kenpo)", "退職した事業所の都道府県（協会けんぽ）"),
              options=prefecture_options(tax_benefit_system), variables=("former_employer_prefecture",)),
        Field("municipality", "choice", "tokyo_special_wards", T("Where you live (modelled cities)", "お住まいの市区町村（対応地域）"),
              options=municipalities, variables=("municipality",)),
        Field("last_year_wages", "amount", 3600000, T("Your salary last calendar year (before tax)", "前年（1〜12月）の給与収入"),
              T("National Health Insurance is assessed on last year's income.", "国民健康保険料は前年の所得で計算されます。"),
              variables=("annual_employment_income",), unit=YEN),
        Field("involuntary", "bool", False, T("You were dismissed or your contract was not renewed", "解雇・雇止めなど会社都合で離職した"),
              T("Then National Health Insurance counts your last year's salary at 30 %.", "国民健康保険料の計算で前年の給与所得が30%とされます。"),
              variables=("nhi_involuntary_unemployment_separation_date",)),
        Field("family", "bool", True, T("A family member insured at work could support you", "勤務先の健康保険に入っている家族がいる"),
              variables=()),
        Field("family_relationship", "choice", "spouse", T("That family member is your", "その家族はあなたの"),
              options=[("spouse", T("Spouse", "配偶者")), ("lineal_ascendant", T("Parent (you are their child)", "親（あなたは子）"))],
              variables=("relationship_to_insured_person",), show_if={"family": [True]}),
        Field("family_income", "amount", 4500000, T("Their annual income", "その家族の年収"), variables=("annual_income",),
              show_if={"family": [True]}, unit=YEN),
        Field("expected_income", "amount", 0, T("Your expected income over the next 12 months", "あなたの今後12か月の収入見込み"),
              T("Include unemployment benefit: a daily amount of 3,612 yen or more counts as 1.3 million a year.",
                "失業給付も含みます（日額3,612円以上は年130万円以上とみなされます）。"),
              variables=("expected_annual_income",), show_if={"family": [True]}, unit=YEN),
    ]

    def months_of(values):
        loss = datetime.date.fromisoformat(values["last_day"]) + datetime.timedelta(days=1)
        first = f"{loss.year:04d}-{loss.month:02d}"
        start = fiscal_year_start(first)
        end = add_months(start, 11)
        months, month = [], first
        while month <= end:
            months.append(month)
            month = add_months(month, 1)
        return loss, start, months

    def situations(values):
        """One simulation, one person per option (each in groups of their own): `voluntary` continues the company
        insurance, `nhi` joins National Health Insurance, `dependant` asks to be the dependant of `family`."""
        loss, fiscal_start, months = months_of(values)
        born = birth_date_for_age(values["age"], months[0])
        fiscal_months = [add_months(fiscal_start, i) for i in range(12)]
        unemployed = {month: "unemployed" for month in fiscal_months}
        voluntary = {
            "birth_date": {"ETERNITY": born},
            "employment_status": dict(unemployed),
            "employee_health_insurance_loss_date": {"ETERNITY": loss.isoformat()},
            "insured_months_before_loss": {"ETERNITY": values["insured_months"]},
            "applies_for_voluntary_continuation": {"ETERNITY": True},
            "standard_monthly_remuneration_at_loss": {"ETERNITY": values["remuneration"]},
            "former_health_insurer": {"ETERNITY": "kyokai_kenpo"},
            "former_employer_prefecture": {"ETERNITY": values["prefecture"]},
            "is_national_health_insurance_member": {month: False for month in fiscal_months},
            **requests(["voluntary_continuation_premium", "is_voluntary_continued_insured"], months),
        }
        nhi = {
            "birth_date": {"ETERNITY": born},
            "employment_status": dict(unemployed),
            "annual_employment_income": {str(int(fiscal_start[:4]) - 1): values["last_year_wages"]},
            "is_national_health_insurance_member": {month: month in months for month in fiscal_months},
            "national_health_insurance_months": {f"year:{fiscal_start}": None},
        }
        if values["involuntary"]:
            nhi["nhi_involuntary_unemployment_separation_date"] = {"ETERNITY": values["last_day"]}
        persons = {"voluntary": voluntary, "nhi": nhi}
        households = {
            "voluntary_home": {"head": ["voluntary"]},
            "nhi_home": {"head": ["nhi"], "municipality": {month: values["municipality"] for month in fiscal_months},
                         **requests(["national_health_insurance_premium"], [f"year:{fiscal_start}"])},
        }
        employers = {}
        if values["family"]:
            first = months[0]
            year = first[:4]
            role = "spouse" if values["family_relationship"] == "spouse" else "children"
            relationship = "spouse" if values["family_relationship"] == "spouse" else "child"
            persons["dependant"] = {
                "birth_date": {"ETERNITY": born},
                "employment_status": dict(unemployed),
                "is_national_health_insurance_member": {month: False for month in fiscal_months},
                "relationship_to_insured_person": {first: relationship},
                "expected_annual_income": {year: values["expected_income"]},
                "is_health_insurance_dependant": {first: None},
            }
            # The family member's age is not asked: any age of an employee under 75 gives the same dependant test.
            persons["family"] = {"birth_date": {"ETERNITY": birth_date_for_age(40, first)}, "employment_status": {first: "employee"}, "monthly_wage": {first: round(values["family_income"] / 12)},
                                 "annual_income": {year: values["family_income"]}}
            households["family_home"] = {"head": ["family"], role: ["dependant"]}
            employers["family_employer"] = {"employees": ["family"], "health_insurer": {first: "kyokai_kenpo"}, "employer_prefecture": {first: "tokyo"}}
        situation = {"persons": persons, "households": households}
        if employers:
            situation["employers"] = employers
        return {"quit": situation}

    def answer(values, results, tax_benefit_system):
        loss, fiscal_start, months = months_of(values)
        deadline_days = int(tax_benefit_system.parameters(loss.isoformat()).health_insurance.voluntary_continuation.application_deadline_days)
        voluntary_deadline = loss + datetime.timedelta(days=deadline_days - 1)
        nhi_deadline = loss + datetime.timedelta(days=13)
        fiscal = f"year:{fiscal_start}"
        nhi_total = results.get("quit", "households", "nhi_home", "national_health_insurance_premium", fiscal)
        nhi_months = results.get("quit", "persons", "nhi", "national_health_insurance_months", fiscal) or 0
        voluntary_ok = all(results.get("quit", "persons", "voluntary", "is_voluntary_continued_insured", m) for m in months)
        rows, voluntary_total = [], 0
        nhi_monthly = nhi_total / nhi_months if nhi_months else 0
        for month in months:
            premium = results.figure("quit", "persons", "voluntary", "voluntary_continuation_premium", month, T(month, month))
            voluntary_total += premium["value"]
            rows.append({"label": T(month, month), "cells": [
                premium,
                figure_value(round(nhi_monthly), T("", ""), note=T("yearly premium ÷ months of membership", "年額保険料 ÷ 加入月数")),
                figure_value(0, T("", "")) if values["family"] else None,
            ]})
        dependant_ok = bool(values["family"]) and bool(results.get("quit", "persons", "dependant", "is_health_insurance_dependant", months[0]))
        options = []
        if voluntary_ok:
            options.append(("voluntary", voluntary_total, T("voluntary continuation", "任意継続")))
        options.append(("nhi", nhi_total, T("National Health Insurance", "国民健康保険")))
        if dependant_ok:
            options.append(("dependant", 0, T("becoming a dependant", "家族の被扶養者")))
        cheapest = min(options, key=lambda option: option[1])
        rows.append({"label": T("Total", "合計"), "total": True, "cells": [
            figure_value(voluntary_total if voluntary_ok else 0, T("", "")),
            results.figure("quit", "households", "nhi_home", "national_health_insurance_premium", fiscal, T("", "")),
            figure_value(0, T("", "")) if values["family"] else None,
        ]})
        columns = [T("Voluntary continuation (任意継続)", "任意継続"), T("National Health Insurance (国民健康保険)", "国民健康保険"),
                   T("Dependant of a family member (被扶養者)", "家族の被扶養者")]
        blocks = [
            {"type": "headline", "figure": figure_value(cheapest[1], T("Cheapest option until March", "3月までで最も安い選択肢")),
             "text": T(f"The cheapest option for {months[0]} to {months[-1]} is {cheapest[2]['en']}.",
                       f"{months[0]}〜{months[-1]} で最も安いのは{cheapest[2]['ja']}です。")},
            {"type": "table", "title": T("Month by month", "月ごとの保険料"), "columns": columns if values["family"] else columns[:2], "rows": rows},
            {"type": "checks", "title": T("Can you choose each option?", "それぞれの選択肢を選べるか"), "consistent": True, "rows": [
                {"ok": voluntary_ok, "text": T(f"Voluntary continuation: insured 2 months or more before leaving, apply within {deadline_days} days: by {voluntary_deadline.isoformat()}.",
                                              f"任意継続: 退職前に2か月以上加入、資格喪失日から{deadline_days}日以内（{voluntary_deadline.isoformat()}まで）に申出。"),
                 "link": link("健康保険法 第3条第4項, 第37条", LAW_HEALTH + "#Mp-At_37")},
                {"ok": True, "text": T(f"National Health Insurance: notify your city office within 14 days: by {nhi_deadline.isoformat()}; the premium is due from the month you lose the company insurance.",
                                       f"国民健康保険: 14日以内（{nhi_deadline.isoformat()}まで）に市区町村へ届出。保険料は資格喪失月から。"),
                 "link": link("国民健康保険法 第9条 (届出)", LAW_NHI + "#Mp-At_9")},
                {"ok": dependant_ok, "text": T("Dependant of a family member: your expected income and theirs must pass the dependant test."
                                               if values["family"] else "Dependant of a family member: no family member insured at work.",
                                               "家族の被扶養者: あなたの収入見込みと家族の収入が被扶養者の要件を満たすこと。" if values["family"] else "家族の被扶養者: 勤務先の健康保険に入っている家族がいない。"),
                 "link": link("健康保険法 第3条第7項", LAW_HEALTH + "#Mp-At_3")},
            ]},
        ]
        figures = [results.figure("quit", "households", "nhi_home", "national_health_insurance_premium", fiscal,
                                  T(f"National Health Insurance, fiscal year from {fiscal_start}", f"国民健康保険料（{fiscal_start}からの年度）"))]
        if values["family"]:
            figures.append(results.figure("quit", "persons", "dependant", "is_health_insurance_dependant", months[0],
                                          T("You can be a dependant", "被扶養者になれる"), "bool"))
        blocks.append({"type": "figures", "items": figures})
        blocks.append({"type": "text", "text": T(
            "Pension: unless you become a dependent spouse (category 3), you also pay the National Pension premium from the month you leave. "
            "Later fiscal years are not shown: their rates are not published yet.",
            "年金: 被扶養配偶者（第3号）にならない場合、退職月から国民年金保険料もかかります。翌年度以降の料率は未公表のため表示していません。")})
        return blocks

    return Calculator(
        id="quit",
        title=T("I quit: what now?", "退職後の健康保険"),
        question=T("Voluntary continuation, National Health Insurance or a family member's insurance: what does each cost?",
                   "任意継続・国民健康保険・家族の扶養：それぞれいくら？"),
        intro=T("After you leave a job covered by Kyokai Kenpo, month by month until the end of the fiscal year.",
                "協会けんぽの会社を退職した後、年度末までの月ごとの保険料。"),
        fields=fields,
        situations=situations,
        answer=answer,
        period_fields=("last_day",),
        next=[
            {"text": T("Unemployment benefit: how much and how long?", "失業給付はいくら・何日？"), "href": "unemployment"},
            {"text": T("Can they be my dependant?", "扶養に入れられる？"), "href": "dependant"},
        ],
    )


# 5. A big medical bill


def medical_calculator(tax_benefit_system):
    fields = [
        Field("period", "month", "2026-07", T("Month of the care", "受診した月"), variables=()),
        Field("cost", "amount", 1000000, T("Total medical cost of the month (10/10, before insurance)", "その月の医療費の総額（10割）"),
              T("The full cost, as on the receipt's total points × 10 yen.", "保険適用前の総額（領収書の点数×10円）。"),
              variables=("medical_expenses",), unit=YEN),
        Field("age", "integer", 45, T("Patient's age", "患者の年齢"), variables=("age",), unit=T("years", "歳")),
        Field("wage", "amount", 380000, T("Patient's monthly wage (insured at work)", "患者の月給（勤務先の健康保険に加入）"),
              T("Sets the standard monthly remuneration and so the income category.", "標準報酬月額と所得区分が決まります。"),
              variables=("monthly_wage",), unit=YEN),
        Field("prior", "integer", 0, T("Months with a high-cost refund in the last 12 months", "直近12か月で高額療養費を受けた月数"),
              T("From the 4th time the limit is lower (多数回該当).", "4回目から限度額が下がります（多数回該当）。"),
              variables=("high_cost_prior_payment_months",), unit=T("months", "か月")),
    ]
    outputs = ["copayment_rate", "copayment_amount", "high_cost_income_category", "high_cost_medical_expense_limit",
               "high_cost_medical_expense_refund", "copayment_at_window"]

    def person(values, prior):
        period = values["period"]
        return {"age": {period: values["age"]}, "birth_date": {"ETERNITY": birth_date_for_age(values["age"], period)},
                "monthly_wage": {period: values["wage"]}, "medical_expenses": {period: values["cost"]},
                "high_cost_prior_payment_months": {period: prior}, **requests(outputs, [period])}

    def situations(values):
        # The same patient from the 4th time in 12 months (多数回該当) is a second person of the same simulation,
        # in groups of their own (no aggregation with the first).
        period = values["period"]
        return {"medical": {
            "persons": {"patient": person(values, values["prior"]), "patient_4th_time": person(values, max(values["prior"], 3))},
            "households": {"home": {"head": ["patient"]}, "home_4th_time": {"head": ["patient_4th_time"]}},
            "employers": {
                "employer": {"employees": ["patient"], "health_insurer": {period: "kyokai_kenpo"}, "employer_prefecture": {period: "tokyo"}},
                "employer_4th_time": {"employees": ["patient_4th_time"], "health_insurer": {period: "kyokai_kenpo"},
                                      "employer_prefecture": {period: "tokyo"}},
            },
        }}

    def answer(values, results, tax_benefit_system):
        period = values["period"]

        def fig(variable, label, unit="yen", who="patient"):
            return results.figure("medical", "persons", who, variable, period, label, unit)

        refund = fig("high_cost_medical_expense_refund", T("Refunded to you (high-cost medical expense benefit)", "払い戻される額（高額療養費）"))
        copay = results.get("medical", "persons", "patient", "copayment_amount", period)
        limit = results.get("medical", "persons", "patient", "high_cost_medical_expense_limit", period)
        category = results.get("medical", "persons", "patient", "high_cost_income_category", period)
        category_label = tax_benefit_system.variables["high_cost_income_category"].possible_values[category].value
        with_certificate = copay - refund["value"]
        return [
            {"type": "headline", "figure": refund,
             "text": T(f"You pay {limit:,.0f} yen in the end for this month: the rest of the copayment comes back.",
                       f"この月の最終的な自己負担は{limit:,.0f}円です。残りの窓口負担は払い戻されます。")},
            {"type": "figures", "items": [
                fig("copayment_rate", T("Copayment rate", "自己負担割合"), "rate"),
                fig("copayment_amount", T("Copayment at the window, without the certificate", "窓口負担（認定証なし）")),
                fig("high_cost_medical_expense_limit", T("Your monthly limit", "自己負担限度額")),
                figure_value(category_label, T("Income category", "所得区分"), "text"),
                fig("high_cost_medical_expense_limit", T("Limit from the 4th time in 12 months (多数回該当)", "多数回該当（12か月で4回目以降）の限度額"), who="patient_4th_time"),
                figure_value(with_certificate, T("At the window with the limit certificate (限度額適用認定証) or a My Number insurance card", "限度額適用認定証・マイナ保険証を使った場合の窓口負担"),
                             note=T("copayment − refund: you pay only up to the limit at the hospital (one hospital, one month)",
                                    "窓口負担−払戻額：病院の窓口では限度額まで（1医療機関・1か月）")),
            ]},
            {"type": "text", "text": T(
                "Without the certificate you pay the copayment at the hospital and the insurer refunds the excess about three months later. "
                "With the limit certificate, or the My Number insurance card, the hospital charges only up to the limit. Meals in hospital, "
                "private rooms and care outside insurance are not counted.",
                "認定証がない場合は窓口で自己負担分を支払い、約3か月後に超過分が払い戻されます。限度額適用認定証またはマイナ保険証を使うと、"
                "窓口での支払いが限度額までになります。入院時の食事代・差額ベッド代・保険外の費用は対象外です。"),
             "links": [link("健康保険法 第115条 (高額療養費)", LAW_HEALTH + "#Mp-At_115"),
                       link("協会けんぽ 高額な医療費を支払ったとき", "https://www.kyoukaikenpo.or.jp/g3/cat310/sb3030/r150/")]},
        ]

    return Calculator(
        id="medical",
        title=T("A big medical bill", "高額な医療費"),
        question=T("How much of a big hospital bill do I really pay?", "高額な医療費、実際の負担はいくら？"),
        intro=T("For a patient under 70 insured by Kyokai Kenpo (high-cost medical expense benefit, 高額療養費).", "協会けんぽ加入の70歳未満の患者（高額療養費制度）。"),
        fields=fields,
        situations=situations,
        answer=answer,
        period_fields=("period",),
        next=[
            {"text": T("What do I pay each month?", "毎月の保険料は？"), "href": "payslip"},
            {"text": T("Can my family be my dependants?", "家族を扶養に入れられる？"), "href": "dependant"},
        ],
    )


# 6. Unemployment benefit


def unemployment_calculator(tax_benefit_system):
    reasons = enum_options(tax_benefit_system, "job_leaving_reason",
                           ["voluntary", "voluntary_with_just_cause", "contract_expiry_or_retirement", "dismissal", "serious_misconduct"])
    fields = [
        Field("last_day", "date", "2026-07-31", T("Your last day at work", "離職日"), variables=()),
        Field("age", "integer", 35, T("Your age on that day", "離職日の年齢"), variables=("age_on_leaving",), unit=T("years", "歳")),
        Field("wages", "amount", 1800000, T("Wages of your last 6 months, without bonuses", "離職前6か月の賃金の合計（賞与を除く）"),
              variables=("wages_last_6_months",), unit=YEN),
        Field("years", "integer", 5, T("Years insured by employment insurance", "雇用保険の被保険者であった期間（年）"),
              variables=("employment_insurance_insured_years",), unit=T("years", "年")),
        Field("months_2_years", "integer", 24, T("Insured months in the 2 years before leaving", "離職前2年間の被保険者期間（月）"),
              T("Months with 11 or more paid days (or 80 hours).", "賃金支払基礎日数11日以上（または80時間以上）の月。"),
              variables=("insured_months_last_2_years", "insured_months_last_year"), unit=T("months", "か月")),
        Field("reason", "choice", "voluntary", T("Why you left", "離職理由"), options=reasons, variables=("job_leaving_reason",)),
        Field("prior", "integer", 0, T("Earlier own-reason leavings with benefit decided in the last 5 years", "過去5年間に自己都合離職で受給資格決定を受けた回数"),
              variables=("prior_voluntary_leavings_last_5_years",), show_if={"reason": ["voluntary"]}),
        Field("training", "bool", False, T("You took qualifying education and training (from April 2025)", "対象の教育訓練を受講した（2025年4月以降）"),
              variables=("took_training_lifting_restriction",), show_if={"reason": ["voluntary"]}),
    ]
    outputs = ["wage_daily_amount", "basic_allowance_daily", "basic_allowance_prescribed_days", "basic_allowance_waiting_days",
               "basic_allowance_restriction_months", "basic_allowance_eligible"]

    def situations(values):
        month = values["last_day"][:7]
        person = {
            "age_on_leaving": {month: values["age"]},
            "wages_last_6_months": {month: values["wages"]},
            "employment_insurance_insured_years": {month: values["years"]},
            "insured_months_last_2_years": {month: values["months_2_years"]},
            "insured_months_last_year": {month: min(values["months_2_years"], 12)},
            "job_leaving_reason": {month: values["reason"]},
            "prior_voluntary_leavings_last_5_years": {month: values["prior"] if values["reason"] == "voluntary" else 0},
            "took_training_lifting_restriction": {month: bool(values["training"]) and values["reason"] == "voluntary"},
            **requests(outputs, [month]),
        }
        return {"unemployment": {"persons": {"you": person}}}

    def answer(values, results, tax_benefit_system):
        month = values["last_day"][:7]

        def fig(variable, label, unit="yen"):
            return results.figure("unemployment", "persons", "you", variable, month, label, unit)

        daily = fig("basic_allowance_daily", T("Basic allowance per day", "基本手当日額"))
        days = results.get("unemployment", "persons", "you", "basic_allowance_prescribed_days", month)
        eligible = results.get("unemployment", "persons", "you", "basic_allowance_eligible", month)
        total = daily["value"] * days
        return [
            {"type": "verdict", "ok": bool(eligible), "figure": fig("basic_allowance_eligible", T("Qualifies", "受給資格"), "bool"),
             "text": T("You qualify for the basic allowance (基本手当)." if eligible else "You do not qualify for the basic allowance with these facts.",
                       "基本手当の受給資格があります。" if eligible else "この条件では基本手当の受給資格がありません。")},
            {"type": "headline", "figure": figure_value(total, T("Total if you stay unemployed for all the prescribed days", "所定給付日数をすべて受給した場合の総額"),
                                                        note=T("daily amount × prescribed days", "基本手当日額 × 所定給付日数")),
             "text": T(f"{daily['value']:,} yen a day for up to {days} days.", f"1日{daily['value']:,}円を最大{days}日。")},
            {"type": "figures", "items": [
                fig("wage_daily_amount", T("Wage daily amount (賃金日額)", "賃金日額")),
                daily,
                fig("basic_allowance_prescribed_days", T("Prescribed days", "所定給付日数"), "days"),
                fig("basic_allowance_waiting_days", T("Waiting period, not paid", "待期（支給なし）"), "days"),
                fig("basic_allowance_restriction_months", T("Restriction after the waiting period", "給付制限期間"), "months"),
            ]},
            {"type": "text", "text": T(
                "Register at Hello Work with your separation notice (離職票). The waiting period counts from the day your claim is accepted; "
                "the benefit must be drawn within one year of leaving.",
                "離職票を持ってハローワークで求職の申込みをします。待期は受給資格決定日から数えます。受給期間は原則として離職日の翌日から1年です。"),
             "links": [link("雇用保険法 第13条〜第33条", LAW_EMPLOYMENT + "#Mp-At_13")]},
        ]

    return Calculator(
        id="unemployment",
        title=T("Unemployment benefit", "失業給付（基本手当）"),
        question=T("How much unemployment benefit, for how long, and from when?", "失業給付はいくら、何日、いつから？"),
        intro=T("The basic allowance of employment insurance after you leave a job (基本手当).", "離職後の雇用保険の基本手当。"),
        fields=fields,
        situations=situations,
        answer=answer,
        period_fields=("last_day",),
        next=[
            {"text": T("My health insurance after quitting", "退職後の健康保険"), "href": "quit"},
            {"text": T("Leaving Japan", "日本を離れるとき"), "href": "leaving"},
        ],
    )


FACTORIES = [payslip_calculator, leaving_calculator, dependant_calculator, quit_calculator, medical_calculator, unemployment_calculator]


def build_calculators(tax_benefit_system):
    """{id: Calculator} in the order of the home page."""
    calculators = [factory(tax_benefit_system) for factory in FACTORIES]
    return {calculator.id: calculator for calculator in calculators}
