// The 自评表 as one self-contained, printable HTML page laid out like the
// official form: the head (项目名称, 主管部门, 实施单位, the budget block with
// its amounts, 年度目标 and 实际完成情况), then the indicators with 一级/二级
// cells merged, 偏差原因分析及改进措施, and the 计算过程 of each score in a
// column of its own that wraps, so the page holds at A4 width (794 px) without
// squeezing the names. No scripts, no network.
#include "selfeval/form_display.hpp"
#include "selfeval/selfeval.hpp"
#include "text/html.hpp"

#include <algorithm>

namespace jixiao {
namespace {

constexpr auto escape = html_escape;

const char* style = R"(<style>
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif; margin: 2em; }
h1 { font-size: 1.4em; text-align: center; letter-spacing: 0.1em; margin-bottom: 0.2em; }
.year { text-align: center; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
th, td { border: 1px solid #000; padding: 4px 5px; vertical-align: middle; font-size: 0.9em; }
th { background: #f0f0f0; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
td.c { text-align: center; }
th.label { white-space: nowrap; }
td.name { min-width: 4.5em; }
td.t { min-width: 3.5em; }
td.reason { font-size: 0.8em; min-width: 5em; }
td.why { font-size: 0.8em; min-width: 10em; }
td.why { color: #333; }
.flag { display: block; color: #a00; }
.warn { display: block; color: #555; }
.error { color: #a00; }
.manual::after { content: " *"; }
@media print { body { margin: 0; } th { background: none; } }
</style>)";

std::string cell(const std::string& text, const char* cls = nullptr, int colspan = 1) {
    std::string h = "<td";
    if (cls != nullptr) {
        h += std::string(" class=\"") + cls + "\"";
    }
    if (colspan > 1) {
        h += " colspan=\"" + std::to_string(colspan) + "\"";
    }
    return h + ">" + escape(text) + "</td>";
}

std::string head_cell(const std::string& text, int colspan = 1, bool label = false) {
    return "<th" + std::string(label ? " class=\"label\"" : "") +
           (colspan > 1 ? " colspan=\"" + std::to_string(colspan) + "\"" : std::string()) + ">" +
           escape(text) + "</th>";
}

} // namespace

std::string to_html(const selfeval_report& r, lang l) {
    namespace show = form_display;
    bool zh = l == lang::zh;
    const project_form& f = r.form;
    std::string h = "<!DOCTYPE html>\n<html lang=\"" + std::string(zh ? "zh-CN" : "en") +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    escape((zh ? "项目支出绩效自评表：" : "Self-evaluation: ") + r.project) +
                    "</title>\n" + style + "\n</head>\n<body>\n";
    h += "<h1>" + std::string(zh ? "项目支出绩效自评表" : "Project expenditure self-evaluation") +
         "</h1>\n";
    if (!f.year.empty()) {
        h += "<p class=\"year\">" + escape(zh ? "（" + f.year + "年度）" : "(" + f.year + ")") +
             "</p>\n";
    }

    // The head: 项目名称; 主管部门 | 实施单位; the funds; the annual goal.
    h += "<table>\n<tr>" + head_cell(zh ? "项目名称" : "project", 1, true) +
         cell(r.project, nullptr, 7) + "</tr>\n";
    h += "<tr>" + head_cell(zh ? "主管部门" : "department", 1, true) +
         cell(f.department, nullptr, 3) +
         head_cell(zh ? "实施单位" : "implementing unit", 1, true) +
         cell(f.implementing_unit, nullptr, 3) + "</tr>\n";
    std::string unit = show::amount_unit(f);
    h += "<tr>" + head_cell(zh ? "项目资金（" + unit + "）" : "funds (" + unit + ")") +
         head_cell(zh ? "年初预算数" : "initial") + head_cell(zh ? "全年预算数" : "full year") +
         head_cell(zh ? "全年执行数" : "executed") + head_cell(zh ? "分值" : "weight") +
         head_cell(zh ? "执行率" : "rate") + head_cell(zh ? "得分" : "score") +
         head_cell(zh ? "计算过程" : "explanation") + "</tr>\n";
    std::string why = r.budget_error ? r.budget_error->in(l) : r.budget_explanation;
    for (const auto& n : r.budget_notes) {
        why += (zh ? "（注：" : " (note: ") + n + (zh ? "）" : ")");
    }
    h += "<tr>" + cell(zh ? "年度资金总额" : "total funds") +
         cell(show::amount(f.initial_budget), "n") + cell(show::amount(f.budget), "n") +
         cell(show::amount(f.spent), "n") + cell(show::weight(r.budget_weight), "n") +
         cell(show::rate(r.budget_rate), "n") + cell(show::score(r.budget_score), "n") +
         cell(why, r.budget_error ? "why error" : "why") + "</tr>\n";
    h += "<tr>" + head_cell(zh ? "年度总体目标" : "annual goal", 1, true) +
         head_cell(zh ? "预期目标" : "expected", 3) +
         head_cell(zh ? "实际完成情况" : "achieved", 4) + "</tr>\n";
    h += "<tr><td></td>" + cell(f.goal, nullptr, 3) + cell(f.goal_result, nullptr, 4) +
         "</tr>\n</table>\n";

    bool adjusted = show::any_adjusted_target(r);
    h += "<table>\n<tr>" + head_cell(zh ? "一级指标" : "level 1") +
         head_cell(zh ? "二级指标" : "level 2") + head_cell(zh ? "三级指标" : "indicator");
    if (adjusted) {
        h += head_cell(zh ? "年初指标值" : "initial target") +
             head_cell(zh ? "调整后指标值" : "adjusted target");
    } else {
        h += head_cell(zh ? "年度指标值" : "target");
    }
    h += head_cell(zh ? "实际完成值" : "actual") + head_cell(zh ? "分值" : "weight") +
         head_cell(zh ? "得分" : "score") +
         head_cell(zh ? "偏差原因分析及改进措施" : "reasons for deviation, improvements") +
         head_cell(zh ? "计算过程" : "explanation") + "</tr>\n";
    const auto& items = r.indicators;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const indicator_score& s = items[i];
        h += "<tr>";
        // Merge equal 一级 / 二级 cells of consecutive rows, as the official form does.
        auto span_of = [&](auto same) {
            std::size_t n = 1;
            while (i + n < items.size() && same(items[i + n])) {
                ++n;
            }
            return n;
        };
        if (i == 0 || items[i - 1].level1 != s.level1) {
            std::size_t n = span_of([&](const indicator_score& o) { return o.level1 == s.level1; });
            h += "<td class=\"name\" rowspan=\"" + std::to_string(n) + "\">" + escape(s.level1) +
                 "</td>";
        }
        if (i == 0 || items[i - 1].level1 != s.level1 || items[i - 1].level2 != s.level2) {
            std::size_t n = span_of([&](const indicator_score& o) {
                return o.level1 == s.level1 && o.level2 == s.level2;
            });
            h += "<td class=\"name\" rowspan=\"" + std::to_string(n) + "\">" + escape(s.level2) +
                 "</td>";
        }
        h += cell(s.name, "name");
        if (adjusted) {
            h += cell(s.initial_target, "t") + cell(s.adjusted_target, "t");
        } else {
            h += cell(s.target, "t");
        }
        h += cell(s.actual, "t") + cell(s.weight ? s.weight->to_string() : "—", "n");
        if (s.error) {
            h += "<td class=\"error\">" + std::string(zh ? "无法评分" : "not scored") + "</td>";
        } else {
            h += "<td class=\"n\"><span" + std::string(s.manual ? " class=\"manual\"" : "") + ">" +
                 show::score(s.score) + "</span></td>";
        }
        h += cell(s.reason, "reason");
        h += std::string("<td class=\"why") + (s.error ? " error" : "") + "\">" +
             escape(s.error ? s.error->in(l) : s.explanation);
        for (const auto& n : s.notes) {
            h += escape((zh ? "（注：" : " (note: ") + n + (zh ? "）" : ")"));
        }
        for (const auto& fl : s.flags) {
            h += "<span class=\"flag\">" + escape(fl) + "</span>";
        }
        for (const auto& w : s.warnings) {
            h += "<span class=\"warn\">" + escape(w.in(l)) + "</span>";
        }
        h += "</td></tr>\n";
    }
    int before_weight = adjusted ? 6 : 5;
    h += "<tr><td colspan=\"" + std::to_string(before_weight) + "\">" +
         std::string(zh ? "总分" : "total") +
         (r.complete ? "" : (zh ? "（不完整）" : " (incomplete)")) + "</td><td class=\"n\">" +
         show::weight(r.total_weight) + "</td><td class=\"n\">" + show::score(r.total) +
         "</td><td colspan=\"2\"></td></tr>\n";
    h += "<tr><td colspan=\"" + std::to_string(before_weight) + "\">" +
         std::string(zh ? "评价等级" : "grade") + "</td><td colspan=\"2\" class=\"c\">" +
         escape(r.grade.empty() ? (zh ? "—（总分不完整，不评等级）" : "— (incomplete total)")
                                : r.grade) +
         "</td><td colspan=\"2\"></td></tr>\n</table>\n";
    if (std::any_of(items.begin(), items.end(),
                    [](const indicator_score& s) { return s.manual; })) {
        h += "<p>" + std::string(zh ? "* 评审给分" : "* reviewer's score") + "</p>\n";
    }
    for (const auto& w : r.warnings) {
        h += "<p>" + escape((zh ? "提示：" : "warning: ") + w.in(l)) + "</p>\n";
    }
    for (const auto& e : r.errors) {
        h += "<p class=\"error\">" + escape((zh ? "错误：" : "error: ") + e.in(l)) + "</p>\n";
    }
    h += "</body>\n</html>\n";
    return h;
}

} // namespace jixiao
