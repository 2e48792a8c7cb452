#include "import/read_table.hpp"

#include "import/row_structure.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace jixiao::import {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool in(std::string_view s, const std::vector<std::string>& words) {
    return std::find(words.begin(), words.end(), s) != words.end();
}

bool ends_with_any(std::string_view s, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return s.ends_with(w); });
}

// 3, 5 or 7 digits: a 科目编码 of the budget classification.
bool is_code(std::string_view s) {
    return (s.size() == 3 || s.size() == 5 || s.size() == 7) &&
           std::all_of(s.begin(), s.end(), is_digit);
}

bool not_applicable(std::string_view s, const header_words& w) {
    if (s.empty()) {
        return false;
    }
    if (in(s, w.not_applicable)) {
        return true;
    }
    // ——— of any length
    std::size_t pos = 0;
    while (pos < s.size()) {
        char32_t cp = utf8::next(s, pos);
        if (cp != U'—' && cp != U'-' && cp != U'－' && cp != U'─') {
            return false;
        }
    }
    return true;
}

// 1 2 3 … n (or 栏次 1 2 …): the row that numbers the columns.
bool column_number_row(const source_line& l, const header_words& w) {
    int expect = 1;
    bool any = false;
    for (const auto& c : l.cells) {
        if (c.text.empty() || in(c.text, w.column_number_rows)) {
            continue;
        }
        if (c.text != std::to_string(expect)) {
            return false;
        }
        ++expect;
        any = true;
    }
    return any;
}

bool data_row(const source_line& l, const header_words& w) {
    if (l.cells.empty()) {
        return false;
    }
    const std::string& first = l.cells[0].text;
    if (is_code(first)) {
        return true;
    }
    // 合计 heads a row of figures, or a header column (三公经费 预算数/合计):
    // a total row has nothing but figures beside it.
    bool figures_only = std::all_of(l.cells.begin() + 1, l.cells.end(), [&](const cell& c) {
        return c.text.empty() || figure_text(c.text) || not_applicable(c.text, w);
    });
    if (figures_only &&
        (in(first, w.total_rows) || in(first, w.subtotal_rows) || first.ends_with("合计"))) {
        return true;
    }
    for (std::size_t j = 1; j < l.cells.size(); ++j) {
        if (figure_text(l.cells[j].text)) {
            return true;
        }
    }
    return false;
}

// 因公出国 (境) 费 → 因公出国（境）费: a label set in ASCII parentheses
// between CJK characters, as the forms print it in full width.
std::string full_width_parens(std::string_view label) {
    std::string out;
    for (std::size_t i = 0; i < label.size(); ++i) {
        char c = label[i];
        if (c == '(') {
            while (!out.empty() && out.back() == ' ') {
                out.pop_back();
            }
            out += "（";
            while (i + 1 < label.size() && label[i + 1] == ' ') {
                ++i;
            }
        } else if (c == ')') {
            while (!out.empty() && out.back() == ' ') {
                out.pop_back();
            }
            out += "）";
            while (i + 1 < label.size() && label[i + 1] == ' ') {
                ++i;
            }
        } else {
            out += c;
        }
    }
    return out;
}

// Column paths from the header rows: a label spans the empty cells to its
// right (within the span of the label above it) and the empty cells below it.
std::vector<std::vector<std::string>> header_paths(const std::vector<const source_line*>& rows,
                                                   std::size_t width) {
    std::size_t depth = rows.size();
    auto label = [&](std::size_t r, std::size_t j) -> const std::string& {
        static const std::string none;
        return j < rows[r]->cells.size() ? rows[r]->cells[j].text : none;
    };
    // owner[r][j]: the column whose label covers (r, j), or npos.
    constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::vector<std::vector<std::size_t>> owner(depth, std::vector<std::size_t>(width, npos));
    std::vector<bool> closed(width, false); // a label above ended this column's path
    std::vector<std::vector<std::string>> paths(width);
    for (std::size_t r = 0; r < depth; ++r) {
        for (std::size_t j = 0; j < width; ++j) {
            if (closed[j]) {
                continue;
            }
            if (!label(r, j).empty()) {
                owner[r][j] = j;
            } else if (j > 0 && owner[r][j - 1] != npos && !closed[j - 1] &&
                       (r == 0 || owner[r - 1][j] == owner[r - 1][j - 1])) {
                owner[r][j] = owner[r][j - 1]; // spans from the left, under the same parent
            }
            if (owner[r][j] != npos) {
                paths[j].push_back(label(r, owner[r][j]));
            }
        }
        // A labelled column with nothing below it ends here (merged down).
        if (r + 1 < depth) {
            for (std::size_t j = 0; j < width; ++j) {
                if (closed[j] || owner[r][j] != j) {
                    continue;
                }
                bool below = false;
                for (std::size_t k = r + 1; k < depth && !below; ++k) {
                    below = !label(k, j).empty();
                }
                // Spanning right: it stays open if a cell under its span is labelled.
                for (std::size_t s = j + 1; s < width && owner[r][s] == j && !below; ++s) {
                    for (std::size_t k = r + 1; k < depth && !below; ++k) {
                        below = !label(k, s).empty();
                    }
                }
                if (!below) {
                    closed[j] = true;
                    for (std::size_t s = j + 1; s < width && owner[r][s] == j; ++s) {
                        closed[s] = true;
                    }
                }
            }
        }
    }
    return paths;
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) {
            continue;
        }
        if (!out.empty()) {
            out += '/';
        }
        out += p;
    }
    return out;
}

} // namespace

