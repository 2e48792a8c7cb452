#include "pdf/layout_text.hpp"

#include "pdf/page_layout.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace jixiao::pdf {
namespace {

// A character column is 4 units wide and a line 5 units tall: two spaces (8)
// then part cells (page_layout joins gaps under 1.2 × 5), one space stays
// inside a word. Rows stand 10 apart (gap 5), the lines of a header 7 (gap 2,
// under page_layout's 0.6 × 5: one wrapped cell), and a blank line adds 7,
// which keeps a table together (page_layout ends a zone at a gap of 3 × 5).
constexpr double column_width = 4;
constexpr double line_height = 5;
constexpr double wrap_pitch = 7;
constexpr double row_pitch = 10;
constexpr double blank_pitch = 7;

bool is_space(char32_t cp) {
    return cp == ' ' || cp == 0x3000;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The words of one line: runs separated by two or more spaces, at their
// character columns (a layout tool counts a CJK character as one column).
void words_of(std::string_view line, double y, std::vector<span>& out) {
    std::size_t pos = 0;
    std::size_t col = 0;
    std::string word;
    std::size_t start = 0;
    std::size_t spaces = 0;
    auto flush = [&] {
        while (!word.empty() && word.back() == ' ') {
            word.pop_back();
        }
        if (!word.empty()) {
            std::size_t chars = utf8::length(word);
            out.push_back({word, static_cast<double>(start) * column_width,
                           static_cast<double>(start + chars) * column_width, y, y + line_height,
                           false});
        }
        word.clear();
    };
    while (pos < line.size()) {
        char32_t cp = utf8::next(line, pos);
        if (cp == '\r') {
            continue;
        }
        if (is_space(cp)) {
            ++spaces;
            if (spaces == 2) {
                flush();
            } else if (!word.empty()) {
                word += ' ';
            }
        } else {
            if (word.empty()) {
                start = col;
            }
            spaces = 0;
            utf8::append(word, cp);
        }
        ++col;
    }
    flush();
}

bool is_figure_text(const std::string& s) {
    return !s.empty() && s.find_first_not_of("0123456789.,-%") == std::string::npos &&
           s.find_first_of("0123456789") != std::string::npos;
}

bool has_figure(const std::vector<span>& row) {
    return std::any_of(row.begin(), row.end(),
                       [](const span& w) { return is_figure_text(w.text); });
}

// 单位：万元, 金额单位：元 — the line between a table's title and its header.
bool is_unit_line(std::string_view line) {
    return line.find("单位：") != std::string_view::npos ||
           line.find("单位:") != std::string_view::npos;
}

bool overlaps(const span& a, const span& b) {
    return a.x0 < b.x1 && b.x0 < a.x1;
}

// A line of one word that may be part of a wrapped name: not a figure, a
// code nor a row's own enumerated name (十八、…).
bool name_piece(const std::vector<span>& line) {
    return line.size() == 1 && !is_figure_text(line.front().text) && !enumerated(line.front().text);
}

// A layout tool prints a wrapped name around its row's figures, the row on
// the line in the middle: 机关事业单位基本养老保 / 2080505 … 6.18 / 险缴费支出,
// or 机关事业单位 / 2080505 基本养老保险 6.18 / 缴费支出. Lines being one
// apart, only that shape tells the pieces from rows: a row of figures between
// two lines of one word standing over each other, and over the row's name
// when it has one. The pieces join the row's name.
void join_wrapped_names(std::vector<std::vector<span>>& rows) {
    for (std::size_t k = 1; k + 1 < rows.size(); ++k) {
        auto& row = rows[k];
        if (!has_figure(row) || !name_piece(rows[k - 1]) || !name_piece(rows[k + 1])) {
            continue;
        }
        const span& top = rows[k - 1].front();
        const span& bottom = rows[k + 1].front();
        if (!overlaps(top, bottom)) {
            continue;
        }
        auto under = std::find_if(row.begin(), row.end(), [&](const span& w) {
            return overlaps(w, top) || overlaps(w, bottom);
        });
        span name = top;
        if (under != row.end()) {
            if (is_figure_text(under->text) || enumerated(under->text)) {
                continue;
            }
            name.text += under->text;
            name.x0 = std::min(name.x0, under->x0);
            name.x1 = std::max(name.x1, under->x1);
            row.erase(under);
        }
        name.text += bottom.text;
        name.x0 = std::min(name.x0, bottom.x0);
        name.x1 = std::max(name.x1, bottom.x1);
        rows[k - 1].clear();
        rows[k + 1].clear();
        auto at =
            std::find_if(row.begin(), row.end(), [&](const span& w) { return w.x0 > name.x0; });
        row.insert(at, std::move(name));
    }
}

// The lines of tables' headers: from a unit line (单位：万元) to the first
// line with a figure or a row's enumerated name (a header has 合计 too).
std::vector<bool> header_lines(const std::vector<std::string_view>& lines,
                               const std::vector<std::vector<span>>& rows) {
    std::vector<bool> header(lines.size(), false);
    bool in_header = false;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (is_unit_line(lines[k])) {
            in_header = true;
            continue;
        }
        if (has_figure(rows[k]) || (!rows[k].empty() && enumerated(rows[k].front().text))) {
            in_header = false;
        }
        header[k] = in_header;
    }
    return header;
}

// A header cell of two lines beside cells of one is printed around them: its
// halves stand a line apart with nothing between (附属单位 / … / 上缴收入).
// Each such pair becomes one word on the line between.
void join_split_header_cells(std::vector<std::vector<span>>& rows,
                             const std::vector<bool>& header) {
    for (std::size_t k = 0; k + 2 < rows.size(); ++k) {
        if (!header[k] || !header[k + 1] || !header[k + 2]) {
            continue;
        }
        for (std::size_t i = 0; i < rows[k].size();) {
            const span& top = rows[k][i];
            bool between = std::any_of(rows[k + 1].begin(), rows[k + 1].end(),
                                       [&](const span& w) { return overlaps(w, top); });
            auto bottom = std::find_if(rows[k + 2].begin(), rows[k + 2].end(),
                                       [&](const span& w) { return overlaps(w, top); });
            if (between || bottom == rows[k + 2].end() || is_figure_text(top.text)) {
                ++i;
                continue;
            }
            span joined = top;
            joined.text += bottom->text;
            joined.x0 = std::min(joined.x0, bottom->x0);
            joined.x1 = std::max(joined.x1, bottom->x1);
            rows[k + 2].erase(bottom);
            rows[k].erase(rows[k].begin() + static_cast<std::ptrdiff_t>(i));
            auto at = std::find_if(rows[k + 1].begin(), rows[k + 1].end(),
                                   [&](const span& w) { return w.x0 > joined.x0; });
            rows[k + 1].insert(at, std::move(joined));
        }
    }
}

} // namespace

