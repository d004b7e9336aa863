"""How a number was computed: the steps of openfisca's trace, with labels, values, periods, formulas in words
and the law (variables' `reference`, parameters' `metadata.reference`).

Built from the web API's `/trace` answer (`openfisca_japan.edge.web_api.trace`) for one requested value.
Used by the calculator pages (`POST /explain`) and by `openfisca-japan explain`.

An explanation is a dict (JSON-ready):

    {"variable", "period", "entity", "id", "value", "label": {"en", "ja"}, "root": "<step id>",
     "steps": {"<variable>:<period>": {"variable", "period", "label", "value", "display", "kind", "unit",
               "formula": {"en", "ja"}, "references": [{"title", "href"}], "parameters": [...],
               "depends_on": ["<step id>", ...]}},
     "order": [step ids, depth first from the root]}

Values are those of the entity asked for (the person, or the person's household or employer); a step of
another entity shows the values of every instance (`values_by_id`).
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Mapping

from openfisca_core.indexed_enums import Enum

URL = re.compile(r"https?://[^\s)）;,、]+")
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
LABEL_WITH_TERM = re.compile(r"^(?P<en>.*?)\s*\((?P<ja>[^()]*[\u3040-\u30ff\u3400-\u9fff][^()]*)\)\s*(?P<rest>.*)$")
TRACE_KEY = re.compile(r"^(?P<name>[^<]+)<(?P<period>[^>]*)>$")


class ExplainError(ValueError):
    """The explanation cannot be given (unknown variable, entity or id)."""


def split_label(label):
    """'Standard monthly remuneration (標準報酬月額)' -> {'en': 'Standard monthly remuneration', 'ja': '標準報酬月額'}.

    A label without a Japanese term in brackets is given as is in both languages.
    """
    label = (label or "").strip()
    match = LABEL_WITH_TERM.match(label)
    if match:
        english = (match["en"] + (" " + match["rest"] if match["rest"] else "")).strip().rstrip(",;")
        return {"en": english, "ja": match["ja"].strip()}
    if JAPANESE.search(label) and not re.search(r"[A-Za-z]{3}", label):
        return {"en": label, "ja": label}
    return {"en": label, "ja": label}


def parse_references(reference):
    """A variable's `reference` (text or list of texts, each 'title (url)', 'title; title (url)' or a url)
    -> [{'title', 'href'}] (href None when the text names an article without a link)."""
    if not reference:
        return []
    items = reference if isinstance(reference, (list, tuple)) else [reference]
    found = []
    for item in items:
        if isinstance(item, Mapping):
            found.append({"title": str(item.get("title") or item.get("href") or ""), "href": item.get("href")})
            continue
        text = str(item).strip()
        urls = URL.findall(text)
        title = URL.sub("", text)
        title = re.sub(r"\(\s*\)|（\s*）", "", title).strip(" ;,()")
        if not urls:
            found.append({"title": title, "href": None})
        for url in urls:
            found.append({"title": title or _title_of_url(url), "href": url})
    return _unique(found)


#: e-Gov law ids of the laws the model cites most (title of a bare e-Gov link).
LAW_NAMES = {
    "211AC0000000070": "健康保険法",
    "215IO0000000243": "健康保険法施行令",
    "329AC0000000115": "厚生年金保険法",
    "334AC0000000141": "国民年金法",
    "333AC0000000192": "国民健康保険法",
    "333CO0000000362": "国民健康保険法施行令",
    "333AC0000000128": "国家公務員共済組合法",
    "349AC0000000116": "雇用保険法",
    "350M50002000003": "雇用保険法施行規則",
    "344AC0000000084": "労働保険の保険料の徴収等に関する法律",
    "322AC0000000050": "労働者災害補償保険法",
    "322AC0000000049": "労働基準法",
    "357AC0000000080": "高齢者の医療の確保に関する法律",
    "409AC0000000123": "介護保険法",
    "410CO0000000412": "介護保険法施行令",
    "325AC0000000226": "地方税法",
    "340AC0000000033": "所得税法",
    "332AC0000000026": "租税特別措置法",
    "135AC0000000050": "年齢計算ニ関スル法律",
}
ARTICLE = re.compile(r"Mp-At_(?P<article>\d+(?:_\d+)*)(?:-Pr_(?P<paragraph>\d+))?")


def _title_of_url(url):
    """A readable title for a bare link: the law and article of an e-Gov link, else the site."""
    match = re.search(r"laws\.e-gov\.go\.jp/law/(?P<id>[0-9A-Z]+)(?:#(?P<anchor>\S+))?", url)
    if match:
        name = LAW_NAMES.get(match["id"], "e-Gov 法令検索")
        article = ARTICLE.search(match["anchor"] or "")
        if article:
            number, *branches = article["article"].split("_")
            name += f" 第{number}条" + "".join(f"の{b}" for b in branches)
            if article["paragraph"]:
                name += f"第{article['paragraph']}項"
        return name
    host = re.sub(r"^https?://", "", url).split("/")[0]
    known = {
        "www.mhlw.go.jp": "厚生労働省",
        "www.nenkin.go.jp": "日本年金機構",
        "www.kyoukaikenpo.or.jp": "全国健康保険協会 (協会けんぽ)",
        "www.nta.go.jp": "国税庁",
        "www.hellowork.mhlw.go.jp": "ハローワーク",
        "www.cfa.go.jp": "こども家庭庁",
    }
    return known.get(host, host)


def _unique(references):
    seen, unique = set(), []
    for reference in references:
        key = (reference.get("title"), reference.get("href"))
        if key not in seen:
            seen.add(key)
            unique.append(reference)
    return unique


# Parameters


def find_parameter(tax_benefit_system, name):
    """(the parameter or node named `name`, [its ancestors, root first]) or (None, [])."""
    node = tax_benefit_system.parameters
    chain = []
    for part in name.split("."):
        children = getattr(node, "children", None)
        if children is None or part not in children:
            return None, []
        chain.append(node)
        node = children[part]
    return node, chain


def describe_parameter(tax_benefit_system, name, instant, value):
    """A parameter used by a formula: label, value, unit, the date its value applies from, and its references."""
    parameter, ancestors = find_parameter(tax_benefit_system, name)
    entry = {"name": name, "instant": instant, "value": _json_value(value), "label": {"en": name, "ja": name}}
    if parameter is None:
        entry["references"] = []
        return entry
    metadata = getattr(parameter, "metadata", {}) or {}
    label = metadata.get("label") or getattr(parameter, "description", None) or name
    entry["label"] = split_label(label)
    unit = metadata.get("unit")
    references = []
    in_force_since = None
    verification = None
    for value_at in getattr(parameter, "values_list", []) or []:  # newest first
        if value_at.instant_str <= instant:
            in_force_since = value_at.instant_str
            references += list((value_at.metadata or {}).get("reference") or [])
            verification = (value_at.metadata or {}).get("verification")
            break
    verification = verification or metadata.get("verification")
    references += list(metadata.get("reference") or [])
    for node in reversed(ancestors):
        node_metadata = getattr(node, "metadata", {}) or {}
        unit = unit or node_metadata.get("unit")
        references += list(node_metadata.get("reference") or [])
    entry["unit"] = unit
    entry["in_force_since"] = in_force_since
    entry["verification"] = verification
    entry["references"] = parse_references(references)
    return entry


def _relevant_parameters(parameters, enum_values):
    """Drop the siblings of an enum-keyed parameter table (all 47 prefectures are read): keep the entry named by
    an enum value of the step's inputs (e.g. `...rate.mie` for an employer in Mie)."""
    by_parent = {}
    for key in parameters:
        name = TRACE_KEY.match(key)["name"] if TRACE_KEY.match(key) else key
        parent, _, leaf = name.rpartition(".")
        by_parent.setdefault(parent, []).append((key, leaf))
    kept = []
    for _parent, entries in by_parent.items():
        if len(entries) > 3:
            chosen = [key for key, leaf in entries if leaf in enum_values]
            kept += chosen if chosen else [key for key, _ in entries]
        else:
            kept += [key for key, _ in entries]
    return kept


