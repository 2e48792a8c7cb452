#include "import/import.hpp"

#include "import/find_tables.hpp"
#include "import/read_claims.hpp"
#include "import/read_forms.hpp"
#include "import/read_table.hpp"

#include <algorithm>

namespace jixiao::import {
namespace {

// The first 20xx年 of a title: the year the disclosure is about.
// 2026年, 2024 年度: where the year stands in a title (npos if none).
std::size_t year_at(std::string_view s) {
    for (std::size_t i = 0; i + 7 <= s.size(); ++i) {
        std::string_view after = s.substr(i + 4);
        if (after.starts_with(" ")) {
            after.remove_prefix(1);
        }
        if (s[i] == '2' && s[i + 1] == '0' && std::isdigit(static_cast<unsigned char>(s[i + 2])) &&
            std::isdigit(static_cast<unsigned char>(s[i + 3])) && after.starts_with("年") &&
            (i == 0 || !std::isdigit(static_cast<unsigned char>(s[i - 1])))) {
            return i;
        }
    }
    return std::string_view::npos;
}

std::string year_of(std::string_view s) {
    std::size_t at = year_at(s);
    return at == std::string_view::npos ? std::string() : std::string(s.substr(at, 4));
}

// 中共上海市普陀区委社会工作部 2024 年度部门决算: the unit a cover title names
// before its year, when no table says 单位名称.
std::string unit_of_title(const source_text& src) {
    for (std::size_t i = 0; i < src.lines.size() && i < 12; ++i) {
        if (!src.lines[i].single()) {
            continue;
        }
        std::string_view t = src.lines[i].cells[0].text;
        std::size_t at = year_at(t);
        bool names_document =
            t.find("预算") != std::string_view::npos || t.find("决算") != std::string_view::npos;
        if (at != std::string_view::npos && at >= 6 && names_document) {
            std::string unit(t.substr(0, at));
            while (!unit.empty() && unit.back() == ' ') {
                unit.pop_back();
            }
            return unit;
        }
    }
    return {};
}

std::string file_name(std::string_view path) {
    auto slash = path.find_last_of('/');
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

} // namespace

import_result import_disclosure(const source_text& src, std::span<const catalogue> catalogues) {
    const catalogue* best = nullptr;
    std::vector<found_table> best_found;
    for (const auto& cat : catalogues) {
        std::vector<found_table> found = find_tables(src, cat);
        if (found.size() > best_found.size()) {
            best = &cat;
            best_found = std::move(found);
        }
    }
    if (best == nullptr) {
        std::string looked_zh;
        std::string looked_en;
        for (const auto& cat : catalogues) {
            for (const auto& kind : cat.tables) {
                if (!looked_zh.empty()) {
                    looked_zh += "、";
                    looked_en += ", ";
                }
                looked_zh += kind.titles.front();
                looked_en += kind.titles.front();
            }
        }
        throw diagnostic_error(diagnose(
            severity::error,
            {"没有找到公开表：按标题查找的是 " + looked_zh +
                 "（标题单独占一行，表格的单元格以制表符或两个以上空格分隔；docs/import.md）",
             "no disclosure table found: looked for a title line naming one of " + looked_en +
                 " (a title on a line of its own, cells separated by tabs or two or more spaces; "
                 "docs/import.md)"},
            src.file));
    }
    import_result result;
    result.matched = best;
    document& doc = result.doc;
    doc.type = best->type;
    doc.source = file_name(src.file);
    for (const auto& f : best_found) {
        if (doc.unit_name.empty() && !f.unit_name.empty()) {
            doc.unit_name = f.unit_name;
        }
        if (!f.amount_unit.empty() && doc.tables.empty()) {
            doc.amount_unit = f.amount_unit;
        }
        if (doc.year.empty()) {
            doc.year = year_of(f.title);
        }
        table t = read_table(src, f, *best, result.warnings);
        // One table per 类别 (the packs find tables by it): a table printed
        // twice keeps the fuller reading, and the other is said.
        auto same = std::find_if(doc.tables.begin(), doc.tables.end(),
                                 [&](const table& o) { return o.category == t.category; });
        if (same != doc.tables.end()) {
            const table& dropped = t.rows.size() > same->rows.size() ? *same : t;
            const table& kept = t.rows.size() > same->rows.size() ? t : *same;
            result.warnings.push_back(
                at(src, src.lines[dropped.title_line - 1], 0, severity::warning,
                   {"「" + t.category + "」又出现一次，采用第 " + std::to_string(kept.title_line) +
                        " 行的那张（行数较多），此处的略去",
                    "'" + t.category + "' appears again; the one at line " +
                        std::to_string(kept.title_line) +
                        " (more rows) is used, this one is left out"}));
            if (t.rows.size() > same->rows.size()) {
                *same = std::move(t);
            }
            continue;
        }
        doc.tables.push_back(std::move(t));
    }
    if (doc.unit_name.empty()) {
        doc.unit_name = unit_of_title(src);
    }
    if (doc.year.empty()) {
        for (std::size_t i = 0; i < src.lines.size() && i < 40 && doc.year.empty(); ++i) {
            if (src.lines[i].single()) {
                doc.year = year_of(src.lines[i].cells[0].text);
            }
        }
    }
    doc.claims = read_claims(src, doc, *best, result.warnings);
    doc.forms = read_forms(src, *best);
    for (const auto& c : doc.claims) {
        if (unlinked(c, doc.claims)) {
            result.unlinked.push_back(&c - doc.claims.data());
        }
    }
    for (const auto& kind : best->tables) {
        bool present = std::any_of(doc.tables.begin(), doc.tables.end(),
                                   [&](const table& t) { return t.category == kind.category; });
        if (!present) {
            result.missing.push_back(kind.category);
        }
    }
    return result;
}

} // namespace jixiao::import
