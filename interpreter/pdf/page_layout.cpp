#include "pdf/page_layout.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace jixiao::pdf {

bool enumerated(std::string_view s) {
    std::size_t pos = 0;
    bool paren = s.starts_with("（") || s.starts_with("(");
    if (paren) {
        pos = s.starts_with("（") ? 3 : 1;
    }
    std::size_t digits = 0;
    while (pos < s.size()) {
        std::size_t at = pos;
        char32_t cp = utf8::next(s, pos);
        bool numeral =
            (cp >= '0' && cp <= '9') ||
            std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos;
        if (!numeral) {
            pos = at;
            break;
        }
        ++digits;
    }
    if (digits == 0) {
        return false;
    }
    std::string_view rest = s.substr(pos);
    return paren ? (rest.starts_with("）") || rest.starts_with(")"))
                 : (rest.starts_with("、") || rest.starts_with("."));
}

namespace {

bool is_figure(std::string_view s) {
    bool digit = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            digit = true;
        } else if (c != ',' && c != '.' && c != '-') {
            return false;
        }
    }
    return digit;
}

// Two pieces of one cell: a space between them only where one side is not
// CJK (a cell wrapped inside a CJK name has none).
void append_piece(std::string& cell, const std::string& piece) {
    if (!cell.empty() && !piece.empty()) {
        std::size_t pos = 0;
        char32_t first = utf8::next(piece, pos);
        std::size_t back = cell.size() - 1;
        while (back > 0 && (static_cast<unsigned char>(cell[back]) & 0xC0) == 0x80) {
            --back;
        }
        std::size_t p2 = back;
        char32_t last = utf8::next(cell, p2);
        if (!(utf8::is_cjk(first) && utf8::is_cjk(last))) {
            cell += ' ';
        }
    }
    cell += piece;
}

double median(std::vector<double> v) {
    if (v.empty()) {
        return 0;
    }
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
}

// ---- lines and cells ----

// Words on one visual line, left to right; words closer than a gap of about
// a character are one cell (a sentence, a name), farther ones separate cells.
struct line {
    std::vector<span> cells;
    double y0 = 0, y1 = 0;
    double yc() const { return (y0 + y1) / 2; }
    bool single() const { return cells.size() == 1; }
};

std::vector<line> lines_of(std::vector<span> words) {
    std::sort(words.begin(), words.end(),
              [](const span& a, const span& b) { return a.yc() < b.yc(); });
    std::vector<std::vector<span>> rows;
    for (auto& w : words) {
        if (!rows.empty()) {
            const span& last = rows.back().front();
            if (std::abs(w.yc() - last.yc()) < 0.5 * std::min(w.h(), last.h())) {
                rows.back().push_back(std::move(w));
                continue;
            }
        }
        rows.push_back({std::move(w)});
    }
    std::vector<line> out;
    for (auto& r : rows) {
        std::sort(r.begin(), r.end(), [](const span& a, const span& b) { return a.x0 < b.x0; });
        line l;
        l.y0 = r.front().y0;
        l.y1 = r.front().y1;
        for (auto& w : r) {
            l.y0 = std::min(l.y0, w.y0);
            l.y1 = std::max(l.y1, w.y1);
            if (!l.cells.empty()) {
                span& prev = l.cells.back();
                double gap = w.x0 - prev.x1;
                if (gap < 1.2 * std::max(w.h(), prev.h()) &&
                    !(is_figure(w.text) && is_figure(prev.text))) {
                    prev.text += (prev.space_after || gap > 0.25 * w.h() ? " " : "") + w.text;
                    prev.x1 = std::max(prev.x1, w.x1);
                    prev.y0 = std::min(prev.y0, w.y0);
                    prev.y1 = std::max(prev.y1, w.y1);
                    prev.space_after = w.space_after;
                    continue;
                }
            }
            l.cells.push_back(std::move(w));
        }
        out.push_back(std::move(l));
    }
    return out;
}

// ---- tables ----

// A cell of a table: its lines joined (a name or a header wrapped inside its cell).
struct block {
    std::string text;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    double xc() const { return (x0 + x1) / 2; }
    double yc() const { return (y0 + y1) / 2; }
    double h() const { return y1 - y0; }
};

