// The 自评表 as JSON (stable English keys) and as a table for a terminal.
#include "selfeval/selfeval.hpp"
#include "text/json_writer.hpp"
#include "text/table.hpp"

namespace jixiao {
namespace {

using json = nlohmann::ordered_json;

json number_or_null(const std::optional<decimal>& d) {
    return d ? json(d->to_string()) : json(nullptr);
}

} // namespace

json to_json(const selfeval_report& r, lang l) {
    json out;
    out["project"] = r.project;
    json budget;
    budget["rate"] = number_or_null(r.budget_rate);
    budget["score"] = number_or_null(r.budget_score);
    budget["explanation"] = r.budget_explanation;
    budget["notes"] = r.budget_notes;
    out["budget"] = budget;
    json indicators = json::array();
    for (const auto& s : r.indicators) {
        json j;
        j["level1"] = s.level1;
        j["level2"] = s.level2;
        j["name"] = s.name;
        j["target"] = s.target;
        j["actual"] = s.actual;
        j["weight"] = number_or_null(s.weight);
        j["computed_score"] = number_or_null(s.computed);
        j["score"] = number_or_null(s.score);
        j["manual"] = s.manual;
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
    out["grade"] = r.grade;
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
    auto messages = [&](const std::vector<message>& ms) {
        w.begin_array();
        for (const auto& m : ms) {
            w.string(m.in(l));
        }
        w.end_array();
    };
    w.begin_object().key("line").number(line).key("project").string(r.project);
    w.key("budget").begin_object().key("rate");
    number(r.budget_rate).key("score");
    number(r.budget_score).key("explanation").string(r.budget_explanation);
    w.key("notes").strings(r.budget_notes).end_object();
    w.key("indicators").begin_array();
    for (const auto& s : r.indicators) {
        w.begin_object().key("level1").string(s.level1).key("level2").string(s.level2);
        w.key("name").string(s.name).key("target").string(s.target).key("actual").string(s.actual);
        w.key("weight");
        number(s.weight).key("computed_score");
        number(s.computed).key("score");
        number(s.score).key("manual").boolean(s.manual).key("method").string(s.method);
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
    w.key("grade").string(r.grade).key("warnings");
    messages(r.warnings);
    w.key("errors");
    messages(r.errors);
    w.end_object();
    return out;
}

std::string to_table(const selfeval_report& r, lang l) {
    bool zh = l == lang::zh;
    auto num = [](const std::optional<decimal>& d) {
        return d ? d->to_string() : std::string("—");
    };
    std::string out = (zh ? "项目支出绩效自评表：" : "Self-evaluation: ") + r.project + "\n\n";
    text_table budget({zh ? "预算执行" : "budget", zh ? "执行率" : "rate", zh ? "分值" : "weight",
                       zh ? "得分" : "score", zh ? "计算过程" : "explanation"});
    std::string expl = r.budget_error ? r.budget_error->in(l) : r.budget_explanation;
    for (const auto& n : r.budget_notes) {
        expl += (zh ? "（注：" : " (note: ") + n + (zh ? "）" : ")");
    }
    budget.add(
        {zh ? "全年预算执行" : "execution", num(r.budget_rate), "10", num(r.budget_score), expl});
    out += budget.render() + "\n";
    text_table t({zh ? "一级指标" : "level 1", zh ? "二级指标" : "level 2",
                  zh ? "三级指标" : "indicator", zh ? "指标值" : "target",
                  zh ? "实际完成值" : "actual", zh ? "分值" : "weight", zh ? "得分" : "score",
                  zh ? "计算过程" : "explanation"});
    for (const auto& s : r.indicators) {
        std::string e = s.error ? (zh ? "错误：" : "error: ") + s.error->in(l) : s.explanation;
        for (const auto& f : s.flags) {
            e += (zh ? "【" : " [") + f + (zh ? "】" : "]");
        }
        for (const auto& w : s.warnings) {
            e += (zh ? "（" : " (") + w.in(l) + (zh ? "）" : ")");
        }
        t.add({s.level1, s.level2, s.name, s.target, s.actual, num(s.weight),
               s.score ? s.score->to_string() + (s.manual ? "*" : "") : "—", e});
    }
    out += t.render();
    out += "\n" + std::string(zh ? "总分：" : "total: ") + r.total.to_string() +
           (r.complete ? "" : (zh ? "（不完整）" : " (incomplete)")) + "    " +
           (zh ? "等级：" : "grade: ") + r.grade + "\n";
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
