#include "review/project_digest.hpp"

#include "lang/evaluate.hpp"
#include "number/decimal_parse.hpp"

#include <atomic>
#include <unordered_map>

namespace jixiao {
namespace {

using jx::value;

// A number the form gives: a JSON number, or a text that is one ("98.65").
std::optional<decimal> number_field(const json_value& rec, std::string_view key) {
    const json_value* v = rec.find(key);
    if (v == nullptr) {
        return std::nullopt;
    }
    if (const decimal* d = v->number()) {
        return *d;
    }
    if (const std::string* s = v->string(); s != nullptr && !s->empty()) {
        try {
            return parse_decimal(*s);
        } catch (const number_syntax_error&) {
        }
    }
    return std::nullopt;
}

std::string text_field(const json_value& rec, std::string_view key) {
    const json_value* v = rec.find(key);
    const std::string* s = v == nullptr ? nullptr : v->string();
    return s == nullptr ? std::string() : *s;
}

// The texts of a list value (a mark that is no text is shown as it reads).
std::vector<std::string> texts_of(const value& v, const unit_registry& units) {
    std::vector<std::string> out;
    if (const auto* l = std::get_if<std::shared_ptr<const jx::value_list>>(&v.data)) {
        for (const value& item : **l) {
            const std::string* s = item.text_if();
            std::string t = s != nullptr ? *s : jx::show(item, units);
            if (!t.empty()) {
                out.push_back(std::move(t));
            }
        }
    }
    return out;
}

json_value number_or_null(const std::optional<decimal>& d) {
    return d ? json_value(*d) : json_value();
}

void put(json_object& o, std::string key, json_value v) {
    o.emplace_back(std::move(key), std::move(v));
}

json_value strings(const std::vector<std::string>& items) {
    json_array a;
    for (const auto& s : items) {
        a.emplace_back(s);
    }
    return json_value(std::move(a));
}

json_value indicator_input(const indicator_digest& s) {
    json_object o;
    o.reserve(10);
    put(o, "一级指标", json_value(s.level1));
    put(o, "二级指标", json_value(s.level2));
    put(o, "三级指标", json_value(s.name));
    put(o, "指标值", json_value(s.target));
    put(o, "分值", number_or_null(s.weight));
    put(o, "公式得分", number_or_null(s.formula));
    put(o, "填报得分", number_or_null(s.filed));
    put(o, "标记", strings(s.flags));
    put(o, "有偏差原因", json_value(s.has_reason));
    put(o, "无法评分", s.unscored.empty() ? json_value() : json_value(s.unscored));
    o.seal();
    return json_value(std::move(o));
}

message review_error(const diagnostic& d) {
    std::string where = d.line > 0 ? " (" + d.file + ":" + std::to_string(d.line) + ":" +
                                         std::to_string(d.column) + ")"
                                   : std::string();
    return {d.text.zh + where, d.text.en + where};
}

} // namespace

review_packs::review_packs(const jx::program& scoring_pack, const jx::program& review_pack)
    : scoring(scoring_pack), review(review_pack) {
    static std::atomic<std::uint64_t> made{0};
    id = ++made;
    auto grade_fn = jx::function_named(scoring, "等级评定", 1);
    if (!grade_fn) {
        throw diagnostic_error(diagnose(severity::error,
                                        {"规则包缺少自评所需的函数「等级评定」（1 个参数）",
                                         "the pack lacks the self-evaluation function '等级评定' "
                                         "(1 parameter)"},
                                        scoring.modules.back()->file));
    }
    grade = *grade_fn;
    auto rule = jx::rule_named(review, "复核标记");
    if (!rule) {
        throw diagnostic_error(
            diagnose(severity::error,
                     {"复核规则包缺少规则「复核标记」（每个项目的标记，文本列表）",
                      "the review pack lacks the rule '复核标记' (the marks "
                      "of a project, a list of texts)"},
                     review.modules.back()->file));
    }
    marks = *rule;
    indicator_marks = jx::function_named(review, "指标复核", 1);
}

json_value review_input(const project_digest& d) {
    json_object o;
    o.reserve(13);
    put(o, "项目名称", json_value(d.project));
    put(o, "主管部门", json_value(d.department));
    put(o, "实施单位", json_value(d.unit));
    put(o, "执行率", number_or_null(d.budget_rate));
    put(o, "公式总分", number_or_null(d.formula_total));
    put(o, "填报总分", number_or_null(d.filed_total));
    put(o, "公式等级", d.formula_grade.empty() ? json_value() : json_value(d.formula_grade));
    put(o, "填报等级", d.filed_grade.empty() ? json_value() : json_value(d.filed_grade));
    put(o, "完整", json_value(d.complete));
    std::int64_t unscored = 0, flagged = 0, differing = 0;
    for (const auto& s : d.indicators) {
        unscored += s.unscored.empty() ? 0 : 1;
        flagged += s.flags.empty() ? 0 : 1;
        differing += s.filed && s.formula && *s.filed != *s.formula ? 1 : 0;
    }
    put(o, "指标数", json_value(decimal::from_int(static_cast<std::int64_t>(d.indicators.size()))));
    put(o, "无法评分指标数", json_value(decimal::from_int(unscored)));
    put(o, "有标记指标数", json_value(decimal::from_int(flagged)));
    put(o, "填报与公式不同指标数", json_value(decimal::from_int(differing)));
    o.seal();
    return json_value(std::move(o));
}

namespace {

// The scoring pack's grade of a total. Totals repeat (two decimals between 0
// and 100), so each thread asks the pack once per distinct total of a run
// rather than building an evaluator per project for it; keyed by the run's
// packs, never reused for other packs.
std::string grade_of(const review_packs& packs, const decimal& total) {
    struct remembered {
        std::uint64_t packs = 0;
        std::unordered_map<std::string, std::string> grades;
    };
    thread_local remembered mine;
    if (mine.packs != packs.id) {
        mine.packs = packs.id;
        mine.grades.clear();
    }
    std::string key = total.to_fraction_string();
    if (auto it = mine.grades.find(key); it != mine.grades.end()) {
        return it->second;
    }
    jx::evaluator grader(packs.scoring, nullptr);
    std::string g = jx::show(
        grader.unexplained([&] { return grader.call(packs.grade, {value::number(total)}); }).v,
        *packs.scoring.units);
    if (mine.grades.size() >= 20'000) { // bounded: a run of odd totals cannot grow it
        mine.grades.clear();
    }
    mine.grades.emplace(std::move(key), g);
    return g;
}

} // namespace

project_digest digest_project(selfeval_report r, const json_value& doc, const review_packs& packs) {
    const jx::program& review = packs.review;
    project_digest d;
    d.project = std::move(r.project);
    d.department = std::move(r.form.department);
    d.unit = std::move(r.form.implementing_unit);
    d.budget_rate = r.budget_rate;
    d.budget_formula = r.budget_score;
    d.budget_filed = number_field(doc, "执行率得分");
    d.complete = r.complete;
    d.grade = r.complete ? r.grade : std::string();

    const json_value* list = doc.find("指标");
    const json_array* items = list == nullptr ? nullptr : list->array();
    bool every_filed = items != nullptr && !items->empty();
    decimal filed_sum;
    std::optional<decimal> formula = r.budget_score;
    for (std::size_t i = 0; i < r.indicators.size(); ++i) {
        indicator_score& s = r.indicators[i];
        indicator_digest x;
        x.level1 = std::move(s.level1);
        x.level2 = std::move(s.level2);
        x.name = std::move(s.name);
        x.target = std::move(s.target);
        x.weight = s.weight;
        x.formula = s.computed;
        if (items != nullptr && i < items->size() && s.manual) {
            x.filed = number_field((*items)[i], "得分");
        }
        x.flags = std::move(s.flags);
        x.has_reason = !s.reason.empty();
        if (s.error) {
            x.unscored = s.error->zh;
        }
        every_filed = every_filed && x.filed.has_value();
        if (x.filed) {
            filed_sum = filed_sum + *x.filed;
        }
        if (formula) {
            if (x.formula) {
                formula = *formula + *x.formula;
            } else if (x.filed) {
                formula =
                    *formula + *x.filed; // 定性 without a tier: the reviewer's is the only score
                ++d.formula_uses_filed;
            } else {
                formula.reset(); // an indicator no one scored: no formula total
            }
        }
        d.indicators.push_back(std::move(x));
    }
    d.formula_total = formula;
    d.filed_total = number_field(doc, "总分");
    if (!d.filed_total && every_filed) {
        if (d.budget_filed) {
            d.filed_total = filed_sum + *d.budget_filed;
        }
    }
    auto grade = [&](const decimal& total) { return grade_of(packs, total); };
    if (d.formula_total) {
        d.formula_grade = grade(*d.formula_total);
    }
    d.filed_grade = text_field(doc, "等级");
    if (d.filed_grade.empty() && d.filed_total) {
        d.filed_grade = grade(*d.filed_total);
    }

    // The review pack's marks, over the digest in its words.
    const unit_registry& units = *review.units;
    json_value input = review_input(d);
    jx::evaluator ev(review, &input);
    try {
        d.marks = texts_of(ev.unexplained([&]() -> const jx::rule_output& {
                                 return ev.rule(packs.marks);
                             }).result.v,
                           units);
    } catch (const diagnostic_error& e) {
        d.review_errors.push_back(review_error(e.diag()).zh);
    }
    if (auto per_indicator = packs.indicator_marks) {
        // Asked only about an indicator there is something to review on:
        // filed otherwise than the formula scores it, flagged by the scoring
        // pack, or not scored at all (docs/review.md). The others agree with
        // the formula and carry no flag: most of a batch.
        std::vector<std::size_t> asked;
        for (std::size_t i = 0; i < d.indicators.size(); ++i) {
            const indicator_digest& x = d.indicators[i];
            bool differs = x.filed && (!x.formula || *x.filed != *x.formula);
            if (differs || !x.flags.empty() || !x.unscored.empty()) {
                asked.push_back(i);
            }
        }
        // Built whole before the first call: the evaluator remembers calls by
        // the record's address, so every record lives as long as it does.
        json_array records;
        records.reserve(asked.size());
        for (std::size_t i : asked) {
            records.push_back(indicator_input(d.indicators[i]));
        }
        for (std::size_t k = 0; k < asked.size(); ++k) {
            try {
                value rec{&records[k]};
                d.indicators[asked[k]].marks = texts_of(
                    ev.unexplained([&] { return ev.call(*per_indicator, {rec}); }).v, units);
            } catch (const diagnostic_error& e) {
                d.review_errors.push_back(review_error(e.diag()).zh);
            }
        }
    }
    return d;
}

} // namespace jixiao