bool is_code(std::string_view s) {
    return (s.size() == 3 || s.size() == 5 || s.size() == 7) &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Joins the lines of a cell: text under text, left-aligned or centred,
// closer than most of a line's height (rows are farther apart than that).
std::vector<block> blocks_of(const std::vector<line>& zone) {
    std::vector<block> out;
    std::vector<double> last_line_h; // height of the last line added to each block
    for (const auto& l : zone) {
        for (const auto& c : l.cells) {
            bool merged = false;
            if (!is_figure(c.text) && !is_code(c.text)) {
                for (std::size_t i = out.size(); i-- > 0;) {
                    block& b = out[i];
                    double gap = c.y0 - b.y1;
                    bool aligned = std::abs(b.x0 - c.x0) < 2.5 || std::abs(b.xc() - c.xc()) < 3.0;
                    if (gap >= -1 && gap < 0.6 * std::min(c.h(), last_line_h[i]) && aligned &&
                        !is_figure(b.text) && !is_code(b.text)) {
                        append_piece(b.text, c.text);
                        b.x0 = std::min(b.x0, c.x0);
                        b.x1 = std::max(b.x1, c.x1);
                        b.y1 = c.y1;
                        last_line_h[i] = c.h();
                        merged = true;
                        break;
                    }
                }
            }
            if (!merged) {
                out.push_back({c.text, c.x0, c.x1, c.y0, c.y1});
                last_line_h.push_back(c.h());
            }
        }
    }
    return out;
}

// Columns where the body's cells stand: the x-extents of its cells, merged
// where they overlap; then the header's leaf cells over columns left empty.
std::vector<column> columns_of(const std::vector<block>& body, const std::vector<block>& header) {
    std::vector<column> cols;
    std::vector<block> sorted = body;
    std::sort(sorted.begin(), sorted.end(),
              [](const block& a, const block& b) { return a.x0 < b.x0; });
    for (const auto& b : sorted) {
        if (!cols.empty() && b.x0 <= cols.back().x1 + 1.0) {
            cols.back().x1 = std::max(cols.back().x1, b.x1);
        } else {
            cols.push_back({b.x0, b.x1});
        }
    }
    // Header cells lowest first (the leaves): one that overlaps no column is an empty column.
    std::vector<block> leaves = header;
    std::sort(leaves.begin(), leaves.end(),
              [](const block& a, const block& b) { return a.yc() > b.yc(); });
    for (const auto& h : leaves) {
        bool overlaps = std::any_of(cols.begin(), cols.end(),
                                    [&](const column& c) { return h.x0 < c.x1 && h.x1 > c.x0; });
        if (!overlaps) {
            cols.push_back({h.x0, h.x1});
            std::sort(cols.begin(), cols.end(),
                      [](const column& a, const column& b) { return a.x0 < b.x0; });
        }
    }
    return cols;
}

std::size_t column_of(const block& b, const std::vector<column>& cols) {
    std::size_t best = 0;
    double best_overlap = -1e9;
    for (std::size_t i = 0; i < cols.size(); ++i) {
        double overlap = std::min(b.x1, cols[i].x1) - std::max(b.x0, cols[i].x0);
        if (overlap <= 0) {
            overlap = -std::abs(b.xc() - cols[i].xc()); // none overlaps: the nearest
        }
        if (overlap > best_overlap) {
            best_overlap = overlap;
            best = i;
        }
    }
    return best;
}

// Groups blocks whose vertical centres are within `tolerance`, top down.
std::vector<std::vector<block>> bands(std::vector<block> blocks, double tolerance) {
    std::sort(blocks.begin(), blocks.end(),
              [](const block& a, const block& b) { return a.yc() < b.yc(); });
    std::vector<std::vector<block>> out;
    double centre = 0;
    for (auto& b : blocks) {
        if (!out.empty() && b.yc() - centre < tolerance) {
            out.back().push_back(std::move(b));
            double sum = 0;
            for (const auto& x : out.back()) {
                sum += x.yc();
            }
            centre = sum / static_cast<double>(out.back().size());
            continue;
        }
        centre = b.yc();
        out.push_back({std::move(b)});
    }
    return out;
}

std::string join_row(const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += '\t';
        }
        out += cells[i];
    }
    return out;
}

