#include "import/find_tables.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace jixiao::import {
namespace {

constexpr std::size_t max_title_chars = 48;
// Lines between a title and its first row: number, unit, year, notes, a
// wrapped line of the title or of the unit's name.
constexpr std::size_t max_meta_lines = 8;

bool contains(std::string_view s, std::string_view part) {
    return s.find(part) != std::string_view::npos;
}

bool any_of_words(std::string_view s, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return contains(s, w); });
}

std::string_view strip_heading(std::string_view s) {
    while (!s.empty() && (s.front() == '#' || s.front() == ' ')) {
        s.remove_prefix(1);
    }
    return s;
}

bool numeral(char32_t cp) {
    return (cp >= '0' && cp <= '9') ||
           std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos;
}

// 预算公开表1, 部门公开表9, 公开01表, 公开10表（一）: a table's printed number.
bool is_number_line(std::string_view s, const catalogue& cat) {
    for (const auto& prefix : cat.number_prefixes) {
        if (!s.starts_with(prefix)) {
            continue;
        }
        std::string_view rest = s.substr(prefix.size());
        std::size_t pos = 0;
        std::size_t digits = 0;
        while (pos < rest.size()) {
            std::size_t at = pos;
            char32_t cp = utf8::next(rest, pos);
            if (!numeral(cp)) {
                pos = at;
                break;
            }
            ++digits;
        }
        if (digits == 0) {
            continue;
        }
        rest = rest.substr(pos);
        if (rest.starts_with("表")) {
            rest.remove_prefix(std::string_view("表").size());
        }
        if (rest.empty() || ((rest.starts_with("（") || rest.starts_with("(")) &&
                             (rest.ends_with("）") || rest.ends_with(")")))) {
            return true;
        }
    }
    return false;
}

// "-5-", "---", "2024年度", "第 3 页": what a page prints around a table.
bool page_furniture(std::string_view s) {
    if (s.empty()) {
        return true;
    }
    bool only_marks = std::all_of(
        s.begin(), s.end(), [](char c) { return c == '-' || c == ' ' || (c >= '0' && c <= '9'); });
    if (only_marks) {
        return true;
    }
    if (s.size() <= 12 && s.ends_with("年度") && s.front() >= '0' && s.front() <= '9') {
        return true;
    }
    if (s.starts_with("〔") && s.ends_with("〕")) {
        s = s.substr(3, s.size() - 6); // 〔第 7 页〕: where a PDF's page begins (pdf/pdf_text.hpp)
    }
    return s.starts_with("第") && s.ends_with("页") && utf8::length(s) <= 8;
}

bool label_line(std::string_view s, const std::vector<std::string>& labels, std::string& value) {
    for (const auto& label : labels) {
        if (!s.starts_with(label)) {
            continue;
        }
        std::string_view rest = s.substr(label.size());
        for (std::string_view colon : {"：", ":"}) {
            if (rest.starts_with(colon)) {
                value = join_cjk(rest.substr(colon.size()));
                return true;
            }
        }
    }
    return false;
}

bool note_line(std::string_view s) {
    return s.starts_with("注") || s.starts_with("说明：") || s.starts_with("说明:");
}

// A table printed as several: a row naming a section (一、政府采购情况, the
// rest blank) starts the next one; a section without header rows of its own
// reads with the header of the one before.
void split_sections(const source_text& src, const found_table& whole, const catalogue& cat,
                    std::vector<found_table>& out) {
    std::vector<std::size_t> header;
    found_table* current = nullptr;
    bool own_header = false;
    std::vector<found_table> parts;
    parts.reserve(whole.kind->sections.size() + 1);
    for (std::size_t i : whole.grid) {
        const source_line& l = src.lines[i];
        std::string first = l.cells[0].text;
        bool rest_blank = std::all_of(l.cells.begin() + 1, l.cells.end(),
                                      [](const cell& c) { return c.text.empty(); });
        const table_kind* section = nullptr;
        for (const auto& s : whole.kind->sections) {
            if (rest_blank && first.ends_with(s.titles.front()) &&
                first.size() <= s.titles.front().size() + 12) {
                section = &s;
            }
        }
        if (section != nullptr) {
            found_table part = whole;
            part.kind = section;
            part.title = whole.title + "：" + first;
            part.printed_number.clear();
            part.grid.clear();
            part.title_line = i;
            parts.push_back(std::move(part));
            current = &parts.back();
            own_header = false;
            continue;
        }
        if (current == nullptr) {
            continue;
        }
        bool is_header = std::find(cat.words.name_columns.begin(), cat.words.name_columns.end(),
                                   first) != cat.words.name_columns.end();
        if (is_header && own_header) {
            header.push_back(i); // a header row of this section
        } else if (is_header && current->grid.empty()) {
            header.assign(1, i);
            own_header = true;
        } else {
            if (current->grid.empty()) {
                current->grid = header; // no header of its own: the one before
            }
            own_header = false;
        }
        current->grid.push_back(i);
    }
    if (parts.empty()) {
        if (!whole.grid.empty() || whole.no_data) {
            out.push_back(whole);
        }
        return;
    }
    for (auto& p : parts) {
        out.push_back(std::move(p));
    }
}

} // namespace

