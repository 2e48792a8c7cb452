#include "import/read_forms.hpp"

#include "import/read_table.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace jixiao::import {
namespace {

bool contains(std::string_view s, std::string_view part) {
    return s.find(part) != std::string_view::npos;
}

// A label cell: 年度资金总额: / 年度资金总额： / 项目名称
bool is_label(std::string_view cell, const std::vector<std::string>& labels) {
    for (std::string_view colon : {"：", ":"}) {
        if (cell.ends_with(colon)) {
            cell.remove_suffix(colon.size());
        }
    }
    while (!cell.empty() && cell.back() == ' ') {
        cell.remove_suffix(1);
    }
    return std::find(labels.begin(), labels.end(), cell) != labels.end();
}

bool starts_any(std::string_view cell, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return cell.starts_with(w); });
}

std::string title_text(const source_line& l) {
    std::string_view t = l.cells[0].text;
    while (!t.empty() && (t.front() == '#' || t.front() == ' ')) {
        t.remove_prefix(1);
    }
    return std::string(t);
}

bool is_form_title(const source_line& l, const catalogue& cat) {
    if (!l.single()) {
        return false;
    }
    std::string t = title_text(l);
    return std::any_of(cat.forms.titles.begin(), cat.forms.titles.end(), [&](const std::string& w) {
        return t.ends_with(w) && t.size() <= w.size() + 120;
    });
}

// The value after a label on its line: the next cell that is not empty.
std::string value_after(const source_line& l, std::size_t i) {
    for (std::size_t j = i + 1; j < l.cells.size(); ++j) {
        if (!l.cells[j].text.empty()) {
            return l.cells[j].text;
        }
    }
    return {};
}

// 223-山西省人民政府国有资产监督管理委员会 → the department without its code.
std::string without_code(std::string s) {
    std::size_t dash = s.find('-');
    if (dash != std::string::npos && dash > 0 &&
        std::all_of(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(dash),
                    [](char c) { return c >= '0' && c <= '9'; })) {
        s.erase(0, dash + 1);
    }
    return s;
}

// A name as the tables print it: no space beside a CJK character (the
// forms print "J 大同市…经费" and "2023 年…" where the project table has none).
std::string compact_name(std::string_view s) {
    std::string out;
    std::size_t pos = 0;
    char32_t before = 0;
    bool pending = false;
    while (pos < s.size()) {
        char32_t cp = utf8::next(s, pos);
        if (cp == ' ') {
            pending = true;
            continue;
        }
        if (pending && before != 0 && !utf8::is_cjk(before) && !utf8::is_cjk(cp)) {
            out += ' ';
        }
        pending = false;
        utf8::append(out, cp);
        before = cp;
    }
    return out;
}

// One row of the grid: an optional 一级 word, then (二级, 三级, 指标值)
// triples — the period's, then the year's; a triple without its 二级 cell
// (merged above) keeps the one before.
void grid_row(const source_line& l, const form_words& w, form_indicator& carry,
              std::vector<form_indicator>& out) {
    std::vector<std::string> cells;
    for (const auto& c : l.cells) {
        if (!c.text.empty()) {
            cells.push_back(c.text);
        }
    }
    if (cells.empty()) {
        return;
    }
    std::size_t i = 0;
    // 成本指标 is a 一级 word in one framework and a 二级 word in the other:
    // it heads the row as 一级 only when a 二级 word follows it.
    bool level1 = starts_any(cells[0], w.level1);
    bool level2 = starts_any(cells[0], w.level2);
    if (level1 && (!level2 || (cells.size() > 1 && starts_any(cells[1], w.level2)))) {
        carry.level1 = cells[0];
        i = 1;
    }
    std::vector<form_indicator> triples;
    while (i < cells.size()) {
        form_indicator t = carry;
        t.line = l.number;
        if (starts_any(cells[i], w.level2)) {
            t.level2 = cells[i++];
        } else if (!triples.empty()) {
            t.level2 = triples.back().level2;
        }
        if (i < cells.size() && !starts_any(cells[i], w.level2)) {
            t.level3 = cells[i++];
        }
        if (i < cells.size() && !starts_any(cells[i], w.level2)) {
            t.target = cells[i++];
        }
        if (!t.level3.empty() || !t.target.empty()) {
            triples.push_back(t);
        }
        carry.level2 = t.level2;
    }
    if (triples.empty()) {
        return;
    }
    // The year's triple when the row has both halves.
    out.push_back(triples.size() >= 2 ? triples[1] : triples[0]);
}

} // namespace

std::vector<target_form> read_forms(const source_text& src, const catalogue& cat) {
    const form_words& w = cat.forms;
    std::vector<target_form> out;
    if (w.titles.empty()) {
        return out;
    }
    const auto& lines = src.lines;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!is_form_title(lines[i], cat)) {
            continue;
        }
        target_form f;
        f.line = lines[i].number;
        bool in_grid = false;
        form_indicator carry;
        std::size_t j = i + 1;
        for (; j < lines.size() && !is_form_title(lines[j], cat); ++j) {
            const source_line& l = lines[j];
            if (l.blank()) {
                continue;
            }
            if (l.single() &&
                (contains(l.cells[0].text, "第四部分") || contains(l.cells[0].text, "名词解释"))) {
                break;
            }
            if (!l.cells.empty() && starts_any(l.cells[0].text, w.end)) {
                in_grid = false;
                continue;
            }
            if (in_grid) {
                grid_row(l, w, carry, f.indicators);
                continue;
            }
            for (std::size_t k = 0; k < l.cells.size(); ++k) {
                const std::string& c = l.cells[k].text;
                if (is_label(c, w.name) && f.name.empty()) {
                    f.name = compact_name(value_after(l, k));
                } else if (is_label(c, w.department) && f.department.empty()) {
                    f.department = without_code(value_after(l, k));
                } else if (is_label(c, w.unit) && f.unit.empty()) {
                    f.unit = value_after(l, k);
                } else if (is_label(c, w.period_total) && f.period_total.empty()) {
                    f.period_total = figure_text(value_after(l, k)).value_or("");
                } else if (is_label(c, w.year_total) && f.year_total.empty()) {
                    f.year_total = figure_text(value_after(l, k)).value_or("");
                } else if (starts_any(c, w.funds) && contains(c, "万元")) {
                    f.money_unit = "万元";
                } else if (k == 0 && is_label(c, w.grid)) {
                    in_grid = true; // the grid's header row
                    break;
                }
            }
        }
        if (!f.name.empty()) {
            // A form running onto the next page repeats its title block: one form.
            if (!out.empty() && out.back().name == f.name) {
                for (auto& x : f.indicators) {
                    out.back().indicators.push_back(std::move(x));
                }
            } else {
                out.push_back(std::move(f));
            }
        }
        i = j - 1;
    }
    return out;
}

} // namespace jixiao::import
