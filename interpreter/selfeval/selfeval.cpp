#include "selfeval/selfeval.hpp"

#include "lang/evaluate.hpp"
#include "number/decimal_parse.hpp"
#include "units/unit_registry.hpp"

namespace jixiao {
namespace {

using jx::explained;
using jx::value;

struct contract {
    std::uint32_t method, computed, score, flags, grade;
    std::uint32_t rate, budget_score;
    // Optional: the target and actual texts the report shows (the pack's
    // reading of the record, e.g. an actual it computes from other fields).
    std::optional<std::uint32_t> target_text, actual_text;
    // Optional: whether the reviewer's score counts (the pack's 有评审得分),
    // so the report marks as the reviewer's only what the pack scored so.
    std::optional<std::uint32_t> reviewer_scored;
};

contract find_contract(const jx::program& p) {
    auto need_fn = [&](std::string_view name, std::size_t arity) {
        auto i = jx::function_named(p, name, arity);
        if (!i) {
            std::string n(name);
            throw diagnostic_error(diagnose(
                severity::error,
                {"规则包缺少自评所需的函数「" + n + "」（" + std::to_string(arity) + " 个参数）",
                 "the pack lacks the self-evaluation function '" + n + "' (" +
                     std::to_string(arity) + " parameters)"},
                p.modules.back()->file));
        }
        return *i;
    };
    auto need_rule = [&](std::string_view name) {
        auto i = jx::rule_named(p, name);
        if (!i) {
            std::string n(name);
            throw diagnostic_error(diagnose(severity::error,
                                            {"规则包缺少自评所需的规则「" + n + "」",
                                             "the pack lacks the self-evaluation rule '" + n + "'"},
                                            p.modules.back()->file));
        }
        return *i;
    };
    auto optional_fn = [&](std::string_view name) -> std::optional<std::uint32_t> {
        return jx::function_named(p, name, 1);
    };
    return {need_fn("指标方法", 1),   need_fn("指标计算得分", 1), need_fn("指标得分", 2),
            need_fn("指标标记", 3),   need_fn("等级评定", 1),     need_rule("执行率"),
            need_rule("执行率得分"),  optional_fn("目标文本"),    optional_fn("实际文本"),
            optional_fn("有评审得分")};
}

std::string text_field(const json_value& rec, std::string_view key) {
    const json_value* v = rec.find(key);
    if (v == nullptr) {
        return {};
    }
    if (const std::string* s = v->string()) {
        return *s;
    }
    if (const decimal* d = v->number()) {
        return d->to_string();
    }
    return {};
}

// An amount as the report keeps it: the exact decimal (a thousands-separated
// text read as one), else the text as written.
std::string amount_field(const json_value& doc, std::string_view key) {
    std::string text = text_field(doc, key);
    if (const json_value* v = doc.find(key); v != nullptr && v->string() != nullptr) {
        try {
            return parse_decimal(text).to_string();
        } catch (const number_syntax_error&) {
        }
    }
    return text;
}

project_form read_form(const json_value& doc) {
    project_form f;
    f.year = text_field(doc, "年度");
    f.department = text_field(doc, "主管部门");
    f.implementing_unit = text_field(doc, "实施单位");
    f.amount_unit = text_field(doc, "金额单位");
    f.initial_budget = amount_field(doc, "年初预算数");
    f.budget = amount_field(doc, "全年预算数");
    f.spent = amount_field(doc, "全年执行数");
    f.goal = text_field(doc, "年度目标");
    f.goal_result = text_field(doc, "实际完成情况");
    return f;
}

std::optional<decimal> number_in(const value& v) {
    if (const quantity* q = std::get_if<quantity>(&v.data)) {
        return q->value;
    }
    return std::nullopt;
}

// A score is a plain number. One with a unit (页/人: a parameter in 元/人 set
// against a target in 元/页) is an error of the pack, reported where the
// unit came in: a parameter with a unit that the scoring definition names,
// else the definition itself.
std::optional<decimal> plain_score(const value& v, const jx::program& p,
                                   const jx::declaration& from) {
    const quantity* q = std::get_if<quantity>(&v.data);
    if (q == nullptr || p.units->dimension_of(q->unit).powers.empty()) {
        return number_in(v);
    }
    std::string shown = jx::show(v, *p.units);
    const jx::declaration* at = &from;
    std::string param_note_zh;
    std::string param_note_en;
    if (from.body) {
        jx::for_each_reference(*from.body, [&](jx::binding_kind k, std::uint32_t i) {
            if (k != jx::binding_kind::param || i >= p.params.size() || at != &from) {
                return;
            }
            const jx::declaration& d = *p.params[i];
            if (d.body && d.body->unit.count > 0) {
                at = &d;
                std::string u = p.units->name(d.body->unit);
                param_note_zh = "；参数「" + d.name + "」的单位是 " + u + "，与指标的单位不相消";
                param_note_en = "; the parameter '" + d.name + "' is in " + u +
                                ", which does not cancel with the indicator's unit";
            }
        });
    }
    throw diagnostic_error(jx::diagnose_at(
        severity::error,
        {"得分须为不带单位的数，「" + from.name + "」却得出 " + shown + param_note_zh,
         "a score must be a plain number, but '" + from.name + "' gives " + shown + param_note_en},
        *at->owner, at->name_where));
}

// A number given as a JSON number or as text ("分值": "7", "得分": "9.5").
std::optional<decimal> decimal_field(const json_value& v) {
    if (v.number() != nullptr) {
        return *v.number();
    }
    if (v.string() != nullptr) {
        try {
            return parse_decimal(*v.string());
        } catch (const number_syntax_error&) {
        }
    }
    return std::nullopt;
}

message error_text(const diagnostic& d) {
    // Keep the pack position: the reader of a report needs to find the rule.
    std::string where = d.line > 0 ? " (" + d.file + ":" + std::to_string(d.line) + ":" +
                                         std::to_string(d.column) + ")"
                                   : std::string();
    return {d.text.zh + where, d.text.en + where};
}

// A pack's remarks on one indicator or document are a list of texts; a
// hostile pack could return a million of them. Beyond 64 KiB in all none is
// kept, and the warning says why (docs/limits.md).
constexpr std::size_t max_remarks_bytes = 64u << 10;

std::vector<std::string> shown_within_limit(const jx::value_list& items,
                                            const unit_registry& units) {
    std::vector<std::string> out;
    std::size_t bytes = 0;
    for (const value& item : items) {
        out.push_back(jx::show(item, units));
        bytes += out.back().size();
        if (bytes > max_remarks_bytes) {
            return {};
        }
    }
    return out;
}

message too_many_remarks() {
    return {"规则包给出的提示超过 64 KiB 的上限，未予列出",
            "the pack's remarks exceed the limit of 64 KiB and are not listed"};
}

// Scores one indicator: the contract's calls on its record. Any error met on
// the way clears `clean`, even one that is caught: a result reused for other
// records must not carry a message about this one.
scored_indicator score_indicator(jx::evaluator& ev, const contract& c, const jx::program& pack,
                                 const json_value& rec, bool manual_given, bool& clean) {
    const unit_registry& units = *pack.units;
    scored_indicator s;
    s.manual = manual_given;
    const json_value* manual = rec.find("得分");
    value record{&rec};
    // What the target reader noticed in this indicator's texts reaches the
    // report, from the first call on: a text is read once (the memo remembers
    // 实际(指标)), even when the first to read it is the reviewer check.
    std::vector<message> readings;
    ev.collect_readings(&readings);
    if (c.reviewer_scored && s.manual) {
        try {
            value v = ev.unexplained([&] { return ev.call(*c.reviewer_scored, {record}); }).v;
            const bool* yes = std::get_if<bool>(&v.data);
            s.manual = yes != nullptr && *yes;
        } catch (const diagnostic_error&) {
            clean = false; // the field stands; the score's own error says what is wrong
        }
    }
    // The explained score first: the calls it makes (目标(指标), 实际(指标) …) are
    // remembered with their explanations and answer the method's, the score's
    // and the flags' calls too.
    value computed;
    try {
        explained x = ev.call(c.computed, {record}, &s.notes);
        computed = x.v;
        s.computed = plain_score(x.v, pack, *pack.functions[c.computed]);
        s.explanation = x.shown;
    } catch (const diagnostic_error& e) {
        clean = false;
        message m = error_text(e.diag());
        if (s.manual) {
            s.warnings.push_back({"公式得分无法计算，采用评审得分：" + m.zh,
                                  "the formula score cannot be computed; the reviewer's "
                                  "score stands: " +
                                      m.en});
        } else {
            s.error = m;
        }
    }
    try {
        s.method = jx::show(ev.unexplained([&] { return ev.call(c.method, {record}); }).v, units);
    } catch (const diagnostic_error&) {
        clean = false;
        s.method = {};
    }
    if (!s.error) {
        try {
            // The formula's explanation goes in with its score: a pack that
            // adjusts it (national × a factor) shows both steps; one that
            // passes it on shows it unchanged.
            explained x = ev.call(c.score, {record, computed}, &s.notes, {"", s.explanation});
            s.score = plain_score(x.v, pack, *pack.functions[c.score]);
            if (s.manual) {
                // The reviewer's score as filed, and what the pack made of it
                // when that is another number (a province's deduction).
                std::optional<decimal> filed = decimal_field(*manual);
                bool changed = filed && s.score && *filed != *s.score;
                std::string given = changed ? filed->to_string() : jx::show(x.v, units);
                s.explanation =
                    "评审得分 " + given +
                    (s.computed ? "（计算得分 " + s.computed->to_string() + "）" : std::string());
                if (changed) {
                    s.explanation += "；" + x.shown;
                }
            } else {
                s.explanation = std::move(x.shown);
                // Ends in the score, as a rule's explanation does ("… × 2 = 8.00").
                std::string v = jx::show_within(x.v, units);
                if (s.explanation != v && !s.explanation.ends_with("= " + v) &&
                    !s.explanation.ends_with("→ " + v)) {
                    s.explanation += " = " + v;
                }
            }
            // Flags only inform: if they cannot be computed the score still stands.
            try {
                explained f = ev.unexplained([&] {
                    return ev.call(c.flags, {record, computed, x.v});
                });
                if (const auto* l = std::get_if<std::shared_ptr<const jx::value_list>>(&f.v.data)) {
                    s.flags = shown_within_limit(**l, units);
                    if (s.flags.empty() && !(*l)->empty()) {
                        s.warnings.push_back(too_many_remarks());
                    }
                }
            } catch (const diagnostic_error& e) {
                clean = false;
                if (!s.computed) {
                    // the same failure as the formula's, already reported
                } else {
                    message m = error_text(e.diag());
                    s.warnings.push_back({"无法判断提示：" + m.zh, "flags not decided: " + m.en});
                }
            }
        } catch (const diagnostic_error& e) {
            clean = false;
            s.error = error_text(e.diag());
        }
    }
    // The texts shown are the pack's, where it says them (the target it
    // scored, an actual it worked out); otherwise the record's.
    for (auto [fn, out] :
         {std::pair{c.target_text, &s.target}, std::pair{c.actual_text, &s.actual}}) {
        if (!fn) {
            continue;
        }
        try {
            value v = ev.unexplained([&] { return ev.call(*fn, {record}); }).v;
            if (const std::string* t = v.text_if()) {
                *out = *t;
            } else if (v.kind() != jx::value_kind::nothing) {
                *out = jx::show_within(v, units);
            }
        } catch (const diagnostic_error&) {
            clean = false; // the record's text stands; the score's own error says what is wrong
        }
    }
    ev.collect_readings(nullptr);
    s.warnings.insert(s.warnings.begin(), std::make_move_iterator(readings.begin()),
                      std::make_move_iterator(readings.end()));
    return s;
}

void apply(scored_indicator x, indicator_score& s) {
    s.manual = x.manual;
    s.computed = std::move(x.computed);
    s.score = std::move(x.score);
    s.method = std::move(x.method);
    s.explanation = std::move(x.explanation);
    s.notes = std::move(x.notes);
    s.flags = std::move(x.flags);
    s.warnings = std::move(x.warnings);
    s.error = std::move(x.error);
    if (x.target) {
        s.target = std::move(*x.target);
    }
    if (x.actual) {
        s.actual = std::move(*x.actual);
    }
}

} // namespace

selfeval_report read_selfeval(const json_value& doc) {
    selfeval_report r;
    if (doc.object() == nullptr) {
        return r;
    }
    r.project = text_field(doc, "项目名称");
    r.form = read_form(doc);
    const json_value* list = doc.find("指标");
    const json_array* items = list == nullptr ? nullptr : list->array();
    if (items == nullptr) {
        return r;
    }
    r.indicators.reserve(items->size());
    for (std::size_t i = 0; i < items->size(); ++i) {
        const json_value& rec = (*items)[i];
        indicator_score& s = r.indicators.emplace_back();
        if (rec.object() == nullptr) {
            // Only an object is an indicator; anything else is reported, never read as one.
            s.name = "第" + std::to_string(i + 1) + "项";
            s.error = message{"指标须为对象（含一级指标、三级指标、年初指标值等），实际为" +
                                  std::string(kind_name_zh(rec.which())),
                              "an indicator must be an object (一级指标, 三级指标, 年初指标值 …), "
                              "got " +
                                  std::string(kind_name(rec.which()))};
            continue;
        }
        s.level1 = text_field(rec, "一级指标");
        s.level2 = text_field(rec, "二级指标");
        s.name = text_field(rec, "三级指标");
        s.initial_target = text_field(rec, "年初指标值");
        s.adjusted_target = text_field(rec, "调整后指标值");
        s.target = s.adjusted_target.empty() ? s.initial_target : s.adjusted_target;
        s.actual = text_field(rec, "实际完成值");
        s.reason = text_field(rec, "偏差原因");
        if (const json_value* w = rec.find("分值"); w != nullptr) {
            s.weight = decimal_field(*w); // "分值": "7" is 7, as the pack reads it (数值)
        }
        const json_value* manual = rec.find("得分");
        s.manual = manual != nullptr && !manual->is_null() &&
                   !(manual->string() != nullptr && manual->string()->empty());
    }
    return r;
}

void check_selfeval_contract(const jx::program& pack) {
    (void)find_contract(pack);
}

namespace {

// One document scored. With a cache, an indicator the same to the pack as one
// scored before is not evaluated again; nullopt when reusing a result would go
// over a limit of the document, or a limit was reached after one was reused:
// the caller scores the document again without the cache (indicator_cache.hpp).
std::optional<selfeval_report> score_document(const jx::program& pack, const json_value& doc,
                                              indicator_cache* cache) {
    if (doc.object() == nullptr) {
        // Not a project at all: an error, never an empty project graded 差.
        throw diagnostic_error(
            diagnose(severity::error,
                     {"自评文档须为 JSON 对象（含项目名称、指标等），实际为" +
                          std::string(kind_name_zh(doc.which())),
                      "a self-evaluation document must be a JSON object (项目名称, 指标 …), got " +
                          std::string(kind_name(doc.which()))}));
    }
    contract c = find_contract(pack);
    selfeval_report r = read_selfeval(doc);
    jx::evaluator ev(pack, &doc);
    const unit_registry& units = *pack.units;

    try {
        const jx::rule_output& rate = ev.rule(c.rate);
        r.budget_rate = number_in(rate.result.v);
        const jx::rule_output& score = ev.rule(c.budget_score);
        r.budget_score = plain_score(score.result.v, pack, *pack.rules[c.budget_score]);
        r.budget_explanation = score.result.shown;
        r.budget_notes = score.notes;
    } catch (const diagnostic_error& e) {
        r.budget_error = error_text(e.diag());
        r.errors.push_back(
            {"预算执行率：" + r.budget_error->zh, "budget execution: " + r.budget_error->en});
        r.complete = false;
    }

    // Optional: the budget's 分值, for the reports (the pack's policy, not the engine's).
    if (auto full = jx::rule_named(pack, "执行率满分")) {
        try {
            r.budget_weight = number_in(ev.unexplained([&]() -> const jx::rule_output& {
                                              return ev.rule(*full);
                                          }).result.v);
        } catch (const diagnostic_error&) {
        }
    }
    decimal total = r.budget_score.value_or(decimal{});
    const json_value* list = doc.find("指标");
    const json_array* items = list == nullptr ? nullptr : list->array();
    if (items == nullptr) {
        r.errors.push_back({"文档缺少「指标」列表", "the document has no 指标 (indicators) list"});
        r.complete = false;
    } else if (items->empty()) {
        // A form without indicators is not a project scored 差: it is not filled in.
        r.errors.push_back({"「指标」列表为空：自评表须列出绩效指标",
                            "the 指标 (indicators) list is empty: a self-evaluation lists its "
                            "performance indicators"});
        r.complete = false;
    }
    bool reused = false; // a result of the cache counts in this document
    for (std::size_t i = 0; i < r.indicators.size(); ++i) {
        const json_value& rec = (*items)[i];
        indicator_score& s = r.indicators[i];
        // An item that is not an object has its error already (read_selfeval).
        if (!s.error) {
            std::optional<std::string> key = cache ? cache->key_of(rec) : std::nullopt;
            if (std::optional<indicator_cache::entry> hit =
                    key ? cache->find(*key) : std::nullopt) {
                if (!ev.take_work(hit->steps, hit->bytes)) {
                    return std::nullopt; // near a limit: scored again without the cache
                }
                reused = true;
                apply(std::move(hit->result), s);
            } else {
                bool clean = true;
                ev.begin_part();
                scored_indicator x = score_indicator(ev, c, pack, rec, s.manual, clean);
                if (key && clean && cache->admit(*key)) {
                    // Kept with what it takes with nothing remembered, and only if
                    // that gives the same (indicator_cache.hpp). When scoring it used
                    // nothing evaluated before it in this document, that is what it
                    // just gave and took; otherwise a fresh evaluator scores it again.
                    if (std::optional<jx::evaluator::effort> took = ev.part_work()) {
                        cache->remember(std::move(*key), {x, took->steps, took->bytes});
                    } else {
                        jx::evaluator cold(pack, &doc);
                        bool cold_clean = true;
                        scored_indicator y =
                            score_indicator(cold, c, pack, rec, s.manual, cold_clean);
                        if (cold_clean && same_result(x, y)) {
                            cache->remember(std::move(*key),
                                            {std::move(y), cold.steps_taken(), cold.memory_used()});
                        }
                    }
                }
                apply(std::move(x), s);
            }
        }
        if (s.error) {
            r.complete = false;
            r.errors.push_back({"指标「" + s.name + "」无法评分：" + s.error->zh,
                                "indicator '" + s.name + "' cannot be scored: " + s.error->en});
        } else if (s.score) {
            total = total + *s.score;
        }
    }
    r.total = total;
    r.total_weight = r.budget_weight;
    for (const auto& s : r.indicators) {
        r.total_weight = r.total_weight && s.weight
                             ? std::optional<decimal>(*r.total_weight + *s.weight)
                             : std::nullopt;
    }
    // Optional: the pack's own remarks on the document (分值 that do not add up …).
    if (auto remarks = jx::rule_named(pack, "权重提示")) {
        try {
            const jx::rule_output& o =
                ev.unexplained([&]() -> const jx::rule_output& { return ev.rule(*remarks); });
            if (const auto* l =
                    std::get_if<std::shared_ptr<const jx::value_list>>(&o.result.v.data)) {
                std::vector<std::string> remarks = shown_within_limit(**l, units);
                if (remarks.empty() && !(*l)->empty()) {
                    r.warnings.push_back(too_many_remarks());
                }
                for (auto& text : remarks) {
                    r.warnings.push_back({text, text});
                }
            }
        } catch (const diagnostic_error& e) {
            r.warnings.push_back(error_text(e.diag()));
        }
    }
    if (reused && ev.stopped()) {
        return std::nullopt;
    }
    if (!r.complete) {
        r.warnings.push_back({"总分不完整：有指标或预算执行率无法评分",
                              "the total is incomplete: some scores could not be computed"});
    }
    // An incomplete total is not graded: a grade of a partial sum would read
    // as the project's.
    if (r.complete) {
        try {
            r.grade = jx::show(
                ev.unexplained([&] { return ev.call(c.grade, {value::number(total)}); }).v, units);
        } catch (const diagnostic_error& e) {
            r.errors.push_back(error_text(e.diag()));
        }
    }
    return r;
}

} // namespace

selfeval_report evaluate_selfeval(const jx::program& pack, const json_value& doc) {
    return *score_document(pack, doc, nullptr);
}

std::unique_ptr<indicator_cache> indicator_cache_for(const jx::program& pack) {
    contract c = find_contract(pack);
    std::vector<std::uint32_t> calls{c.method, c.computed, c.score, c.flags};
    for (auto f : {c.target_text, c.actual_text, c.reviewer_scored}) {
        if (f) {
            calls.push_back(*f);
        }
    }
    return indicator_cache::for_pack(pack, calls);
}

std::string grade_of(const jx::program& pack, const decimal& total) {
    contract c = find_contract(pack);
    jx::evaluator ev(pack, nullptr);
    return jx::show(ev.unexplained([&] { return ev.call(c.grade, {value::number(total)}); }).v,
                    *pack.units);
}

selfeval_report evaluate_selfeval(const jx::program& pack, json_value& doc,
                                  const selfeval_canonicalizer& canonical, indicator_cache* cache) {
    std::vector<message> settled = canonical(doc);
    std::optional<selfeval_report> scored = score_document(pack, doc, cache);
    if (!scored) {
        scored = score_document(pack, doc, nullptr);
    }
    selfeval_report r = std::move(*scored);
    r.warnings.insert(r.warnings.begin(), settled.begin(), settled.end());
    return r;
}

} // namespace jixiao
