#include "import/row_structure.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace jixiao::import {
namespace {

bool in(std::string_view s, const std::vector<std::string>& words) {
    return std::find(words.begin(), words.end(), s) != words.end();
}

bool ends_with_any(std::string_view s, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return s.ends_with(w); });
}

bool circled(std::string_view name) {
    std::size_t pos = 0;
    char32_t cp = utf8::next(name, pos);
    return cp >= U'①' && cp <= U'⑳';
}

// A name the table also prints as a column (一般公共预算财政拨款 under
// 年初财政拨款结转和结余): a breakdown of the row above it by fund.
bool names_a_column(const table& t, std::string_view name) {
    return std::any_of(t.columns.begin(), t.columns.end(),
                       [&](const column& c) { return c.name == name; });
}

// Numbered items of a list: 一、 二、 …
bool enumerated(std::string_view name) {
    std::size_t pos = 0;
    std::size_t count = 0;
    while (pos < name.size()) {
        std::size_t at = pos;
        char32_t cp = utf8::next(name, pos);
        if (std::u32string_view(U"一二三四五六七八九十").find(cp) == std::u32string_view::npos) {
            return count > 0 && name.substr(at).starts_with("、");
        }
        ++count;
    }
    return false;
}

// 上级 of the rows of one name column of a two-sided table: the items above
// 本年收入合计 are its parts; it and the rows after it are parts of 收入总计,
// except numbered items under another row (上年财政拨款结转: 一、…).
void side_parents(table& t, std::size_t col, const header_words& w) {
    auto name_at = [&](const table_row& r) -> std::string {
        const auto& v = r.values[col];
        return v && !v->number ? v->text : std::string();
    };
    std::string subtotal;
    std::string total;
    for (const auto& r : t.rows) {
        std::string n = name_at(r);
        if (subtotal.empty() && in(n, w.subtotal_rows)) {
            subtotal = n;
        }
        if (in(n, w.total_rows)) {
            total = n;
        }
    }
    bool after_subtotal = subtotal.empty();
    std::string group; // the last unnumbered row after the subtotal
    for (auto& r : t.rows) {
        std::string n = name_at(r);
        if (n.empty()) {
            continue;
        }
        if (n == total) {
            break;
        }
        if (!after_subtotal) {
            if (n == subtotal) {
                after_subtotal = true;
                if (!total.empty()) {
                    r.parents.emplace_back(t.columns[col].path, total);
                }
            } else {
                r.parents.emplace_back(t.columns[col].path, subtotal);
            }
            continue;
        }
        if ((enumerated(n) || names_a_column(t, n)) && !group.empty()) {
            r.parents.emplace_back(t.columns[col].path, group);
            continue;
        }
        group = n;
        if (!total.empty()) {
            r.parents.emplace_back(t.columns[col].path, total);
        }
    }
}

// 上级 of the rows of a one-sided table without 科目编码: the 合计 row holds
// the top rows; a row whose detail columns are all blank heads the rows that
// follow it (基本支出经济分类表: 工资福利支出 → 基本工资 …); ① ② items belong
// to the row above them.
// A row naming a department or unit (山西省社会保险局, …中心（…交易中心）),
// not a project: its name, without a closing parenthesis, ends so.
bool organization(std::string_view name, const header_words& w) {
    if (name.ends_with("）")) {
        auto open = name.rfind("（");
        if (open != std::string_view::npos && open > 0) {
            name = name.substr(0, open);
        }
    }
    return ends_with_any(name, w.organization_endings);
}

void named_parents(table& t, const header_words& w) {
    bool coded = std::any_of(t.rows.begin(), t.rows.end(),
                             [](const table_row& r) { return !r.code.empty(); });
    if (coded) {
        return;
    }
    std::string total;
    for (const auto& r : t.rows) {
        if (r.name && (*r.name == "合计" || (r.name->ends_with("合计") && total.empty()))) {
            total = *r.name;
        }
    }
    std::vector<std::size_t> text_cols;
    for (std::size_t j = 0; j < t.columns.size(); ++j) {
        if (t.columns[j].type == "文本") {
            text_cols.push_back(j);
        }
    }
    auto texts_blank = [&](const table_row& r) {
        return std::all_of(text_cols.begin(), text_cols.end(),
                           [&](std::size_t j) { return !r.values[j]; });
    };
    // Project tables: a run of unit rows nests (部门 → 单位), and the
    // projects under a unit row are its parts.
    if (total.empty() && text_cols.empty()) {
        std::string unit;
        bool previous_unit = false;
        for (auto& r : t.rows) {
            if (!r.name) {
                continue;
            }
            bool is_unit = organization(*r.name, w);
            if (!unit.empty() && (!is_unit || previous_unit)) {
                r.parents.emplace_back("名称", unit);
            }
            if (is_unit) {
                unit = *r.name;
            }
            previous_unit = is_unit;
        }
        return;
    }
    std::string group;
    std::string last_top;
    for (auto& r : t.rows) {
        if (!r.name || *r.name == total) {
            continue;
        }
        if (circled(*r.name) && !last_top.empty()) {
            r.parents.emplace_back("名称", last_top);
            continue;
        }
        if (!text_cols.empty() && !texts_blank(r) && !group.empty()) {
            r.parents.emplace_back("名称", group);
            continue;
        }
        if (!text_cols.empty() && texts_blank(r)) {
            group = *r.name;
        }
        last_top = *r.name;
        if (!total.empty()) {
            r.parents.emplace_back("名称", total);
        }
    }
}

} // namespace

void set_row_parents(table& t, bool two_sided, const header_words& w) {
    if (!two_sided) {
        named_parents(t, w);
        return;
    }
    for (std::size_t k = 0; k < t.columns.size(); ++k) {
        if (t.columns[k].type == "名称") {
            side_parents(t, k, w);
        }
    }
}

} // namespace jixiao::import
