// The 自评表 as one self-contained, printable HTML page laid out like the
// official form: the budget block, then the indicators with 一级/二级 cells
// merged, then the total and grade. Each score's explanation is on the page
// (under the score, small), so it survives printing. No scripts, no network.
#include "selfeval/selfeval.hpp"

#include "text/html.hpp"

namespace jixiao {
namespace {

constexpr auto escape = html_escape;

std::string num(const std::optional<decimal>& d) {
    return d ? d->to_string() : "—";
}

const char* style = R"(<style>
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif; margin: 2em; }
h1 { font-size: 1.4em; text-align: center; letter-spacing: 0.1em; }
.meta { text-align: center; margin-bottom: 1em; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: middle; font-size: 0.95em; }
th { background: #f0f0f0; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
.why { display: block; font-size: 0.75em; color: #444; margin-top: 2px; }
.flag { display: block; font-size: 0.75em; color: #a00; }
.error { color: #a00; }
.manual::after { content: " *"; }
@media print { body { margin: 0; } th { background: none; } }
</style>)";

} // namespace

std::string to_html(const selfeval_report& r, lang l) {
    bool zh = l == lang::zh;
    std::string h = "<!DOCTYPE html>\n<html lang=\"" + std::string(zh ? "zh-CN" : "en") +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    escape((zh ? "项目支出绩效自评表：" : "Self-evaluation: ") + r.project) +
                    "</title>\n" + style + "\n</head>\n<body>\n";
    h += "<h1>" + std::string(zh ? "项目支出绩效自评表" : "Project expenditure self-evaluation") +
         "</h1>\n";
    h += "<p class=\"meta\">" + std::string(zh ? "项目名称：" : "Project: ") + escape(r.project) +
         "</p>\n";

    h += "<table>\n<tr><th>" + std::string(zh ? "项目" : "item") + "</th><th>" +
         (zh ? "执行率" : "rate") + "</th><th>" + (zh ? "分值" : "weight") + "</th><th>" +
         (zh ? "得分" : "score") + "</th></tr>\n";
    std::string why = r.budget_error ? r.budget_error->in(l) : r.budget_explanation;
    for (const auto& n : r.budget_notes) {
        why += (zh ? "（注：" : " (note: ") + n + (zh ? "）" : ")");
    }
    h += "<tr><td>" + std::string(zh ? "全年预算执行情况" : "budget execution") +
         "</td><td class=\"n\">" + num(r.budget_rate) +
         "</td><td class=\"n\">10</td><td class=\"n\">" + num(r.budget_score) +
         "<span class=\"why\">" + escape(why) + "</span></td></tr>\n</table>\n";

    h += "<table>\n<tr><th>" + std::string(zh ? "一级指标" : "level 1") + "</th><th>" +
         (zh ? "二级指标" : "level 2") + "</th><th>" + (zh ? "三级指标" : "indicator") +
         "</th><th>" + (zh ? "指标值" : "target") + "</th><th>" + (zh ? "实际完成值" : "actual") +
         "</th><th>" + (zh ? "分值" : "weight") + "</th><th>" + (zh ? "得分" : "score") +
         "</th></tr>\n";
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
            h += "<td rowspan=\"" + std::to_string(n) + "\">" + escape(s.level1) + "</td>";
        }
        if (i == 0 || items[i - 1].level1 != s.level1 || items[i - 1].level2 != s.level2) {
            std::size_t n = span_of([&](const indicator_score& o) {
                return o.level1 == s.level1 && o.level2 == s.level2;
            });
            h += "<td rowspan=\"" + std::to_string(n) + "\">" + escape(s.level2) + "</td>";
        }
        h += "<td>" + escape(s.name) + "</td><td>" + escape(s.target) + "</td><td>" +
             escape(s.actual) + "</td><td class=\"n\">" + num(s.weight) + "</td>";
        if (s.error) {
            h += "<td class=\"error\">" + std::string(zh ? "无法评分" : "not scored") +
                 "<span class=\"why\">" + escape(s.error->in(l)) + "</span></td>";
        } else {
            h += "<td class=\"n\"><span" + std::string(s.manual ? " class=\"manual\"" : "") + ">" +
                 num(s.score) + "</span><span class=\"why\">" + escape(s.explanation) + "</span>";
            for (const auto& f : s.flags) {
                h += "<span class=\"flag\">" + escape(f) + "</span>";
            }
            for (const auto& w : s.warnings) {
                h += "<span class=\"why\">" + escape(w.in(l)) + "</span>";
            }
            h += "</td>";
        }
        h += "</tr>\n";
    }
    h += "<tr><td colspan=\"5\">" + std::string(zh ? "总分" : "total") +
         (r.complete ? "" : (zh ? "（不完整）" : " (incomplete)")) +
         "</td><td class=\"n\">100</td><td class=\"n\">" + r.total.to_string() + "</td></tr>\n";
    h += "<tr><td colspan=\"5\">" + std::string(zh ? "评价等级" : "grade") +
         "</td><td colspan=\"2\" class=\"n\">" + escape(r.grade) + "</td></tr>\n</table>\n";
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
