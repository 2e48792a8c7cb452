// The reconciliation report as one self-contained printable page: a summary,
// then one table per status (discrepancies first). Each check shows both
// sides, the difference, the tolerance and its derivation, and where every
// figure came from, so the page stands on its own once printed.
#include "reconcile/reconcile.hpp"

#include "text/html.hpp"

#include <array>

namespace jixiao {
namespace {

const char* style = R"(<style>
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif; margin: 2em; }
h1 { font-size: 1.4em; text-align: center; letter-spacing: 0.1em; }
h2 { font-size: 1.1em; margin-top: 1.5em; }
.meta { text-align: center; margin-bottom: 1em; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; font-size: 0.9em; }
th { background: #f0f0f0; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
td.check { min-width: 7em; }
td.where { min-width: 14em; }
.why { display: block; font-size: 0.8em; color: #444; margin-top: 2px; white-space: normal; text-align: left; min-width: 8em; }
.mismatch { color: #a00; }
.unlinked { color: #06a; }
details.exact summary { cursor: pointer; }
details.exact summary h2 { display: inline; }
@media print { details.exact:not([open]) { display: none; } }
.not_computable { color: #a60; }
ul.where { margin: 0; padding-left: 1.2em; font-size: 0.8em; }
@media print { body { margin: 0; } th { background: none; } tr { page-break-inside: avoid; } }
</style>)";

std::string num(const std::optional<decimal>& d) {
    return d ? d->to_fraction_string() : "—";
}

std::string place_html(const figure_place& p, bool zh) {
    std::string s = "<li>" + html_escape(p.figure) + " ← ";
    if (!p.table.empty()) {
        s += html_escape(p.table + "｜" + p.row + "｜" + p.column);
        if (p.line) {
            s += zh ? "（原文第 " + std::to_string(*p.line) + " 行）"
                    : " (source line " + std::to_string(*p.line) + ")";
        }
    } else if (!p.label.empty()) {
        s += html_escape((zh ? "说明「" : "prose '") + p.section + (zh ? "」：“" : "': \"") +
                         p.quote + (zh ? "”" : "\""));
        if (p.line) {
            s += zh ? "（原文第 " + std::to_string(*p.line) + " 行）"
                    : " (source line " + std::to_string(*p.line) + ")";
        }
    } else {
        s += zh ? "规则中的数" : "a figure of the rules";
    }
    return s + "</li>";
}

} // namespace

std::string to_html(const reconcile_report& r, lang l) {
    bool zh = l == lang::zh;
    std::string h = "<!DOCTYPE html>\n<html lang=\"" + std::string(zh ? "zh-CN" : "en") +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    html_escape((zh ? "核对报告：" : "Reconciliation: ") + r.title) + "</title>\n" +
                    style + "\n</head>\n<body>\n";
    h += "<h1>" + std::string(zh ? "预决算公开核对报告" : "Disclosure reconciliation report") +
         "</h1>\n";
    h += "<p class=\"meta\">" + html_escape(r.title) + "</p>\n";
    h += "<table>\n<tr><th>" + std::string(zh ? "核对项" : "checks") + "</th><th>" +
         (zh ? "不一致" : "mismatch") + "</th><th>" + (zh ? "无法计算" : "not computable") +
         "</th><th>" + (zh ? "尾差" : "rounding") + "</th><th>" + (zh ? "一致" : "exact") +
         "</th><th>" + (zh ? "说明中未对应的数" : "unlinked figures of the prose") +
         "</th></tr>\n<tr><td class=\"n\">" + std::to_string(r.checks.size()) +
         "</td><td class=\"n\">" + std::to_string(r.mismatch) + "</td><td class=\"n\">" +
         std::to_string(r.not_computable) + "</td><td class=\"n\">" + std::to_string(r.rounding) +
         "</td><td class=\"n\">" + std::to_string(r.exact) + "</td><td class=\"n\">" +
         std::to_string(r.unlinked.size()) + "</td></tr>\n</table>\n";
    constexpr std::array<jx::check_status, 4> order{
        jx::check_status::mismatch, jx::check_status::not_computable, jx::check_status::rounding,
        jx::check_status::exact};
    // Discrepancies, then the figures no check reads, then residuals, all
    // open; the checks that agree are folded (hundreds of them on a real
    // document), one click away and printed when opened.
    auto unlinked_section = [&] {
        if (r.unlinked.empty()) {
            return;
        }
        h += "<h2 class=\"unlinked\">" +
             std::string(zh ? "未对应：说明中没有核对读到的数"
                            : "Unlinked: figures of the prose no check reads") +
             " (" + std::to_string(r.unlinked.size()) + ")</h2>\n<ul class=\"unlinked\">";
        for (const auto& p : r.unlinked) {
            h += place_html(p, zh);
        }
        h += "</ul>\n";
    };
    for (jx::check_status s : order) {
        if (s == jx::check_status::rounding) {
            unlinked_section();
        }
        std::string rows;
        for (const auto& c : r.checks) {
            if (c.status != s) {
                continue;
            }
            rows += "<tr><td class=\"check\">" + html_escape(c.id) + "<span class=\"why\">" +
                    html_escape(c.description) + "</span></td>";
            if (c.error) {
                rows += "<td colspan=\"5\" class=\"not_computable\">" +
                        html_escape(c.error->text.in(l)) + "</td></tr>\n";
                continue;
            }
            rows += "<td class=\"n\">" + num(c.left) + "</td><td class=\"n\">" + num(c.right) +
                    "</td><td class=\"n\">" + num(c.difference) + "</td><td class=\"n\">" +
                    num(c.tolerance) + "<span class=\"why\">" +
                    html_escape(c.tolerance_reason.in(l)) + "</span></td>";
            rows += "<td class=\"where\">" + html_escape(c.explanation);
            for (const auto& n : c.notes) {
                rows +=
                    "<span class=\"why\">" + html_escape((zh ? "注：" : "note: ") + n) + "</span>";
            }
            rows += "<ul class=\"where\">";
            for (const auto& p : c.left_places) {
                rows += place_html(p, zh);
            }
            for (const auto& p : c.right_places) {
                rows += place_html(p, zh);
            }
            rows += "</ul></td></tr>\n";
        }
        if (rows.empty()) {
            continue;
        }
        std::size_t n = 0;
        for (const auto& c : r.checks) {
            n += c.status == s ? 1 : 0;
        }
        std::string heading =
            std::string(zh ? status_zh(s) : status_key(s)) + " (" + std::to_string(n) + ")";
        std::string table = "<table>\n<tr><th>" + std::string(zh ? "核对" : "check") + "</th><th>" +
                            (zh ? "左" : "left") + "</th><th>" + (zh ? "右" : "right") +
                            "</th><th>" + (zh ? "差额" : "difference") + "</th><th>" +
                            (zh ? "容差" : "tolerance") + "</th><th>" +
                            (zh ? "计算过程与出处" : "explanation and sources") + "</th></tr>\n" +
                            rows + "</table>\n";
        if (s == jx::check_status::exact) {
            h += "<details class=\"exact\">\n<summary><h2 class=\"exact\">" + heading +
                 "</h2></summary>\n" + table + "</details>\n";
        } else {
            h += "<h2 class=\"" + std::string(status_key(s)) + "\">" + heading + "</h2>\n" + table;
        }
    }
    h += "</body>\n</html>\n";
    return h;
}

} // namespace jixiao