# Values


def _json_value(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, float):
        return float(f"{value:.10g}")
    return value


def unit_of(variable):
    """How a variable's values are read: yen, rate, per100k, months, days, years, bool, enum, date, number."""
    name = variable.name
    if variable.value_type is bool:
        return "bool"
    if variable.value_type is Enum:
        return "enum"
    if variable.value_type in (datetime.date,):
        return "date"
    if variable.value_type is str:
        return "text"
    if name.endswith("_pcm"):
        return "per100k"
    if "rate" in name or "ratio" in name:
        return "rate"
    if "months" in name:
        return "months"
    if "days" in name:
        return "days"
    if "years" in name or name == "age" or name.startswith("age_"):
        return "years"
    if "hours" in name:
        return "hours"
    if "count" in name or name.startswith("number_of"):
        return "number"
    if variable.value_type is float:
        return "yen"
    return "number"


def display_value(variable, value, lang="en"):
    """A value as a person reads it ('300,000 yen', '9.77 %', 'Kyokai Kenpo (協会けんぽ)', 'yes')."""
    unit = unit_of(variable)
    if value is None:
        return "—"
    if unit == "bool":
        return ("yes" if value else "no") if lang == "en" else ("はい" if value else "いいえ")
    if unit == "enum":
        try:
            return variable.possible_values[value].value
        except KeyError:
            return str(value)
    if unit in ("date", "text"):
        return str(value)
    number = float(value)
    if unit == "rate":
        return f"{number * 100:.4g} %" if number <= 1 else f"{number:g}"
    if unit == "per100k":
        return f"{number / 1000:.3f} %"
    text = f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}"
    words = {
        "yen": ("yen", "円"), "months": ("months", "か月"), "days": ("days", "日"), "years": ("years", "歳/年"),
        "hours": ("hours", "時間"), "number": ("", ""),
    }[unit]
    suffix = words[0] if lang == "en" else words[1]
    if unit == "years" and lang == "ja":
        suffix = "歳" if variable.name.startswith("age") else "年"
    return f"{text} {suffix}".strip() if lang == "en" else f"{text}{suffix}"


