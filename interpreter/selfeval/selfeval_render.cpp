// The 自评表 as JSON (stable English keys) and as a table for a terminal.
#include "selfeval/form_display.hpp"
#include "selfeval/selfeval.hpp"
#include "text/json_writer.hpp"
#include "text/table.hpp"

#include <algorithm>

namespace jixiao {
namespace {

using json = nlohmann::ordered_json;

json number_or_null(const std::optional<decimal>& d) {
    return d ? json(d->to_string()) : json(nullptr);
}

} // namespace

json to_json(const selfeval_report& r, lang l) {
    auto text_or_null = [](const std::string& t) { return t.empty() ? json(nullptr) : json(t); };
    json out;
    out["project"] = r.project;
    out["year"] = text_or_null(r.form.year);
    out["department"] = text_or_null(r.form.department);
    out["implementing_unit"] = text_or_null(r.form.implementing_unit);
    json budget;
    budget["amount_unit"] = r.form.amount_unit.empty() ? "元" : r.form.amount_unit;
    budget["initial"] = text_or_null(r.form.initial_budget);
    budget["full_year"] = text_or_null(r.form.budget);
    budget["executed"] = text_or_null(r.form.spent);
    budget["rate"] = number_or_null(r.budget_rate);
    budget["score"] = number_or_null(r.budget_score);
    budget["explanation"] = r.budget_explanation;
    budget["notes"] = r.budget_notes;
    out["budget"] = budget;
    json goal;
    goal["expected"] = text_or_null(r.form.goal);
    goal["achieved"] = text_or_null(r.form.goal_result);
    out["goal"] = goal;
    json indicators = json::array();
    for (const auto& s : r.indicators) {
        json j;
        j["level1"] = s.level1;
        j["level2"] = s.level2;
        j["name"] = s.name;
        j["target"] = s.target;
        j["initial_target"] = text_or_null(s.initial_target);
        j["adjusted_target"] = text_or_null(s.adjusted_target);
        j["actual"] = s.actual;
        j["weight"] = number_or_null(s.weight);
        j["computed_score"] = number_or_null(s.computed);
        j["score"] = number_or_null(s.score);
        j["manual"] = s.manual;
        j["reason"] = text_or_null(s.reason);
        j["method"] = s.method;
        j["explanation"] = s.explanation;
        j["notes"] = s.notes;
        j["flags"] = s.flags;
        json warnings = json::array();
        for (const auto& w : s.warnings) {
            warnings.push_back(w.in(l));
        }
        j["warnings"] = warnings;
        j["error"] = s.error ? json(s.error->in(l)) : json(nullptr);
        indicators.push_back(j);
    }
    out["indicators"] = indicators;
    out["total"] = r.total.to_string();
    out["complete"] = r.complete;
    out["grade"] = r.grade.empty() ? json(nullptr) : json(r.grade);
    json warnings = json::array();
    for (const auto& w : r.warnings) {
        warnings.push_back(w.in(l));
    }
    out["warnings"] = warnings;
    json errors = json::array();
    for (const auto& e : r.errors) {
        errors.push_back(e.in(l));
    }
    out["errors"] = errors;
    return out;
}

std::string to_json_line(const selfeval_report& r, lang l, std::uint64_t line) {
    std::string out;
    out.reserve(8192); // a project of 20 to 30 indicators takes 4 to 7 KB
    json_writer w(out);
    auto number = [&](const std::optional<decimal>& d) -> json_writer& {
        return d ? w.string(d->to_string()) : w.null();
    };
    auto text = [&](const std::string& t) -> json_writer& {
        return t.empty() ? w.null() : w.string(t);
    };
    auto messages = [&](const std::vector<message>& ms) {
        w.begin_array();
        for (const auto& m : ms) {
            w.string(m.in(l));
        }
        w.end_array();
    };
    const project_form& f = r.form;
    w.begin_object().key("line").number(line).key("project").string(r.project).key("year");
    text(f.year).key("department");
    text(f.department).key("implementing_unit");
    text(f.implementing_unit).key("budget").begin_object().key("amount_unit");
    w.string(f.amount_unit.empty() ? "元" : f.amount_unit).key("initial");
    text(f.initial_budget).key("full_year");
    text(f.budget).key("executed");
    text(f.spent).key("rate");
    number(r.budget_rate).key("score");
    number(r.budget_score).key("explanation").string(r.budget_explanation);
    w.key("notes").strings(r.budget_notes).end_object();
    w.key("goal").begin_object().key("expected");
    text(f.goal).key("achieved");
    text(f.goal_result).end_object();
    w.key("indicators").begin_array();
    for (const auto& s : r.indicators) {
        w.begin_object().key("level1").string(s.level1).key("level2").string(s.level2);
        w.key("name").string(s.name).key("target").string(s.target).key("initial_target");
        text(s.initial_target).key("adjusted_target");
        text(s.adjusted_target).key("actual").string(s.actual);
        w.key("weight");
        number(s.weight).key("computed_score");
        number(s.computed).key("score");
        number(s.score).key("manual").boolean(s.manual).key("reason");
        text(s.reason).key("method").string(s.method);
        w.key("explanation").string(s.explanation).key("notes").strings(s.notes);
        w.key("flags").strings(s.flags).key("warnings");
        messages(s.warnings);
        w.key("error");
        if (s.error) {
            w.string(s.error->in(l));
        } else {
            w.null();
        }
        w.end_object();
    }
    w.end_array().key("total").string(r.total.to_string()).key("complete").boolean(r.complete);
    w.key("grade");
    if (r.grade.empty()) {
        w.null();
    } else {
        w.string(r.grade);
    }
    w.key("warnings");
    messages(r.warnings);
    w.key("errors");
    messages(r.errors);
    w.end_object();
    return out;
}

std::string to_table(const selfeval_report& r, lang l) {
    namespace show = form_display;
    bool zh = l == lang::zh;
    const project_form& f = r.form;
    std::string out = (zh ? "项目支出绩效自评表：" : "Self-evaluation: ") + r.project + "\n";
    if (std::string head = show::head_line(f, l); !head.empty()) {
        out += head + "\n";
    }
    out += "\n";
    std::string unit = show::amount_unit(f);
    text_table budget(
        {zh ? "项目资金（" + unit + "）" : "funds (" + unit + ")", zh ? "年初预算数" : "initial",
         zh ? "全年预算数" : "full year", zh ? "全年执行数" : "executed", zh ? "执行率" : "rate",
         zh ? "分值" : "weight", zh ? "得分" : "score", zh ? "计算过程" : "explanation"});
    std::string expl = r.budget_error ? r.budget_error->in(l) : r.budget_explanation;
    for (const auto& n : r.budget_notes) {
        expl += (zh ? "（注：" : " (note: ") + n + (zh ? "）" : ")");
    }
    budget.add({zh ? "全年预算执行" : "execution", show::amount(f.initial_budget),
                show::amount(f.budget), show::amount(f.spent), show::rate(r.budget_rate),
                show::weight(r.budget_weight), show::score(r.budget_score), expl});
    out += budget.render();
    if (!f.goal.empty() || !f.goal_result.empty()) {
        out += "\n" + std::string(zh ? "年度目标：" : "annual goal: ") +
               (f.goal.empty() ? "—" : f.goal) + "\n" + (zh ? "实际完成情况：" : "achieved: ") +
               (f.goal_result.empty() ? "—" : f.goal_result) + "\n";
    }
    out += "\n";
    bool adjusted = show::any_adjusted_target(r);
    std::vector<std::string> heads{zh ? "一级指标" : "level 1", zh ? "二级指标" : "level 2",
                                   zh ? "三级指标" : "indicator"};
    if (adjusted) {
        heads.push_back(zh ? "年初指标值" : "initial target");
        heads.push_back(zh ? "调整后指标值" : "adjusted target");
    } else {
        heads.push_back(zh ? "指标值" : "target");
    }
    for (const char* h :
         {zh ? "实际完成值" : "actual", zh ? "分值" : "weight", zh ? "得分" : "score",
          zh ? "偏差原因" : "reason", zh ? "计算过程" : "explanation"}) {
        heads.push_back(h);
    }
    text_table t(heads);
    for (const auto& s : r.indicators) {
        std::string e = s.error ? (zh ? "错误：" : "error: ") + s.error->in(l) : s.explanation;
        for (const auto& n : s.notes) {
            e += (zh ? "（注：" : " (note: ") + n + (zh ? "）" : ")");
        }
        for (const auto& fl : s.flags) {
            e += (zh ? "【" : " [") + fl + (zh ? "】" : "]");
        }
        for (const auto& w : s.warnings) {
            e += (zh ? "（" : " (") + w.in(l) + (zh ? "）" : ")");
        }
        std::vector<std::string> row{s.level1, s.level2, s.name};
        if (adjusted) {
            row.push_back(s.initial_target);
            row.push_back(s.adjusted_target);
        } else {
            row.push_back(s.target);
        }
        row.push_back(s.actual);
        row.push_back(s.weight ? s.weight->to_string() : "—");
        row.push_back(s.score ? show::score(s.score) + (s.manual ? "*" : "") : "—");
        row.push_back(s.reason);
        row.push_back(e);
        t.add(std::move(row));
    }
    out += t.render();
    out += "\n" + std::string(zh ? "总分：" : "total: ") + show::score(r.total) +
           (r.complete ? "" : (zh ? "（不完整）" : " (incomplete)")) + "    " +
           (zh ? "等级：" : "grade: ") +
           (r.grade.empty()
                ? (zh ? "—（总分不完整，不评等级）" : "— (no grade for an incomplete total)")
                : r.grade) +
           "\n";
    if (std::any_of(r.indicators.begin(), r.indicators.end(),
                    [](const indicator_score& s) { return s.manual; })) {
        out += zh ? "* 评审给分\n" : "* reviewer's score\n";
    }
    for (const auto& w : r.warnings) {
        out += (zh ? "提示：" : "warning: ") + w.in(l) + "\n";
    }
    for (const auto& e : r.errors) {
        out += (zh ? "错误：" : "error: ") + e.in(l) + "\n";
    }
    return out;
}

} // namespace jixiao