// The header's levels as rows of cells: a label that has labels under it
// spans the columns its centre is nearest to at its level (placed at the
// first, the rest left empty, as a merged cell reads); a leaf label sits
// over the one column it overlaps most.
std::vector<std::string> header_rows(const std::vector<block>& header,
                                     const std::vector<column>& cols) {
    std::vector<double> heights;
    for (const auto& b : header) {
        heights.push_back(b.h());
    }
    std::vector<std::vector<block>> levels = bands(header, 0.8 * median(heights));
    std::vector<std::string> out;
    for (std::size_t k = 0; k < levels.size(); ++k) {
        auto& level = levels[k];
        std::sort(level.begin(), level.end(),
                  [](const block& a, const block& b) { return a.x0 < b.x0; });
        std::vector<std::string> cells(cols.size());
        for (std::size_t i = 0; i < level.size(); ++i) {
            const block& b = level[i];
            double left = i == 0 ? -1e9 : (level[i - 1].xc() + b.xc()) / 2;
            double right = i + 1 == level.size() ? 1e9 : (b.xc() + level[i + 1].xc()) / 2;
            // A label heads the labels under it when they stand on both
            // sides of its centre, or one stands right under it (支出 over
            // 项目 | 合计 | 一般公共预算财政拨款); a label with labels to one
            // side only is a leaf of a taller header row (合计 beside 项目's
            // 科目编码 and 科目名称).
            bool left_child = false;
            bool right_child = false;
            bool under = false;
            for (std::size_t j = k + 1; j < levels.size(); ++j) {
                for (const auto& below : levels[j]) {
                    if (below.xc() <= left || below.xc() >= right) {
                        continue;
                    }
                    left_child = left_child || below.xc() < b.xc();
                    right_child = right_child || below.xc() >= b.xc();
                    under = under || (below.x0 < b.x1 && below.x1 > b.x0);
                }
            }
            bool parent = under || (left_child && right_child);
            std::size_t first = cols.size();
            if (parent) {
                for (std::size_t c = 0; c < cols.size(); ++c) {
                    if (cols[c].xc() > left && cols[c].xc() < right) {
                        first = std::min(first, c);
                    }
                }
            }
            if (first == cols.size()) {
                first = column_of(b, cols);
            }
            append_piece(cells[first], b.text);
        }
        out.push_back(join_row(cells));
    }
    return out;
}