# The explanation


def _membership(situation, entities_description):
    """person id -> {group plural: group id} from the situation's roles (and openfisca's groups of one)."""
    members = {}
    persons = entities_description.get("persons", [])
    for plural, groups in situation.items():
        if plural == "persons" or not isinstance(groups, Mapping):
            continue
        for group_id, group in groups.items():
            if not isinstance(group, Mapping):
                continue
            for values in group.values():
                if isinstance(values, list):
                    for person_id in values:
                        if isinstance(person_id, str):
                            members.setdefault(person_id, {})[plural] = group_id
    for plural, ids in entities_description.items():
        if plural == "persons":
            continue
        for person_id in persons:
            if plural not in members.get(person_id, {}) and person_id in ids:
                members.setdefault(person_id, {})[plural] = person_id  # openfisca's group of one
    return members


def _given_inputs(situation):
    """Names of the variables the situation gives a value for (not `null`)."""
    given = set()
    for groups in situation.values():
        if not isinstance(groups, Mapping):
            continue
        for instance in groups.values():
            if not isinstance(instance, Mapping):
                continue
            for name, values in instance.items():
                if isinstance(values, Mapping) and any(value is not None for value in values.values()):
                    given.add(name)
    return given


def _formula_in_words(variable, dependencies, parameters, tax_benefit_system):
    """The variable's documentation, then what it is computed from (labels), in English and Japanese."""
    english, japanese = [], []
    documentation = (variable.documentation or "").strip()
    if variable.formulas:
        formula = variable.get_formula(None) if hasattr(variable, "get_formula") else None
        doc = (getattr(formula, "__doc__", None) or "").strip()
        if doc and doc not in documentation:
            documentation = f"{documentation} {doc}".strip()
    if documentation:
        english.append(" ".join(documentation.split()))
        japanese.append(" ".join(documentation.split()))
    inputs = []
    for dependency in dependencies:
        match = TRACE_KEY.match(dependency)
        name = match["name"] if match else dependency
        other = tax_benefit_system.variables.get(name)
        if other is not None and name not in [i[0] for i in inputs]:
            inputs.append((name, split_label(other.label or name)))
    if inputs or parameters:
        english.append(
            "Computed from "
            + ", ".join(label["en"] for _, label in inputs)
            + (" and the parameters " if inputs and parameters else "the parameters " if parameters else "")
            + ", ".join(p["label"]["en"] for p in parameters)
            + "."
        )
        japanese.append(
            "、".join(label["ja"] for _, label in inputs)
            + ("および" if inputs and parameters else "")
            + ("パラメータ「" + "」「".join(p["label"]["ja"] for p in parameters) + "」" if parameters else "")
            + "から計算。"
        )
    elif not variable.formulas:
        english.append("An input of the situation (or its default value).")
        japanese.append("入力値（または既定値）。")
    return {"en": " ".join(english), "ja": " ".join(japanese)}