const table_kind* match_title(std::string_view line, const catalogue& cat) {
    std::string_view s = strip_heading(line);
    if (s.empty() || utf8::length(s) > max_title_chars || contains(s, "..") || contains(s, "…") ||
        contains(s, "。") || contains(s, "，") || contains(s, "：")) {
        return nullptr;
    }
    const table_kind* best = nullptr;
    std::size_t best_size = 0;
    for (const auto& kind : cat.tables) {
        for (const auto& title : kind.titles) {
            if (title.size() > best_size && contains(s, title)) {
                best = &kind;
                best_size = title.size();
            }
        }
    }
    return best;
}

std::vector<found_table> find_tables(const source_text& src, const catalogue& cat) {
    const auto& lines = src.lines;
    std::vector<std::size_t> titles;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].single() && match_title(lines[i].cells[0].text, cat) != nullptr) {
            titles.push_back(i);
        }
    }
    std::vector<found_table> found;
    for (std::size_t t = 0; t < titles.size(); ++t) {
        std::size_t title = titles[t];
        std::size_t stop = t + 1 < titles.size() ? titles[t + 1] : lines.size();
        found_table f;
        f.kind = match_title(lines[title].cells[0].text, cat);
        f.title = std::string(strip_heading(lines[title].cells[0].text));
        f.title_line = title;
        // A number printed just above the title (预算公开表1 / 2026年预算收支总表).
        for (std::size_t back = title, seen = 0; back > 0 && seen < 3;) {
            const source_line& l = lines[--back];
            if (l.blank()) {
                continue;
            }
            ++seen;
            if (l.single() && is_number_line(l.cells[0].text, cat)) {
                f.printed_number = l.cells[0].text;
                break;
            }
            if (!l.single()) {
                break;
            }
        }
        enum class phase { meta, grid, after } at = phase::meta;
        std::size_t meta_lines = 0; // a title's table starts within a few lines of it
        for (std::size_t i = title + 1; i < stop; ++i) {
            const source_line& l = lines[i];
            if (l.blank()) {
                continue;
            }
            if (at == phase::meta && ++meta_lines > max_meta_lines) {
                break; // a mention of the table (a contents page), not its title
            }
            std::string_view first = l.cells[0].text;
            std::string value;
            if (label_line(first, cat.words.unit_name_labels, value)) {
                if (f.unit_name.empty()) {
                    f.unit_name = value;
                }
                continue;
            }
            if (label_line(first, cat.words.amount_unit_labels, value)) {
                f.amount_unit = value;
                continue;
            }
            if (!l.single()) {
                if (at == phase::after) {
                    break;
                }
                at = phase::grid;
                f.grid.push_back(i);
                continue;
            }
            if (is_number_line(first, cat)) {
                if (f.printed_number.empty() && at == phase::meta) {
                    f.printed_number = std::string(first);
                }
                continue;
            }
            if (note_line(first)) {
                f.no_data = f.no_data || any_of_words(first, cat.words.no_data);
                if (at == phase::grid) {
                    at = phase::after;
                }
                continue;
            }
            if (page_furniture(first) || at == phase::meta) {
                continue;
            }
            if (at == phase::grid) {
                // A short line between two rows is the rest of a wrapped name.
                std::size_t next = i + 1;
                while (next < stop && lines[next].blank()) {
                    ++next;
                }
                bool between_rows = next < stop && !lines[next].single();
                if (between_rows && utf8::length(first) <= 16 &&
                    std::none_of(first.begin(), first.end(),
                                 [](char c) { return c >= '0' && c <= '9'; })) {
                    f.grid.push_back(i);
                    continue;
                }
            }
            break; // prose: the table is over
        }
        if (f.kind->sections.empty()) {
            if (!f.grid.empty() || f.no_data) {
                found.push_back(std::move(f));
            }
            continue;
        }
        split_sections(src, f, cat, found);
    }
    return found;
}

} // namespace jixiao::import
