// openfisca-japan calculators: the form, the answer and "How was this computed?".
// Everything from the user or the server is put into the page with textContent or attributes, never as HTML.
"use strict";

(function () {
  const UI = JSON.parse(document.getElementById("ui-messages").textContent);
  const STORAGE_KEY = "openfisca-japan-lang";
  let lang = document.documentElement.lang === "ja" ? "ja" : "en";
  let lastAnswer = null; // {answer, situations}
  let lastErrors = null;
  let answered = 0; // responses handled (tests wait on the form's data-answered)

  function t(key) {
    const entry = UI[key];
    return entry ? entry[lang] : key;
  }

  function text(bilingual) {
    if (bilingual === null || bilingual === undefined) return "";
    if (typeof bilingual === "string") return bilingual;
    return bilingual[lang] || bilingual.en || "";
  }

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children || []) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function safeHref(href) {
    return typeof href === "string" && /^https?:\/\//.test(href) ? href : null;
  }

  function sourceLink(reference) {
    const href = safeHref(reference.href);
    const title = reference.title || reference.href || "";
    if (!href) return el("span", { className: "reference", text: title });
    return el("a", { href: href, target: "_blank", rel: "noopener noreferrer", className: "reference", text: title });
  }

  // Numbers

  function formatNumber(value, digits) {
    return new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-US", { maximumFractionDigits: digits === undefined ? 0 : digits }).format(value);
  }

  function formatValue(value, unit) {
    if (value === null || value === undefined) return "—";
    switch (unit) {
      case "yen":
        return lang === "ja" ? formatNumber(value) + "円" : formatNumber(value) + " yen";
      case "bool":
        return value ? t("yes") : t("no");
      case "rate":
        return formatNumber(value * 100, 2) + " %";
      case "months":
        return lang === "ja" ? formatNumber(value) + "か月" : formatNumber(value) + " months";
      case "days":
        return lang === "ja" ? formatNumber(value) + "日" : formatNumber(value) + " days";
      case "number":
        return formatNumber(value, 2);
      default:
        return String(value);
    }
  }

  // Language

  function applyLanguage(newLang) {
    lang = newLang === "ja" ? "ja" : "en";
    document.documentElement.lang = lang;
    try { window.localStorage.setItem(STORAGE_KEY, lang); } catch (e) { /* private mode */ }
    document.querySelectorAll("[data-en][data-ja]").forEach(function (node) {
      node.textContent = node.getAttribute("data-" + lang);
    });
    document.querySelectorAll("[data-i18n]").forEach(function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    document.querySelectorAll(".lang-button").forEach(function (button) {
      button.setAttribute("aria-pressed", button.getAttribute("data-lang") === lang ? "true" : "false");
    });
    document.querySelectorAll("a[href^='/calculators/'], a.brand").forEach(function (link) {
      const url = new URL(link.getAttribute("href"), window.location.origin);
      url.searchParams.set("lang", lang);
      link.setAttribute("href", url.pathname + url.search);
    });
    if (lastAnswer) renderAnswer(lastAnswer);
    if (lastErrors) showErrors(lastErrors);
  }

  // The form

  function form() { return document.getElementById("calculator-form"); }

  function currentValues() {
    const values = {};
    form().querySelectorAll("input, select").forEach(function (input) {
      values[input.name] = input.type === "checkbox" ? input.checked : input.value;
    });
    return values;
  }

  function updateVisibility() {
    const values = currentValues();
    form().querySelectorAll(".field[data-show-if]").forEach(function (field) {
      const rule = JSON.parse(field.getAttribute("data-show-if"));
      const shown = Object.entries(rule).every(function ([name, allowed]) { return allowed.indexOf(values[name]) >= 0; });
      field.hidden = !shown;
    });
  }

  function clearErrors() {
    lastErrors = null;
    document.querySelectorAll(".field .error").forEach(function (node) { node.hidden = true; node.textContent = ""; });
    document.querySelectorAll(".field").forEach(function (node) { node.classList.remove("invalid"); });
    document.querySelectorAll(".field input, .field select").forEach(function (node) { node.removeAttribute("aria-invalid"); });
    const general = document.getElementById("form-error");
    general.hidden = true;
    general.textContent = "";
  }

  function showErrors(errors) {
    clearErrors();
    lastErrors = errors;
    const general = document.getElementById("form-error");
    const lines = [];
    for (const [name, message] of Object.entries(errors.errors || {})) {
      const node = document.getElementById("error-" + name);
      if (!node) { lines.push(text(message)); continue; }
      node.textContent = text(message);
      node.hidden = false;
      node.closest(".field").classList.add("invalid");
      const input = document.getElementById("input-" + name);
      if (input) input.setAttribute("aria-invalid", "true");
    }
    for (const message of errors.general || []) lines.push(text(message));
    general.textContent = "";
    general.appendChild(el("strong", { text: errors.kind === "not_covered" ? t("not_covered") + ": " : t("fix_fields") + " " }));
    lines.forEach(function (line) { general.appendChild(el("span", { className: "general-line", text: line })); });
    general.hidden = false;
    general.classList.toggle("not-covered", errors.kind === "not_covered");
  }

  async function submit(event) {
    event.preventDefault();
    const button = document.getElementById("compute");
    button.disabled = true;
    button.textContent = t("computing");
    const calculator = form().getAttribute("data-calculator");
    try {
      const response = await fetch("/calculators/" + encodeURIComponent(calculator) + "/answer", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify({ values: currentValues(), lang: lang }),
      });
      const data = await response.json().catch(function () { return null; });
      if (response.ok && data) {
        clearErrors();
        renderAnswer(data);
        lastAnswer = data;
      } else if (data && (data.errors || data.general)) {
        lastAnswer = null;
        document.getElementById("answer").hidden = true;
        showErrors(data);
      } else {
        showErrors({ general: [UI.server_error] });
      }
    } catch (error) {
      showErrors({ general: [UI.server_error] });
    } finally {
      button.disabled = false;
      button.textContent = t("compute");
      answered += 1;
      form().setAttribute("data-answered", String(answered));
    }
  }

  // The answer

  const explanations = new Map(); // key -> explanation (from /explain)
  const openExplanations = new Set(); // keys of the explanations shown

  function sourceKey(source) {
    return [source.situation, source.variable, source.period, source.id].join("|");
  }

  let place = 0; // position of a button in the answer: which explanations are open survives a language switch

  function explainButton(figure, host, compact) {
    if (!figure.source) {
      return figure.note ? el("p", { className: "derived", text: t("derived") + ": " + text(figure.note) }) : null;
    }
    const key = sourceKey(figure.source);
    const where = "place-" + (place += 1);
    const wrapper = el("div", { className: "explain" });
    const button = el("button", {
      type: "button", className: "explain-button" + (compact ? " compact" : ""), "aria-expanded": "false",
      "data-key": key, title: t("how"), text: compact ? t("how_short") : t("how"),
    });
    const panel = el("div", { className: "explanation", hidden: true, "data-key": key });
    if (compact) {
      panel.appendChild(el("p", { className: "explanation-title", text: text(figure.label) }));
    }
    button.addEventListener("click", function () { toggleExplanation(figure.source, button, panel, compact, where); });
    wrapper.appendChild(button);
    (host || wrapper).appendChild(panel);
    if (openExplanations.has(where)) {
      window.setTimeout(function () { toggleExplanation(figure.source, button, panel, compact, where, true); }, 0);
    }
    return wrapper;
  }

  function figureNode(figure, className) {
    const source = figure.source || {};
    const value = el("span", { className: "value", text: formatValue(figure.value, figure.unit) });
    const node = el("div", {
      className: className || "figure",
      "data-variable": source.variable || null,
      "data-period": source.period || null,
      "data-situation": source.situation || null,
      "data-id": source.id || null,
      "data-value": typeof figure.value === "object" ? null : String(figure.value),
      "data-unit": figure.unit,
    }, [
      el("span", { className: "label", text: text(figure.label) }),
      value,
      explainButton(figure),
    ]);
    return node;
  }

  function cellNode(figure, host, label) {
    if (!figure) return el("td", { className: "empty", text: "—" });
    const source = figure.source || {};
    const cell = el("td", {
      className: "cell",
      "data-variable": source.variable || null,
      "data-period": source.period || null,
      "data-situation": source.situation || null,
      "data-id": source.id || null,
      "data-value": String(figure.value),
    }, [el("span", { className: "value", text: formatValue(figure.value, figure.unit) })]);
    const named = Object.assign({}, figure, { label: label });
    const explain = figure.source ? explainButton(named, host, true) : null;
    if (explain) cell.appendChild(explain);
    else if (figure.note) cell.setAttribute("title", text(figure.note));
    return cell;
  }

  function renderBlock(block) {
    switch (block.type) {
      case "headline":
        return el("div", { className: "block headline" }, [figureNode(block.figure, "figure main-figure"), el("p", { text: text(block.text) })]);
      case "verdict": {
        const node = el("div", { className: "block verdict " + (block.ok ? "yes" : "no"), "data-ok": block.ok ? "true" : "false" }, [
          el("p", { className: "verdict-text", text: text(block.text) }),
        ]);
        if (block.rule) {
          node.appendChild(el("p", { className: "deciding-rule" }, [
            el("strong", { text: t("rule_deciding") + ": " }), text(block.rule.text) + " ", sourceLink(block.rule.link),
          ]));
        }
        if (block.figure) node.appendChild(figureNode(block.figure));
        return node;
      }
      case "figures":
        return el("div", { className: "block figures" }, block.items.map(function (item) { return figureNode(item); }));
      case "table": {
        const host = el("div", { className: "table-explanations" });
        const head = el("tr", {}, [el("th", { text: "" })].concat(block.columns.map(function (c) { return el("th", { scope: "col", text: text(c) }); })));
        const rows = block.rows.map(function (row) {
          const cells = row.cells.map(function (cell, index) {
            const label = { en: row.label.en + " · " + block.columns[index].en, ja: row.label.ja + "・" + block.columns[index].ja };
            return cellNode(cell, host, label);
          });
          return el("tr", { className: row.total ? "total" : null }, [el("th", { scope: "row", text: text(row.label) })].concat(cells));
        });
        return el("div", { className: "block table-block" }, [
          block.title ? el("h3", { text: text(block.title) }) : null,
          el("div", { className: "table-scroll" }, [el("table", {}, [el("thead", {}, [head]), el("tbody", {}, rows)])]),
          host,
        ]);
      }
      case "checks":
        return el("div", { className: "block checks" }, [
          block.title ? el("h3", { text: text(block.title) }) : null,
          el("ul", {}, block.rows.map(function (row) {
            return el("li", { className: row.ok ? "ok" : "fail", "data-ok": row.ok ? "true" : "false" }, [
              el("span", { className: "mark", "aria-hidden": "true", text: row.ok ? "✓" : "✗" }),
              el("span", { text: text(row.text) + " " }),
              row.link ? sourceLink(row.link) : null,
            ]);
          })),
          block.consistent ? null : el("p", { className: "warning", text: t("rules_inconsistent") }),
        ]);
      case "text":
        return el("div", { className: "block text" }, [
          block.title ? el("h3", { text: text(block.title) }) : null,
          el("p", { text: text(block.text) }),
          block.links ? el("ul", { className: "links" }, block.links.map(function (l) { return el("li", {}, [sourceLink(l)]); })) : null,
        ]);
      default:
        return null;
    }
  }

  function renderAnswer(data) {
    if (data !== lastAnswer) { explanations.clear(); openExplanations.clear(); }
    place = 0;
    const section = document.getElementById("answer");
    section.textContent = "";
    section.appendChild(el("h2", { text: t("answer") }));
    data.answer.forEach(function (block) {
      const node = renderBlock(block);
      if (node) section.appendChild(node);
    });
    const details = el("details", { className: "situation" }, [
      el("summary", { text: t("situation") }),
      el("pre", { text: JSON.stringify(data.situations, null, 2) }),
    ]);
    section.appendChild(details);
    if (typeof data.milliseconds === "number") {
      section.appendChild(el("p", { className: "timing", text: t("took") + " " + data.milliseconds + " ms" }));
    }
    section.hidden = false;
  }

  // How was this computed?

  async function toggleExplanation(source, button, panel, compact, where, reopen) {
    const key = sourceKey(source);
    if (!panel.hidden && !reopen) {
      panel.hidden = true;
      openExplanations.delete(where);
      button.setAttribute("aria-expanded", "false");
      button.textContent = compact ? t("how_short") : t("how");
      return;
    }
    openExplanations.add(where);
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    if (!compact) button.textContent = t("hide_how");
    const title = panel.querySelector(".explanation-title");
    panel.textContent = "";
    if (title) panel.appendChild(title);
    let data = explanations.get(key);
    if (!data) {
      const loading = el("p", { className: "loading", text: t("loading") });
      panel.appendChild(loading);
      try {
        const situation = lastAnswer.situations[source.situation];
        const response = await fetch("/explain", {
          method: "POST",
          headers: { "Content-Type": "application/json", "Accept": "application/json" },
          body: JSON.stringify({ situation: situation, variable: source.variable, period: source.period, id: source.id }),
        });
        const answer = await response.json();
        loading.remove();
        if (!response.ok) {
          panel.appendChild(el("p", { className: "error", text: answer.error ? String(answer.error) : JSON.stringify(answer) }));
          return;
        }
        data = answer;
        explanations.set(key, data);
      } catch (error) {
        loading.textContent = t("server_error");
        return;
      }
    }
    renderExplanation(panel, data);
  }

  function stepValue(step) {
    if (step.display) return step.display[lang];
    if (step.values_by_id) {
      return Object.entries(step.values_by_id).map(function ([id, v]) { return id + ": " + v; }).join(", ");
    }
    return String(step.value);
  }

  function stepNode(explanation, key, depth, shown) {
    const step = explanation.steps[key];
    const other = lang === "ja" ? step.label.en : step.label.ja;
    const title = step.label[lang] + (other && other !== step.label[lang] ? " (" + other + ")" : "");
    const header = el("span", { className: "step-head" }, [
      el("span", { className: "step-label", text: title }),
      el("span", { className: "step-value", text: " = " + stepValue(step) }),
      el("code", { className: "step-code", text: step.variable + " · " + step.period }),
      el("span", { className: "step-kind " + step.kind, text: t(step.kind === "formula" ? "computed" : "input") }),
    ]);
    if (shown.has(key)) {
      return el("li", { className: "step repeated" }, [header, el("span", { className: "see-above", text: " (" + t("see_above") + ")" })]);
    }
    shown.add(key);
    const body = el("div", { className: "step-body" });
    if (step.kind === "formula" && step.formula) body.appendChild(el("p", { className: "formula" }, [el("strong", { text: t("formula") + ": " }), text(step.formula)]));
    if (step.references && step.references.length) {
      body.appendChild(el("p", { className: "law" }, [el("strong", { text: t("law") + ": " })].concat(
        step.references.map(function (r) { return el("span", {}, [sourceLink(r), " "]); }))));
    }
    (step.parameters || []).forEach(function (parameter) {
      const shownValue = typeof parameter.value === "number" && parameter.unit === "/1" ? formatNumber(parameter.value * 100, 4) + " %"
        : typeof parameter.value === "number" && parameter.unit === "currency" ? formatValue(parameter.value, "yen") : String(parameter.value);
      const since = parameter.in_force_since ? " (" + t("since") + " " + parameter.in_force_since + ")" : "";
      body.appendChild(el("div", { className: "parameter" }, [
        el("p", {}, [el("strong", { text: t("parameter") + ": " }), text(parameter.label) + " = " + shownValue + since + " ",
          el("code", { text: parameter.name })]),
        el("ul", { className: "links" }, (parameter.references || []).map(function (r) { return el("li", {}, [sourceLink(r)]); })),
        parameter.verification ? el("p", { className: "verification", text: t("verification") + ": " + parameter.verification }) : null,
      ]));
    });
    const children = step.depends_on || [];
    const item = el("li", { className: "step", "data-variable": step.variable }, []);
    if (children.length) {
      const list = el("ul", { className: "steps" }, children.map(function (child) { return stepNode(explanation, child, depth + 1, shown); }));
      const details = el("details", depth < 1 ? { open: true } : {}, [el("summary", {}, [header]), body, el("p", { className: "depends", text: t("depends_on") + ":" }), list]);
      item.appendChild(details);
    } else {
      item.appendChild(header);
      item.appendChild(body);
    }
    return item;
  }

  function referencesOf(explanation, keys, withParameters) {
    const references = [];
    const seen = new Set();
    keys.forEach(function (key) {
      const step = explanation.steps[key];
      if (!step) return;
      const all = (step.references || []).slice();
      if (withParameters) (step.parameters || []).forEach(function (p) { (p.references || []).forEach(function (r) { all.push(r); }); });
      all.forEach(function (r) {
        const id = (r.title || "") + "|" + (r.href || "");
        if (!seen.has(id)) { seen.add(id); references.push(r); }
      });
    });
    return references;
  }

  function renderExplanation(panel, explanation) {
    const root = explanation.steps[explanation.root];
    const near = [explanation.root].concat(root.depends_on || []);
    // the law of the value and of the values it is computed from; every source of every step below
    let main = referencesOf(explanation, near, false).slice(0, 12);
    if (!main.length) main = referencesOf(explanation, near, true).slice(0, 12);
    const all = referencesOf(explanation, explanation.order, true);
    panel.appendChild(el("h4", { text: t("sources") }));
    panel.appendChild(el("ul", { className: "links sources" }, main.map(function (r) { return el("li", {}, [sourceLink(r)]); })));
    if (all.length > main.length) {
      panel.appendChild(el("details", { className: "all-sources" }, [
        el("summary", { text: t("all_sources") + " (" + all.length + ")" }),
        el("ul", { className: "links" }, all.map(function (r) { return el("li", {}, [sourceLink(r)]); })),
      ]));
    }
    panel.appendChild(el("h4", { text: t("steps") }));
    panel.appendChild(el("ul", { className: "steps root" }, [stepNode(explanation, explanation.root, 0, new Set())]));
  }

  // Start

  document.addEventListener("DOMContentLoaded", function () {
    const asked = new URLSearchParams(window.location.search).get("lang");
    let stored = null;
    try { stored = window.localStorage.getItem(STORAGE_KEY); } catch (e) { /* private mode */ }
    const initial = asked || stored || lang;
    document.querySelectorAll(".lang-button").forEach(function (button) {
      button.addEventListener("click", function () { applyLanguage(button.getAttribute("data-lang")); });
    });
    applyLanguage(initial);
    if (form()) {
      form().addEventListener("submit", submit);
      form().addEventListener("change", updateVisibility);
      updateVisibility();
    }
  });
})();