bool is_laid_out(std::string_view text) {
    // not UTF-8: left to the source reader, which refuses it at the first bad byte
    if (text.find('\t') != std::string_view::npos || !utf8::valid(text)) {
        return false;
    }
    int aligned = 0;
    std::size_t begin = 0;
    while (begin < text.size() && aligned < 5) {
        std::size_t end = text.find('\n', begin);
        std::string_view line =
            text.substr(begin, end == std::string_view::npos ? end : end - begin);
        // a figure after a run of at least two spaces, not at the line's start
        for (std::size_t at = line.find("  "); at != std::string_view::npos;
             at = line.find("  ", at + 1)) {
            std::size_t next = line.find_first_not_of(' ', at);
            if (next != std::string_view::npos && at > 0 && line[at - 1] != ' ' &&
                is_digit(line[next])) {
                ++aligned;
                break;
            }
        }
        if (end == std::string_view::npos) {
            break;
        }
        begin = end + 1;
    }
    return aligned >= 5;
}

std::string laid_out_text(std::string_view text) {
    std::string out;
    std::optional<table_layout> previous;
    std::size_t page = 0;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = text.find('\f', begin);
        std::string_view body =
            text.substr(begin, end == std::string_view::npos ? end : end - begin);
        std::vector<std::string_view> lines;
        for (std::size_t lb = 0; lb <= body.size();) {
            std::size_t le = body.find('\n', lb);
            lines.push_back(body.substr(lb, le == std::string_view::npos ? le : le - lb));
            if (le == std::string_view::npos) {
                break;
            }
            lb = le + 1;
        }
        std::vector<std::vector<span>> rows(lines.size());
        for (std::size_t k = 0; k < lines.size(); ++k) {
            words_of(lines[k], 0, rows[k]);
        }
        join_wrapped_names(rows);
        std::vector<bool> header = header_lines(lines, rows);
        join_split_header_cells(rows, header);
        std::vector<span> words;
        double y = 0;
        for (std::size_t k = 0; k < rows.size(); ++k) {
            bool blank = rows[k].empty();
            for (auto& w : rows[k]) {
                w.y0 = y;
                w.y1 = y + line_height;
                words.push_back(std::move(w));
            }
            // A header's lines are its cells wrapped (closer than rows:
            // page_layout joins them); a blank line keeps a table together
            // (it is spacing or a page's seam).
            y += blank ? blank_pitch : header[k] ? wrap_pitch : row_pitch;
        }
        if (!words.empty()) {
            out += "\n〔第 " + std::to_string(++page) + " 页〕";
            // a layout tool places each page's columns anew (a table continued
            // from the page before may stand a few columns off), so each page
            // takes its columns from its own rows
            previous.reset();
            page_text(std::move(words), previous, out);
        }
        if (end == std::string_view::npos) {
            break;
        }
        begin = end + 1;
    }
    out += '\n';
    return out.substr(1);
}

} // namespace jixiao::pdf