def explain_trace(tax_benefit_system, situation, traced, variable_name, period, entity_id=None):
    """The explanation of `variable_name` for `period` and `entity_id`, from the `/trace` answer `traced`."""
    variable = tax_benefit_system.get_variable(variable_name)
    if variable is None:
        raise ExplainError(f"unknown variable {variable_name!r}")
    trace = traced["trace"]
    description = traced["entitiesDescription"]
    plural = variable.entity.plural
    ids = description.get(plural, [])
    if entity_id is None:
        if len(ids) != 1:
            raise ExplainError(f"give the id of one of the {plural}: {ids}")
        entity_id = ids[0]
    membership = _membership(situation, description)
    root_key = next(
        (key for key in traced.get("requestedCalculations", []) if TRACE_KEY.match(key)["name"] == variable_name),
        None,
    )
    if root_key is None or root_key not in trace:
        raise ExplainError(f"{variable_name} was not computed for {period}")
    person_id = entity_id if plural == "persons" else None

    def index_in(entity_plural):
        entity_ids = description.get(entity_plural, [])
        if entity_plural == plural:
            wanted = entity_id
        elif person_id is not None:
            wanted = membership.get(person_id, {}).get(entity_plural)
        else:
            wanted = None
        return entity_ids.index(wanted) if wanted in entity_ids else None

    given = _given_inputs(situation)
    steps, order = {}, []
    described = {}  # (parameter, instant) -> description: a table read by many steps is described once

    def visit(key):
        if key in steps or key not in trace:
            return
        match = TRACE_KEY.match(key)
        name, step_period = (match["name"], match["period"]) if match else (key, "")
        step_variable = tax_benefit_system.variables.get(name)
        node = trace[key]
        values = [_json_value(v) for v in node.get("value") or []]
        entity_plural = step_variable.entity.plural if step_variable is not None else plural
        index = index_in(entity_plural)
        step = {
            "id": key,
            "variable": name,
            "period": step_period,
            "entity": entity_plural,
            "label": split_label(step_variable.label if step_variable is not None else name),
            "kind": ("formula" if step_variable is not None and step_variable.formulas and name not in given else "input"),
        }
        if index is not None and index < len(values):
            step["value"] = values[index]
        else:
            step["values_by_id"] = dict(zip(description.get(entity_plural, []), values, strict=False))
        if step_variable is not None:
            step["unit"] = unit_of(step_variable)
            shown = step.get("value")
            step["display"] = {lang: display_value(step_variable, shown, lang) for lang in ("en", "ja")} if "value" in step else None
        enum_values = {str(v) for dep in node.get("dependencies", []) for v in (trace.get(dep, {}).get("value") or []) if isinstance(v, str)}
        parameter_keys = _relevant_parameters(node.get("parameters") or {}, enum_values)
        parameters = []
        for parameter_key in parameter_keys:
            parameter_match = TRACE_KEY.match(parameter_key)
            parameter_name, instant = (parameter_match["name"], parameter_match["period"]) if parameter_match else (parameter_key, "")
            cache_key = (parameter_name, instant, repr(node["parameters"][parameter_key]))
            if cache_key not in described:
                described[cache_key] = describe_parameter(tax_benefit_system, parameter_name, instant, node["parameters"][parameter_key])
            parameters.append(described[cache_key])
        step["parameters"] = parameters
        dependencies = [dep for dep in node.get("dependencies", []) if dep in trace]
        step["depends_on"] = dependencies
        if step_variable is not None:
            step["references"] = parse_references(step_variable.reference)
            step["formula"] = _formula_in_words(step_variable, dependencies, parameters, tax_benefit_system)
        steps[key] = step
        order.append(key)
        for dependency in dependencies:
            visit(dependency)

    visit(root_key)
    root = steps[root_key]
    return {
        "variable": variable_name,
        "period": root["period"],
        "entity": plural,
        "id": entity_id,
        "label": root["label"],
        "value": root.get("value"),
        "display": root.get("display"),
        "root": root_key,
        "order": order,
        "steps": steps,
    }