// The body's rows: a line holding a figure, a code or cells side by side is
// a row; a line of one cell alone is part of the nearest row when it lies
// within that row's height (a name wrapped above and below the row's
// figures, which sit centred between its lines), and a row of its own
// otherwise (a name whose figures are all blank).
std::vector<std::vector<span>> body_rows(const std::vector<line>& body) {
    std::vector<std::size_t> anchors;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const line& l = body[i];
        bool anchor = l.cells.size() > 1 || enumerated(l.cells.front().text) ||
                      std::any_of(l.cells.begin(), l.cells.end(), [](const span& c) {
                          return is_figure(c.text) || is_code(c.text);
                      });
        if (anchor) {
            anchors.push_back(i);
        }
    }
    std::vector<double> pitches;
    for (std::size_t k = 1; k < anchors.size(); ++k) {
        pitches.push_back(body[anchors[k]].yc() - body[anchors[k - 1]].yc());
    }
    double pitch = pitches.empty() ? 0 : median(pitches);
    std::vector<std::vector<span>> rows;
    std::vector<double> centre;
    std::vector<std::size_t> row_of(body.size(), static_cast<std::size_t>(-1));
    for (std::size_t a : anchors) {
        row_of[a] = rows.size();
        rows.push_back(body[a].cells);
        centre.push_back(body[a].yc());
    }
    // A line of one cell continuing a cell of a row (the same column, the
    // gap of a wrapped line) is that cell's; repeated, so a name wrapped
    // over three lines around its row's figures joins whole.
    auto continues = [](const span& a, const span& b) {
        bool aligned = std::abs(a.x0 - b.x0) < 2.5 || std::abs(a.xc() - b.xc()) < 3.0;
        double gap = a.y0 > b.y0 ? a.y0 - b.y1 : b.y0 - a.y1;
        return aligned && gap >= -1 && gap < 0.6 * std::min(a.h(), b.h()) && !is_figure(a.text) &&
               !is_figure(b.text);
    };
    // How far a row's cells may reach from its centre: half the distance to
    // the nearer of the rows beside it (rows of wrapped names are taller).
    std::vector<double> reach(rows.size(), pitch > 0 ? 0.5 * pitch : 1e9);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double nearest_row = 1e9;
        for (std::size_t q = 0; q < rows.size(); ++q) {
            if (q != r) {
                nearest_row = std::min(nearest_row, std::abs(centre[q] - centre[r]));
            }
        }
        if (nearest_row < 1e9) {
            reach[r] = 0.5 * nearest_row;
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < body.size(); ++i) {
            if (row_of[i] != static_cast<std::size_t>(-1)) {
                continue;
            }
            for (std::size_t r = 0; r < rows.size() && row_of[i] == static_cast<std::size_t>(-1);
                 ++r) {
                if (std::abs(body[i].yc() - centre[r]) >= reach[r]) {
                    continue;
                }
                bool joins = std::any_of(rows[r].begin(), rows[r].end(), [&](const span& s) {
                    return continues(s, body[i].cells.front());
                });
                if (joins) {
                    rows[r].push_back(body[i].cells.front());
                    row_of[i] = r;
                    changed = true;
                }
            }
        }
    }
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (row_of[i] != static_cast<std::size_t>(-1)) {
            continue;
        }
        std::size_t nearest = static_cast<std::size_t>(-1);
        double distance = 1e9;
        for (std::size_t r = 0; r < centre.size(); ++r) {
            double d = std::abs(centre[r] - body[i].yc());
            if (d < distance) {
                distance = d;
                nearest = r;
            }
        }
        if (nearest != static_cast<std::size_t>(-1) &&
            distance < std::min(reach[nearest], pitch > 0 ? 0.6 * pitch : 1e9)) {
            for (const auto& c : body[i].cells) {
                rows[nearest].push_back(c);
            }
        } else {
            // a row of its own, which later lines may join as any row
            row_of[i] = rows.size();
            rows.push_back(body[i].cells);
            centre.push_back(body[i].yc());
            reach.push_back(pitch > 0 ? 0.5 * pitch : 1e9);
        }
    }
    // Top down.
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(),
              [&](std::size_t x, std::size_t y) { return centre[x] < centre[y]; });
    std::vector<std::vector<span>> out;
    for (std::size_t i : order) {
        out.push_back(std::move(rows[i]));
    }
    return out;
}

// One zone of lines that hold cells side by side: its header rows and body
// rows as tab-separated lines. A zone without header (a table continued from
// the page before) reuses the columns of the last one.
std::vector<std::string> rebuild_table(const std::vector<line>& zone,
                                       std::optional<table_layout>& previous) {
    double body_top = 1e9;
    for (const auto& l : zone) {
        for (const auto& c : l.cells) {
            if (is_figure(c.text) || is_code(c.text)) {
                body_top = std::min(body_top, c.y0);
            }
        }
    }
    // The header is above the first row; a row's name (十六、…) is never
    // header, so a page that continues a table starts with rows.
    for (const auto& l : zone) {
        if (l.single() && enumerated(l.cells.front().text)) {
            body_top = std::min(body_top, l.y0);
        }
    }
    std::vector<line> header_lines;
    std::vector<line> body;
    for (const auto& l : zone) {
        (l.y1 <= body_top + 0.5 ? header_lines : body).push_back(l);
    }
    std::vector<block> header = blocks_of(header_lines);
    std::vector<block> body_blocks;
    for (const auto& l : body) {
        for (const auto& c : l.cells) {
            body_blocks.push_back({c.text, c.x0, c.x1, c.y0, c.y1});
        }
    }
    std::vector<column> cols;
    if (header.empty() && previous) {
        cols = previous->cols;
    } else {
        cols = columns_of(body_blocks, header);
    }
    if (cols.empty()) {
        return {};
    }
    previous = table_layout{cols};
    std::vector<std::string> out =
        header.empty() ? std::vector<std::string>() : header_rows(header, cols);
    for (auto& row : body_rows(body)) {
        std::sort(row.begin(), row.end(), [](const span& x, const span& y) { return x.y0 < y.y0; });
        std::vector<std::string> cells(cols.size());
        for (const auto& c : row) {
            std::string& cell = cells[column_of(block{c.text, c.x0, c.x1, c.y0, c.y1}, cols)];
            append_piece(cell, c.text);
        }
        out.push_back(join_row(cells));
    }
    return out;
}

