#include "lang/render.hpp"

#include "lang/driver.hpp"
#include "lang/source_limits.hpp"

#include "text/table.hpp"
#include "units/unit_registry.hpp"

namespace jixiao::jx {
namespace {

using json = nlohmann::ordered_json;

// A list may share its items (令 a = [b, b, …]), so its written form can be
// exponentially larger than the memory it takes: writing one is budgeted.
struct output_budget {
    std::uint64_t left = max_output_bytes;
    void spend(std::uint64_t bytes, const declaration& d) {
        if (bytes > left) {
            throw diagnostic_error(diagnose_at(
                severity::error,
                {describe(d, lang::zh) + "的值写出后超过 " +
                     std::to_string(max_output_bytes >> 20) + " MiB 的输出上限",
                 describe(d, lang::en) + " has a value larger than the output limit of " +
                     std::to_string(max_output_bytes >> 20) + " MiB when written"},
                *d.owner, d.name_where));
        }
        left -= bytes;
    }
};

// Counts what writing v takes, stopping at the budget: cheap, so a value
// too large to write is refused before any of it is built.
void measure(const value& v, const declaration& d, output_budget& budget) {
    budget.spend(48, d); // {"kind":"number","value":…,"unit":…} as written
    if (const auto* text = v.text_if()) {
        budget.spend(text->size(), d);
    } else if (const auto* list = std::get_if<std::shared_ptr<const value_list>>(&v.data)) {
        for (const auto& item : **list) {
            measure(item, d, budget);
        }
    }
}

// A value as JSON: numbers as exact decimal strings with their unit.
json value_json(const value& v, const unit_registry& units, const declaration& d) {
    json j;
    j["kind"] = value_kind_en(v.kind());
    switch (v.kind()) {
    case value_kind::nothing:
        j["value"] = nullptr;
        break;
    case value_kind::boolean:
        j["value"] = std::get<bool>(v.data);
        break;
    case value_kind::number: {
        const quantity& q = std::get<quantity>(v.data);
        if (!q.value.is_finite_decimal()) {
            // docs/domain.md §3.3: an unrounded repeating value may not reach output.
            throw diagnostic_error(diagnose_at(
                severity::error,
                {describe(d, lang::zh) + "的值 " + q.value.to_fraction_string() +
                     " 不能精确写成有限小数，请用「四舍五入(…, 位数)」等舍入",
                 describe(d, lang::en) + " has the value " + q.value.to_fraction_string() +
                     ", which has no finite decimal form; round it with 四舍五入(…, places)"},
                *d.owner, d.name_where));
        }
        j["value"] = q.value.to_string();
        j["unit"] = q.unit.empty() ? json(nullptr) : json(units.name(q.unit));
        break;
    }
    case value_kind::text:
        j["value"] = *v.text_if();
        break;
    case value_kind::target:
        j["value"] = std::get<std::shared_ptr<const target>>(v.data)->input;
        break;
    case value_kind::list: {
        json items = json::array();
        for (const auto& item : *std::get<std::shared_ptr<const value_list>>(v.data)) {
            items.push_back(value_json(item, units, d));
        }
        j["value"] = items;
        break;
    }
    case value_kind::record:
        j["value"] = "{record}";
        break;
    }
    return j;
}

const char* status_name(check_status s) {
    switch (s) {
    case check_status::exact:
        return "exact";
    case check_status::rounding:
        return "rounding";
    case check_status::mismatch:
        return "mismatch";
    case check_status::not_computable:
        return "not_computable";
    }
    return "?";
}

const char* status_zh(check_status s) {
    switch (s) {
    case check_status::exact:
        return "一致";
    case check_status::rounding:
        return "尾差";
    case check_status::mismatch:
        return "不一致";
    case check_status::not_computable:
        return "无法计算";
    }
    return "?";
}

std::string explanation_of(const rule_output& r, const unit_registry& units) {
    std::string shown = r.result.shown;
    std::string v = show(r.result.v, units);
    if (shown != v && !shown.ends_with("= " + v) && !shown.ends_with("→ " + v)) {
        shown += " = " + v;
    }
    return shown;
}

} // namespace

run_result run_all(const program& p, evaluator& ev) {
    run_result r;
    for (std::uint32_t i = 0; i < p.rules.size(); ++i) {
        if (!p.rules[i]->superseded) { // an overridden rule is shown once, as overridden
            r.rules.push_back(ev.rule(i));
        }
    }
    std::vector<diagnostic> errors;
    for (std::uint32_t i = 0; i < p.checks.size(); ++i) {
        for (auto& c : ev.checks(i)) {
            if (c.error) {
                errors.push_back(*c.error);
            }
            r.checks.push_back(std::move(c));
        }
    }
    // A run reports a check that could not be evaluated as it reports a rule
    // that could not: as an error (jixiao check keeps the other checks' results).
    if (!errors.empty()) {
        throw analysis_error(std::move(errors));
    }
    return r;
}

json to_json(const program& p, const run_result& r, lang l) {
    const unit_registry& units = *p.units;
    json out;
    json outputs = json::array();
    output_budget budget;
    for (const auto& rule : r.rules) {
        json j;
        j["name"] = rule.decl->name;
        measure(rule.result.v, *rule.decl, budget);
        json v = value_json(rule.result.v, units, *rule.decl);
        for (auto& [k, val] : v.items()) {
            j[k] = val;
        }
        j["explanation"] = explanation_of(rule, units);
        budget.spend(j["explanation"].get_ref<const std::string&>().size(), *rule.decl);
        j["notes"] = rule.notes;
        outputs.push_back(j);
    }
    out["outputs"] = outputs;
    json checks = json::array();
    for (const auto& c : r.checks) {
        json j;
        j["id"] = c.id;
        j["status"] = status_name(c.status);
        auto num = [](const std::optional<decimal>& d) {
            return d ? json(d->to_fraction_string()) : json(nullptr);
        };
        j["left"] = num(c.left);
        j["right"] = num(c.right);
        j["difference"] = num(c.difference);
        j["tolerance"] = num(c.tolerance);
        j["tolerance_reason"] = c.tolerance_reason.in(l);
        j["description"] = c.decl->message;
        j["explanation"] = c.explanation;
        checks.push_back(j);
    }
    if (!r.checks.empty()) {
        out["checks"] = checks;
    }
    json warnings = json::array();
    for (const auto& w : p.warnings) {
        warnings.push_back(render(w, l));
    }
    out["warnings"] = warnings;
    return out;
}

std::string to_table(const program& p, const run_result& r, lang l) {
    const unit_registry& units = *p.units;
    bool zh = l == lang::zh;
    text_table t({zh ? "名称" : "name", zh ? "值" : "value", zh ? "计算过程" : "explanation"});
    for (const auto& rule : r.rules) {
        std::string expl = explanation_of(rule, units);
        for (const auto& n : rule.notes) {
            expl += (zh ? "（注：" : " (note: ") + n + (zh ? "）" : ")");
        }
        t.add({rule.decl->name, show(rule.result.v, units), expl});
    }
    std::string out = r.rules.empty() ? std::string() : t.render();
    if (!r.checks.empty()) {
        text_table c({zh ? "核对" : "check", zh ? "结果" : "status", zh ? "差额" : "difference",
                      zh ? "计算过程" : "explanation"});
        for (const auto& ch : r.checks) {
            c.add({ch.id, zh ? status_zh(ch.status) : status_name(ch.status),
                   ch.difference ? ch.difference->to_fraction_string() : "", ch.explanation});
        }
        if (!out.empty()) {
            out += '\n';
        }
        out += c.render();
    }
    return out;
}

} // namespace jixiao::jx