def requested_situation(situation, variable_name, period, entity_id, tax_benefit_system):
    """A copy of `situation` asking for `variable_name` at `period` (value `null`) for `entity_id`."""
    variable = tax_benefit_system.get_variable(variable_name)
    if variable is None:
        raise ExplainError(f"unknown variable {variable_name!r}")
    plural = variable.entity.plural
    wanted = copy.deepcopy(situation)
    for key in list(wanted):
        if key not in {entity.plural for entity in tax_benefit_system.entities}:
            wanted.pop(key)  # e.g. "description", "period" of the bundled examples
    instances = wanted.setdefault(plural, {})
    if entity_id is None:
        if len(instances) != 1:
            raise ExplainError(f"give the id of one of the {plural}: {sorted(instances)}")
        entity_id = next(iter(instances))
    if entity_id not in instances:
        raise ExplainError(f"no {variable.entity.key} {entity_id!r} in the situation; ids: {sorted(instances)}")
    # remove other requests so that the trace is the explanation of this value only
    for group in wanted.values():
        if isinstance(group, Mapping):
            for instance in group.values():
                if isinstance(instance, Mapping):
                    for name, values in list(instance.items()):
                        if isinstance(values, dict):
                            for key in [k for k, v in values.items() if v is None]:
                                values.pop(key)
                            if not values:
                                instance.pop(name)
    instances[entity_id].setdefault(variable_name, {})[str(period)] = None
    return wanted, entity_id


def explain(tax_benefit_system, situation, variable_name, period, entity_id=None):
    """Compute `variable_name` for `period` in `situation` with the trace, and explain it."""
    from openfisca_japan.edge.web_api import trace

    wanted, entity_id = requested_situation(situation, variable_name, period, entity_id, tax_benefit_system)
    traced = trace(tax_benefit_system, copy.deepcopy(wanted))
    return explain_trace(tax_benefit_system, wanted, traced, variable_name, period, entity_id)


def all_references(explanation):
    """Every law article or official page cited by the steps and parameters (unique, in order)."""
    found = []
    for key in explanation["order"]:
        step = explanation["steps"][key]
        found += step.get("references", [])
        for parameter in step.get("parameters", []):
            found += parameter.get("references", [])
    return _unique(found)


def as_text(explanation, lang="en", max_depth=None):
    """The explanation as an indented text tree (the CLI's output)."""
    lines = []
    steps = explanation["steps"]
    shown = set()
    ja = lang == "ja"

    def value_text(step):
        if step.get("display"):
            return step["display"][lang]
        if "values_by_id" in step:
            return ", ".join(f"{k}: {v}" for k, v in step["values_by_id"].items())
        return str(step.get("value"))

    def write(key, depth):
        step = steps[key]
        indent = "  " * depth
        label = step["label"][lang]
        other = step["label"]["ja" if not ja else "en"]
        title = f"{label} ({other})" if other != label else label
        if key in shown:
            lines.append(f"{indent}- {title} [{step['variable']} {step['period']}] = {value_text(step)}  (see above / 上記参照)")
            return
        shown.add(key)
        kind = {"formula": "計算" if ja else "computed", "input": "入力" if ja else "input"}[step["kind"]]
        lines.append(f"{indent}- {title} [{step['variable']} {step['period']}] = {value_text(step)}  ({kind})")
        if step.get("formula") and step["kind"] == "formula":
            lines.append(f"{indent}    {'計算方法' if ja else 'How'}: {step['formula'][lang]}")
        for reference in step.get("references", []):
            lines.append(f"{indent}    {'根拠' if ja else 'Law'}: {reference['title']}" + (f" <{reference['href']}>" if reference.get("href") else ""))
        for parameter in step.get("parameters", []):
            since = f", {'施行' if ja else 'since'} {parameter['in_force_since']}" if parameter.get("in_force_since") else ""
            lines.append(f"{indent}    {'パラメータ' if ja else 'Parameter'}: {parameter['label'][lang]} = {parameter['value']} ({parameter['name']}{since})")
            for reference in parameter.get("references", []):
                lines.append(f"{indent}      {'根拠' if ja else 'Source'}: {reference['title']}" + (f" <{reference['href']}>" if reference.get("href") else ""))
        if max_depth is not None and depth >= max_depth:
            if step["depends_on"]:
                lines.append(f"{indent}    ... {len(step['depends_on'])} {'ステップ省略 (--depth)' if ja else 'more steps (--depth)'}")
            return
        for dependency in step["depends_on"]:
            write(dependency, depth + 1)

    head = explanation["label"][lang]
    lines.insert(0, "")
    write(explanation["root"], 0)
    lines[0] = f"{head} [{explanation['variable']} {explanation['period']}, {explanation['entity']} {explanation['id']!r}] = " + (
        explanation["display"][lang] if explanation.get("display") else str(explanation.get("value"))
    )
    return "\n".join(lines)