bool note(const line& l) {
    std::string_view s = l.cells.front().text;
    return s.starts_with("注") || s.starts_with("说明：");
}

} // namespace

// A page's lines as text: prose lines as they are (a line running to the
// right margin continues on the next), zones of cells side by side as tables.
void page_text(std::vector<span> words, std::optional<table_layout>& previous, std::string& out) {
    std::vector<line> lines = lines_of(std::move(words));
    double right = 0;
    for (const auto& l : lines) {
        if (l.single()) {
            right = std::max(right, l.cells.front().x1);
        }
    }
    double left = 1e9;
    for (const auto& l : lines) {
        left = std::min(left, l.cells.front().x0);
    }
    // A zone starts at a line of cells side by side, and takes in the lines
    // of one cell just above it (the top of a header whose other labels are
    // lower, centred in taller cells), but no label line (单位：万元).
    std::vector<bool> starts_zone(lines.size(), false);
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (lines[k].single() || (k > 0 && !lines[k - 1].single())) {
            continue;
        }
        std::size_t first = k;
        while (first > 0 && lines[first - 1].single() &&
               lines[first].y0 - lines[first - 1].y1 < 1.2 * lines[first - 1].cells.front().h() &&
               lines[first - 1].cells.front().text.find("：") == std::string::npos &&
               !note(lines[first - 1])) {
            --first;
        }
        starts_zone[first] = true;
    }
    std::size_t i = 0;
    bool carry = false; // the last prose line ran to the margin
    while (i < lines.size()) {
        const line& l = lines[i];
        if (l.single() && !starts_zone[i]) {
            const span& s = l.cells.front();
            if (!carry) {
                out += '\n';
            }
            out += s.text;
            carry = s.x1 > right - 2.0 * s.h() && s.x1 - s.x0 > 0.6 * (right - left) &&
                    !s.text.ends_with("。") && !s.text.ends_with("：");
            previous = previous && note(l) ? std::nullopt : previous;
            ++i;
            continue;
        }
        // A zone: lines of several cells, and the single lines between them
        // that are the wrapped parts of their cells.
        std::size_t end = i + 1;
        std::size_t last = i;
        while (last < lines.size() && lines[last].single()) {
            ++last; // the header lines taken in above the first line of cells
        }
        end = last + 1;
        while (end < lines.size()) {
            const line& z = lines[end];
            bool close = z.y0 - lines[end - 1].y1 < 3.0 * z.cells.front().h();
            if (!close || note(z)) {
                break;
            }
            if (!z.single()) {
                last = end;
                ++end;
                continue;
            }
            // Lines of one cell stay in the zone if, close one under the
            // other, they lead to another line of cells side by side.
            // (A header's last line may stand farther from the first row.)
            // Rows named 一、 二、 … with no figures continue it too, to the
            // foot of the page (the table goes on overleaf).
            std::size_t k = end;
            while (k < lines.size() && lines[k].single() && !note(lines[k]) &&
                   lines[k].y0 - lines[k - 1].y1 < 3.0 * lines[k].cells.front().h()) {
                if (enumerated(lines[k].cells.front().text)) {
                    last = k;
                }
                ++k;
            }
            if (k == lines.size() || lines[k].single() ||
                lines[k].y0 - lines[k - 1].y1 >= 3.0 * lines[k].cells.front().h()) {
                break;
            }
            end = k;
        }
        end = last + 1;
        std::vector<line> zone(lines.begin() + static_cast<std::ptrdiff_t>(i),
                               lines.begin() + static_cast<std::ptrdiff_t>(end));
        if (std::getenv("JIXIAO_PDF_DEBUG") != nullptr) {
            for (const auto& z : zone) {
                std::fprintf(stderr, "zone %.1f-%.1f:", z.y0, z.y1);
                for (const auto& c : z.cells) {
                    std::fprintf(stderr, " [%s %.1f-%.1f]", c.text.c_str(), c.x0, c.x1);
                }
                std::fprintf(stderr, "\n");
            }
            std::fprintf(stderr, "----\n");
        }
        out += '\n';
        for (const auto& row : rebuild_table(zone, previous)) {
            out += row + '\n';
        }
        carry = false;
        out.pop_back();
        i = end;
    }
}

} // namespace jixiao::pdf
