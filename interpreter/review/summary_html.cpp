// The reviewer's summary as one printable page: the charts are inline SVG,
// the tables are in the order a reviewer reads them (largest gap first, most
// frequent mark first), and a few lines of script let a click on a column
// head re-sort a table; without the script nothing is hidden.
#include "review/summary.hpp"
#include "text/html.hpp"

#include <algorithm>

namespace jixiao {
namespace {

constexpr auto escape = html_escape;

const char* style = R"(<style>
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #999; padding-bottom: 0.2em; }
h3 { font-size: 1em; margin: 1.2em 0 0.4em; }
p.lead { margin-top: 0; color: #333; }
table { border-collapse: collapse; margin-bottom: 0.8em; width: 100%; }
th, td { border: 1px solid #bbb; padding: 3px 6px; font-size: 0.88em; vertical-align: top; }
th { background: #eee; font-weight: normal; text-align: left; }
th[data-sort] { cursor: pointer; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.parts { font-size: 0.82em; color: #333; }
.fig { white-space: nowrap; }
.up { color: #a00; }
.down { color: #05a; }
.charts { display: flex; flex-wrap: wrap; gap: 2em; }
figure { margin: 0; }
figcaption { font-size: 0.85em; color: #333; }
svg text { font-size: 11px; font-family: inherit; }
.none { color: #666; }
@media print { body { margin: 0; } th { background: none; } .charts { display: block; } }
</style>)";

const char* sorter = R"(<script>
// Optional: a click on a column head sorts its table (the page reads the same without it).
document.querySelectorAll("th[data-sort]").forEach(function (th) {
  th.addEventListener("click", function () {
    var table = th.closest("table"), body = table.tBodies[0], i = th.cellIndex;
    var rows = Array.prototype.slice.call(body.rows), down = th.dataset.dir !== "down";
    var key = function (r) { var t = r.cells[i].dataset.v || r.cells[i].textContent.trim();
      var n = parseFloat(t); return isNaN(n) ? t : n; };
    rows.sort(function (a, b) { var x = key(a), y = key(b);
      var c = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y), "zh");
      return down ? -c : c; });
    th.dataset.dir = down ? "down" : "up";
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
</script>)";

struct words {
    lang l;
    std::string operator()(const char* zh, const char* en) const { return l == lang::zh ? zh : en; }
};

std::string num(const std::optional<decimal>& d) {
    return d ? d->to_string() : "—";
}

std::string td_num(const std::optional<decimal>& d, const char* cls = nullptr) {
    std::string c = "n";
    if (cls != nullptr) {
        c += std::string(" ") + cls;
    }
    return "<td class=\"" + c + "\">" + escape(num(d)) + "</td>";
}

std::string td(const std::string& text) {
    return "<td>" + escape(text) + "</td>";
}

std::string th(const std::string& text, bool sortable = true) {
    return std::string(sortable ? "<th data-sort>" : "<th>") + escape(text) + "</th>";
}

std::string percent(const std::optional<decimal>& rate) {
    if (!rate) {
        return "—";
    }
    return (*rate * decimal::from_int(100)).round(2, rounding_mode::half_up).to_string() + "%";
}

std::string project_cell(const project_digest& d, const project_link& link) {
    std::string name = escape(d.project.empty() ? "（未命名）" : d.project);
    std::string where = d.sheet.empty() ? "第 " + std::to_string(d.line) + " 行" : d.sheet;
    std::string href = link ? link(d) : std::string();
    std::string shown = href.empty() ? name : "<a href=\"" + escape(href) + "\">" + name + "</a>";
    return "<td>" + shown + "<br><small class=\"none\">" + escape(where) + "</small></td>";
}

const std::vector<std::string>& grade_order() {
    static const std::vector<std::string> order{"优", "良", "中", "差"};
    return order;
}

std::uint64_t count_of(const grade_counts& g, const std::string& grade) {
    auto it = g.by_grade.find(grade);
    return it == g.by_grade.end() ? 0 : it->second;
}

// Bars side by side per group, one colour per series, with the count above
// each bar; `labels` under the groups.
std::string bar_chart(const std::vector<std::string>& labels,
                      const std::vector<std::pair<std::string, std::vector<std::uint64_t>>>& series,
                      const std::string& title) {
    static const char* colours[] = {"#c44", "#48c", "#999"};
    std::uint64_t top = 1;
    for (const auto& [name, values] : series) {
        for (auto v : values) {
            top = std::max(top, v);
        }
    }
    const int bar = 14, gap = 10, height = 140, left = 8, base = 20 + height;
    int group = static_cast<int>(series.size()) * bar + gap;
    int width = left + static_cast<int>(labels.size()) * group + 10;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
                      std::to_string(width) + "\" height=\"" + std::to_string(base + 36) +
                      "\" viewBox=\"0 0 " + std::to_string(width) + " " +
                      std::to_string(base + 36) + "\"><title>" + escape(title) + "</title>";
    svg += "<line x1=\"" + std::to_string(left) + "\" y1=\"" + std::to_string(base) + "\" x2=\"" +
           std::to_string(width - 4) + "\" y2=\"" + std::to_string(base) + "\" stroke=\"#333\"/>";
    for (std::size_t g = 0; g < labels.size(); ++g) {
        int x0 = left + static_cast<int>(g) * group;
        for (std::size_t s = 0; s < series.size(); ++s) {
            std::uint64_t v = series[s].second[g];
            int h = static_cast<int>(v * static_cast<std::uint64_t>(height) / top);
            int x = x0 + static_cast<int>(s) * bar;
            svg += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(base - h) +
                   "\" width=\"" + std::to_string(bar - 2) + "\" height=\"" + std::to_string(h) +
                   "\" fill=\"" + colours[s % 3] + "\"><title>" + escape(series[s].first) + " " +
                   escape(labels[g]) + "：" + std::to_string(v) + "</title></rect>";
            if (v > 0) {
                svg += "<text x=\"" + std::to_string(x + (bar - 2) / 2) + "\" y=\"" +
                       std::to_string(base - h - 3) + "\" text-anchor=\"middle\">" +
                       std::to_string(v) + "</text>";
            }
        }
        svg += "<text x=\"" + std::to_string(x0 + group / 2 - gap / 2) + "\" y=\"" +
               std::to_string(base + 14) + "\" text-anchor=\"middle\">" + escape(labels[g]) +
               "</text>";
    }
    int lx = left;
    for (std::size_t s = 0; s < series.size(); ++s) {
        svg += "<rect x=\"" + std::to_string(lx) + "\" y=\"" + std::to_string(base + 24) +
               "\" width=\"10\" height=\"10\" fill=\"" + colours[s % 3] + "\"/><text x=\"" +
               std::to_string(lx + 14) + "\" y=\"" + std::to_string(base + 33) + "\">" +
               escape(series[s].first) + "</text>";
        lx += 14 + 13 * static_cast<int>(series[s].first.size() / 3 + 2);
    }
    return svg + "</svg>";
}

std::string gap_table(const batch_summary_builder& s, const std::vector<const gap_entry*>& list,
                      const project_link& link, const words& w, bool above) {
    if (list.empty()) {
        return "<p class=\"none\">" + w("没有。", "None.") + "</p>";
    }
    std::string h =
        "<table><thead><tr>" + th(w("项目", "project")) + th(w("部门", "department")) +
        th(w("填报总分", "filed total")) + th(w("公式总分", "formula total")) + th(w("差", "gap")) +
        th(w("填报等级", "filed grade")) + th(w("公式等级", "formula grade")) +
        th(w("执行率", "budget rate")) +
        th(w("造成差异的指标（填报 / 公式）", "indicators making the gap (filed / formula)"),
           false) +
        "</tr></thead><tbody>";
    for (const gap_entry* e : list) {
        const project_digest& d = s.named(e->key);
        std::string parts;
        for (const auto& p : gap_parts(d, 5)) {
            parts += (parts.empty() ? "" : "<br>") + escape(p.name) + " <span class=\"fig\">" +
                     escape(num(p.filed)) + " / " + escape(num(p.formula)) + "</span>";
        }
        h += "<tr>" + project_cell(d, link) + td(d.department) + td_num(d.filed_total) +
             td_num(d.formula_total) + td_num(e->gap, above ? "up" : "down") + td(d.filed_grade) +
             td(d.formula_grade) + "<td class=\"n\">" + escape(percent(d.budget_rate)) +
             "</td><td class=\"parts\">" + parts + "</td></tr>";
    }
    return h + "</tbody></table>";
}

std::string indicator_tables(const batch_summary_builder& s,
                             const std::map<std::string, indicator_category>& from,
                             const project_link& link, const words& w, bool causes) {
    if (from.empty()) {
        return "<p class=\"none\">" + w("没有。", "None.") + "</p>";
    }
    std::vector<std::pair<std::string, const indicator_category*>> sorted;
    for (const auto& [name, c] : from) {
        sorted.emplace_back(name, &c);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.second->count > b.second->count;
    });
    std::string h;
    for (const auto& [name, c] : sorted) {
        h += "<h3>" + escape(name) + "（" + std::to_string(c->count) + " " +
             w("个指标", "indicators") + "）</h3><table><thead><tr>" + th(w("项目", "project")) +
             th(w("指标", "indicator")) + th(w("指标值", "target")) + th(w("分值", "weight")) +
             (causes ? th(w("原因", "message"))
                     : th(w("填报得分", "filed")) + th(w("公式得分", "formula"))) +
             "</tr></thead><tbody>";
        for (const auto& [key, i] : c->examples) {
            const project_digest& d = s.named(key);
            const indicator_digest& x = d.indicators[i];
            h += "<tr>" + project_cell(d, link) + td(x.level1 + " / " + x.level2 + " / " + x.name) +
                 td(x.target) + td_num(x.weight) +
                 (causes ? td(x.unscored) : td_num(x.filed) + td_num(x.formula)) + "</tr>";
        }
        h += "</tbody></table>";
        if (c->count > c->examples.size()) {
            h += "<p class=\"none\">" + w("另有 ", "and ") +
                 std::to_string(c->count - c->examples.size()) +
                 w(" 个未列出（完整清单见各项目的输出记录）。",
                   " more (every one is in the output records).") +
                 "</p>";
        }
    }
    return h;
}

} // namespace

std::string summary_html(const batch_summary_builder& s, lang l, const project_link& link) {
    words w{l};
    std::string h = "<!DOCTYPE html>\n<html lang=\"" + std::string(l == lang::zh ? "zh-CN" : "en") +
                    "\"><head><meta charset=\"utf-8\"><title>" +
                    w("自评结果复核汇总", "Self-evaluation review summary") + "</title>" + style +
                    "</head><body>";
    h += "<h1>" + w("自评结果复核汇总", "Self-evaluation review summary") + "</h1>";
    h += "<p class=\"lead\">" + w("记录 ", "") + std::to_string(s.records()) +
         w(" 条，已评分 ", " records, ") + std::to_string(s.scored()) +
         w(" 条，错误 ", " scored, ") + std::to_string(s.errors()) + w(" 条。", " errors.") +
         w("「填报」是自评表上填的分，「公式」是按规则包的公式重算的分（定性指标无档次用语时用填报"
           "得分），"
           "「本次评定」是输出记录的等级（有评审得分用评审得分）。",
           " “Filed” is the score the form gives, “formula” the score the pack's formulas give "
           "(the filed score where a qualitative indicator has no tier word), “assessed” the "
           "grade of the output records (reviewers' scores where given).") +
         "</p>";

    // Grades.
    h += "<h2>" + w("等级分布", "Grades") + "</h2>";
    std::vector<std::string> labels = grade_order();
    for (const auto& [grade, n] : s.report_grades().by_grade) {
        if (std::find(labels.begin(), labels.end(), grade) == labels.end()) {
            labels.push_back(grade);
        }
    }
    std::vector<std::uint64_t> filed, formula, report;
    for (const auto& g : labels) {
        filed.push_back(count_of(s.filed_grades(), g));
        formula.push_back(count_of(s.formula_grades(), g));
        report.push_back(count_of(s.report_grades(), g));
    }
    h += "<table><thead><tr><th></th>";
    for (const auto& g : labels) {
        h += "<th>" + escape(g) + "</th>";
    }
    h += "<th>" + w("无总分", "no total") + "</th></tr></thead><tbody>";
    auto grade_row = [&](const std::string& name, const grade_counts& g) {
        std::string r = "<tr><th>" + escape(name) + "</th>";
        for (const auto& label : labels) {
            r += "<td class=\"n\">" + std::to_string(count_of(g, label)) + "</td>";
        }
        return r + "<td class=\"n\">" + std::to_string(g.none) + "</td></tr>";
    };
    h += grade_row(w("填报", "filed"), s.filed_grades()) +
         grade_row(w("公式", "formula"), s.formula_grades()) +
         grade_row(w("本次评定", "assessed"), s.report_grades()) + "</tbody></table>";

    std::vector<std::string> bins;
    for (std::size_t b = 0; b + 1 < s.formula_histogram().size(); ++b) {
        bins.push_back(std::to_string(b * 10) + "–");
    }
    bins.push_back("≥100");
    h += "<div class=\"charts\"><figure>" +
         bar_chart(labels, {{w("填报", "filed"), filed}, {w("公式", "formula"), formula}},
                   w("等级分布", "grades")) +
         "<figcaption>" + w("等级：填报与公式", "Grades: filed and formula") +
         "</figcaption></figure><figure>" +
         bar_chart(bins,
                   {{w("填报", "filed"), s.filed_histogram()},
                    {w("公式", "formula"), s.formula_histogram()}},
                   w("总分分布", "totals")) +
         "<figcaption>" + w("总分分布（每 10 分一档）", "Totals (bins of 10 points)") +
         "</figcaption></figure></div>";

    // Gaps.
    h += "<h2>" +
         w("填报总分与公式总分相差最多的项目", "Largest gaps between filed and formula totals") +
         "</h2>";
    h += "<h3>" + w("填报高于公式", "Filed above formula") + "</h3>" +
         gap_table(s, s.filed_above(), link, w, true);
    h += "<h3>" + w("填报低于公式", "Filed below formula") + "</h3>" +
         gap_table(s, s.filed_below(), link, w, false);

    // The review pack's marks.
    h += "<h2>" + w("复核标记（复核规则包）", "Review marks (the review pack)") + "</h2>";
    if (s.marks().empty()) {
        h += "<p class=\"none\">" + w("没有项目被标记。", "No project was marked.") + "</p>";
    }
    std::vector<std::pair<std::string, const category*>> marks;
    for (const auto& [name, c] : s.marks()) {
        marks.emplace_back(name, &c);
    }
    std::stable_sort(marks.begin(), marks.end(), [](const auto& a, const auto& b) {
        return a.second->count > b.second->count;
    });
    for (const auto& [name, c] : marks) {
        h += "<h3>" + escape(name) + "（" + std::to_string(c->count) + " " +
             w("个项目", "projects") + "）</h3><table><thead><tr>" + th(w("项目", "project")) +
             th(w("部门", "department")) + th(w("执行率", "budget rate")) +
             th(w("填报总分", "filed total")) + th(w("公式总分", "formula total")) +
             th(w("填报等级", "filed grade")) + th(w("公式等级", "formula grade")) +
             "</tr></thead><tbody>";
        for (std::uint64_t key : c->examples) {
            const project_digest& d = s.named(key);
            h += "<tr>" + project_cell(d, link) + td(d.department) + "<td class=\"n\">" +
                 escape(percent(d.budget_rate)) + "</td>" + td_num(d.filed_total) +
                 td_num(d.formula_total) + td(d.filed_grade) + td(d.formula_grade) + "</tr>";
        }
        h += "</tbody></table>";
        if (c->count > c->examples.size()) {
            h += "<p class=\"none\">" + w("另有 ", "and ") +
                 std::to_string(c->count - c->examples.size()) +
                 w(" 个未列出（完整清单见各项目的输出记录）。",
                   " more (every one is in the output records).") +
                 "</p>";
        }
    }
    h += "<h2>" + w("指标的复核标记", "Indicator marks") + "</h2>" +
         indicator_tables(s, s.indicator_marks(), link, w, false);
    h += "<h2>" + w("无法评分的指标（按原因）", "Indicators that could not be scored, by cause") +
         "</h2>" + indicator_tables(s, s.unscored(), link, w, true);

    // Achievement per level.
    h += "<h2>" +
         w("各级指标的平均完成程度（得分 / 分值）",
           "Achievement per indicator level (score / weight)") +
         "</h2><table><thead><tr>" + th(w("一级指标", "level 1")) + th(w("二级指标", "level 2")) +
         th(w("指标数", "indicators")) + th(w("分值", "weight")) + th(w("公式得分", "formula")) +
         th(w("公式完成程度", "formula achievement")) + th(w("填报得分", "filed")) +
         th(w("填报完成程度", "filed achievement")) + "</tr></thead><tbody>";
    for (const auto& [names, t] : s.levels()) {
        auto rate = [](const decimal& part, const decimal& whole) -> std::optional<decimal> {
            if (whole.is_zero()) {
                return std::nullopt;
            }
            return (part / whole).round(4, rounding_mode::half_up);
        };
        h += "<tr>" + td(names.first) +
             td(names.second.empty() ? w("（合计）", "(all)") : names.second) + "<td class=\"n\">" +
             std::to_string(t.indicators) + "</td>" + td_num(t.weight) + td_num(t.formula) +
             "<td class=\"n\">" + escape(percent(rate(t.formula, t.weight))) + "</td>" +
             td_num(t.filed) + "<td class=\"n\">" + escape(percent(rate(t.filed, t.filed_weight))) +
             "</td></tr>";
    }
    h += "</tbody></table>";

    // Departments.
    if (!s.departments().empty()) {
        h += "<h2>" + w("各部门", "Departments") + "</h2><table><thead><tr>" +
             th(w("部门", "department")) + th(w("项目数", "projects")) +
             th(w("平均填报总分", "mean filed total")) +
             th(w("平均公式总分", "mean formula total"));
        for (const auto& g : grade_order()) {
            h += th(w("填报", "filed ") + g) + th(w("公式", "formula ") + g);
        }
        h += "</tr></thead><tbody>";
        auto mean = [](const decimal& sum, std::uint64_t n) -> std::optional<decimal> {
            if (n == 0) {
                return std::nullopt;
            }
            return (sum / decimal::from_int(static_cast<std::int64_t>(n)))
                .round(2, rounding_mode::half_up);
        };
        for (const auto& [name, t] : s.departments()) {
            h += "<tr>" + td(name) + "<td class=\"n\">" + std::to_string(t.projects) + "</td>" +
                 td_num(mean(t.filed, t.with_filed)) + td_num(mean(t.formula, t.with_formula));
            for (const auto& g : grade_order()) {
                h += "<td class=\"n\">" + std::to_string(count_of(t.filed_grades, g)) +
                     "</td><td class=\"n\">" + std::to_string(count_of(t.formula_grades, g)) +
                     "</td>";
            }
            h += "</tr>";
        }
        h += "</tbody></table>";
        if (s.other_departments() > 0) {
            h += "<p class=\"none\">" + w("另有 ", "and ") + std::to_string(s.other_departments()) +
                 w(" 个项目属于未列出的部门（部门数超出上限）。",
                   " projects of departments beyond the limit.") +
                 "</p>";
        }
    }
    if (!s.error_examples().empty()) {
        h += "<h2>" + w("错误记录", "Records in error") + "</h2><table><thead><tr>" +
             th(w("位置", "where")) + th(w("错误", "error")) + "</tr></thead><tbody>";
        for (const auto& e : s.error_examples()) {
            h += "<tr>" + td(e.sheet.empty() ? "第 " + std::to_string(e.line) + " 行" : e.sheet) +
                 td(e.message) + "</tr>";
        }
        h += "</tbody></table>";
    }
    return h + sorter + "</body></html>\n";
}

} // namespace jixiao