std::optional<std::string> figure_text(std::string_view s) {
    std::string out;
    std::size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        if (s[0] == '-') {
            out += '-';
        }
        i = 1;
    }
    std::size_t int_digits = 0;
    std::size_t group = 0;
    bool grouped = false;
    for (; i < s.size() && s[i] != '.'; ++i) {
        if (is_digit(s[i])) {
            out += s[i];
            ++int_digits;
            ++group;
        } else if (s[i] == ',' && int_digits > 0 && (grouped ? group == 3 : group <= 3)) {
            grouped = true;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (int_digits == 0 || (grouped && group != 3) || int_digits > 30) {
        return std::nullopt;
    }
    // JSON has no leading zeros: 007 is not a figure a table prints.
    if (int_digits > 1 && out[out[0] == '-' ? 1 : 0] == '0') {
        return std::nullopt;
    }
    if (i < s.size()) {
        out += '.';
        ++i;
        std::size_t places = 0;
        for (; i < s.size(); ++i, ++places) {
            if (!is_digit(s[i])) {
                return std::nullopt;
            }
            out += s[i];
        }
        if (places == 0 || places > 10) {
            return std::nullopt;
        }
    }
    return out;
}

table read_table(const source_text& src, const found_table& found, const catalogue& cat,
                 std::vector<diagnostic>& warnings) {
    const header_words& w = cat.words;
    table t;
    t.category = found.kind->category;
    t.number = found.printed_number.empty() ? found.kind->number : found.printed_number;
    t.title = found.title;
    t.title_line = src.lines[found.title_line].number;
    t.no_data = found.no_data;

    // Header rows, then data rows; a row that numbers the columns and a
    // header repeated after a page break are neither.
    std::vector<const source_line*> header;
    std::vector<const source_line*> data;
    for (std::size_t i : found.grid) {
        const source_line& l = src.lines[i];
        if (column_number_row(l, w)) {
            continue;
        }
        // Below a header, a row with a name and nothing else is a row of
        // figures all blank (因公出国（境）费 with no budget), not a header.
        bool name_only = !header.empty() && !l.single() && !l.cells[0].text.empty() &&
                         std::all_of(l.cells.begin() + 1, l.cells.end(),
                                     [](const cell& c) { return c.text.empty(); });
        if (data.empty() && !name_only && !data_row(l, w)) {
            if (!l.single()) {
                header.push_back(&l);
            }
            continue;
        }
        bool repeated =
            !l.single() && std::any_of(header.begin(), header.end(), [&](const source_line* h) {
                if (h->cells.size() != l.cells.size()) {
                    return false;
                }
                for (std::size_t j = 0; j < h->cells.size(); ++j) {
                    if (h->cells[j].text != l.cells[j].text) {
                        return false;
                    }
                }
                return true;
            });
        if (repeated) {
            warnings.push_back(at(src, l, 0, severity::warning,
                                  {"重复的表头（分页处）已跳过",
                                   "a header repeated after a page break was skipped"}));
            continue;
        }
        data.push_back(&l);
    }
    std::size_t width = 0;
    for (const auto* l : header) {
        width = std::max(width, l->cells.size());
    }
    for (const auto* l : data) {
        if (!l->single()) {
            width = std::max(width, l->cells.size());
        }
    }
    std::vector<std::vector<std::string>> paths = header_paths(header, width);
    for (auto& parts : paths) {
        for (auto& p : parts) {
            p = full_width_parens(p);
        }
    }

    constexpr std::size_t none = static_cast<std::size_t>(-1);
    // A table printed as side-by-side blocks (决算 基本支出明细表: four
    // groups of 科目代码 / 科目名称 / 决算数 on one line) is read block by
    // block; each block starts at a 科目编码 column of the bottom header row.
    struct block {
        std::size_t begin = 0;
        std::size_t end = 0;
        std::size_t code_col = none;
        std::size_t name_col = none;
        std::vector<std::pair<std::size_t, std::size_t>> values; // (grid column, document column)
    };
    std::vector<block> blocks;
    if (!found.kind->two_sided) {
        for (std::size_t j = 0; j < width; ++j) {
            if (!paths[j].empty() && in(paths[j].back(), w.code_columns)) {
                if (blocks.empty() && j > 0) {
                    blocks.push_back({0, j, none, none, {}});
                }
                if (!blocks.empty()) {
                    blocks.back().end = j;
                }
                blocks.push_back({j, width, none, none, {}});
            }
        }
    }
    if (blocks.size() < 2) {
        blocks.assign(1, block{0, width, none, none, {}});
    }
    bool side_by_side = blocks.size() > 1;

    // What each column is.
    for (auto& b : blocks) {
        for (std::size_t j = b.begin; j < b.end; ++j) {
            const auto& parts = paths[j];
            std::string leaf = parts.empty() ? std::string() : parts.back();
            std::string side =
                !found.kind->two_sided || parts.empty() || !in(parts.front(), w.sides)
                    ? std::string()
                    : parts.front();
            if (!found.kind->two_sided && b.code_col == none && in(leaf, w.code_columns)) {
                b.code_col = j;
                continue;
            }
            if (!found.kind->two_sided && b.name_col == none &&
                (in(leaf, w.name_columns) || (j == b.begin && leaf.empty()) ||
                 (b.code_col != none && j == b.code_col + 1))) {
                b.name_col = j;
                continue;
            }
            column c;
            c.path = side_by_side ? leaf : join(parts);
            if (c.path.empty()) {
                c.path = "第" + std::to_string(j + 1) + "列";
            }
            c.name = leaf.empty() ? c.path : leaf;
            c.side = side;
            if (found.kind->two_sided && in(leaf, w.name_columns)) {
                c.type = "名称";
            } else if (in(leaf, w.text_columns)) {
                c.type = "文本";
            } else {
                // A column whose cells are all words is a text column.
                bool figures = false;
                bool words = false;
                for (const auto* l : data) {
                    if (j < l->cells.size() && !l->cells[j].text.empty() && !l->single()) {
                        const std::string& s = l->cells[j].text;
                        if (figure_text(s) || not_applicable(s, w)) {
                            figures = true;
                        } else {
                            words = true;
                        }
                    }
                }
                c.type = words && !figures ? "文本" : found.kind->counts ? "数量" : "金额";
            }
            // A merged label spanning into an unlabelled column (项目 over a
            // column of 行次): not a second column of figures.
            if (!side_by_side && j > b.begin && paths[j] == paths[j - 1] && c.type != "名称") {
                c.type = "文本";
                c.path = c.path + "（" + std::to_string(j + 1) + "）";
            }
            auto same = std::find_if(t.columns.begin(), t.columns.end(),
                                     [&](const column& o) { return o.path == c.path; });
            std::size_t k = static_cast<std::size_t>(same - t.columns.begin());
            if (same == t.columns.end()) {
                t.columns.push_back(std::move(c));
            }
            b.values.emplace_back(j, k);
        }
    }
    // A two-sided table whose header does not say 收入 / 支出 over its halves:
    // the first name column opens the first side, the next the second, and
    // every column belongs to the side of the name column before it (the
    // checks of a side read its name column's 侧).
    if (found.kind->two_sided && w.sides.size() >= 2) {
        std::string current;
        std::size_t names = 0;
        for (auto& c : t.columns) {
            if (c.type == "名称") {
                if (c.side.empty()) {
                    c.side = w.sides[std::min(names, w.sides.size() - 1)];
                }
                ++names;
                current = c.side;
            } else if (c.side.empty()) {
                c.side = current;
            }
        }
    }
    // 上级 of columns: within a group, the 合计/小计 column holds its siblings
    // (and the leaves of sibling groups that have no total of their own).
    auto parent_of = [](const std::string& path) {
        auto slash = path.rfind('/');
        return slash == std::string::npos ? std::string() : path.substr(0, slash);
    };
    for (auto& c : t.columns) {
        if (c.type != "金额") {
            continue;
        }
        for (std::string group = parent_of(c.path);; group = parent_of(group)) {
            const column* total = nullptr;
            for (const auto& other : t.columns) {
                if (&other != &c && other.type == "金额" && parent_of(other.path) == group &&
                    ends_with_any(other.name, w.total_columns) && other.side == c.side) {
                    total = &other;
                    break;
                }
            }
            // A group's own 小计 is a part of the total of the group above it.
            bool c_is_total = ends_with_any(c.name, w.total_columns) && parent_of(c.path) == group;
            if (total != nullptr && !c_is_total) {
                c.parent = total->path;
                break;
            }
            if (group.empty()) {
                break;
            }
        }
    }

    // Rows, block by block.
    std::vector<std::vector<table_row>> rows_of(blocks.size());
    for (const auto* l : data) {
        if (l->single()) {
            // The rest of the name above, wrapped onto its own line.
            auto& last = rows_of.back();
            if (!last.empty() && last.back().name) {
                *last.back().name += l->cells[0].text;
                warnings.push_back(
                    at(src, *l, 0, severity::warning,
                       {"名称跨行，已与上一行合并",
                        "a name wrapped onto this line was joined to the row above"}));
            }
            continue;
        }
        auto text_at = [&](std::size_t j) -> std::string {
            return j < l->cells.size() ? l->cells[j].text : std::string();
        };
        std::vector<table_row> line_rows;
        for (const auto& b : blocks) {
            table_row r;
            r.line = l->number;
            r.values.resize(t.columns.size());
            if (b.code_col != none) {
                std::string code = text_at(b.code_col);
                if (is_code(code)) {
                    r.code = code;
                } else if (!code.empty()) {
                    r.name = code; // 合计 written in the code column
                }
            }
            if (b.name_col != none) {
                std::string name = text_at(b.name_col);
                if (!name.empty()) {
                    r.name = name;
                }
            }
            for (auto [j, k] : b.values) {
                std::string s = text_at(j);
                std::optional<cell_value> v;
                if (s.empty() || not_applicable(s, w)) {
                    // blank
                } else if (t.columns[k].type == "金额" || t.columns[k].type == "数量") {
                    if (auto f = figure_text(s)) {
                        v = cell_value{true, *f};
                    } else {
                        warnings.push_back(at(src, *l, l->cells[j].offset, severity::warning,
                                              {"「" + s + "」不是数字，按空白处理（" + t.number +
                                                   " " + t.columns[k].path + "）",
                                               "'" + s + "' is not a figure; read as blank (" +
                                                   t.number + " " + t.columns[k].path + ")"}));
                    }
                } else {
                    v = cell_value{false, s};
                }
                r.values[k] = std::move(v);
            }
            line_rows.push_back(std::move(r));
        }
        // A total printed across merged cells: its name in one block, its
        // figure under the last (人员经费合计 … 公用经费合计 ……… 346.80).
        for (std::size_t a = 0; side_by_side && a < line_rows.size(); ++a) {
            auto has_values = [](const table_row& r) {
                return std::any_of(r.values.begin(), r.values.end(),
                                   [](const auto& v) { return v.has_value(); });
            };
            table_row& named = line_rows[a];
            if (!named.name || !named.code.empty() || has_values(named)) {
                continue;
            }
            for (std::size_t b = a + 1; b < line_rows.size(); ++b) {
                table_row& other = line_rows[b];
                if (other.name || !other.code.empty()) {
                    break;
                }
                if (has_values(other)) {
                    named.values = std::move(other.values);
                    other.values.assign(t.columns.size(), std::nullopt);
                    break;
                }
            }
        }
        for (std::size_t b = 0; b < line_rows.size(); ++b) {
            table_row& r = line_rows[b];
            bool any = r.name.has_value() || !r.code.empty() ||
                       std::any_of(r.values.begin(), r.values.end(),
                                   [](const auto& v) { return v.has_value(); });
            if (any) {
                rows_of[b].push_back(std::move(r));
            }
        }
        if (l->cells.size() > width) {
            warnings.push_back(at(
                src, *l, l->cells[width].offset, severity::warning,
                {"此行的单元格多于表头的列，多出的已略去",
                 "this row has more cells than the header has columns; the rest were left out"}));
        }
        for (const auto& c : l->cells) {
            if (c.repaired) {
                warnings.push_back(at(
                    src, *l, c.offset, severity::note,
                    {"「" + c.text + "」中间的空格是排版断行，已去掉",
                     "the space inside '" + c.text + "' is a line break of the layout; removed"}));
            }
        }
    }
    for (auto& rows : rows_of) {
        for (auto& r : rows) {
            t.rows.push_back(std::move(r));
        }
    }
    set_row_parents(t, found.kind->two_sided, w);
    return t;
}

} // namespace jixiao::import
