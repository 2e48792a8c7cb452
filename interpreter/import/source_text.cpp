#include "import/source_text.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace jixiao::import {
namespace {

[[noreturn]] void refuse(const std::string& file, std::string_view bytes, std::size_t offset,
                         message text) {
    diagnostic d = diagnose(severity::error, std::move(text), file, bytes, offset);
    // The line is shown, not its bytes: control characters and broken
    // sequences of a binary file must not reach the terminal.
    std::string shown;
    std::size_t pos = 0;
    while (pos < d.source_line.size()) {
        char32_t cp = utf8::next(d.source_line, pos);
        utf8::append(shown, (cp < 0x20 && cp != '\t') || cp == 0x7F ? utf8::invalid : cp);
    }
    d.source_line = std::move(shown);
    throw diagnostic_error(std::move(d));
}

// Where the text is not text: the first byte that is not valid UTF-8, or a
// control character other than tab, CR, LF and form feed.
void check_text(const std::string& file, std::string_view bytes) {
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        std::size_t at = pos;
        char32_t cp = utf8::next(bytes, pos);
        if (cp == utf8::invalid && !(pos - at == 3 && bytes.substr(at, 3) == "\xEF\xBF\xBD")) {
            refuse(file, bytes, at,
                   {"不是 UTF-8 文本：第 " + std::to_string(at + 1) +
                        " 字节无法解码（是 PDF、Word 或 GBK 编码的文件吗？PDF 请直接给 "
                        ".pdf，其他请另存为 UTF-8 文本）",
                    "not UTF-8 text: byte " + std::to_string(at + 1) +
                        " cannot be decoded (a PDF, a Word file or GBK text? give a PDF as .pdf, "
                        "save anything else as UTF-8 text)"});
        }
        if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') {
            refuse(file, bytes, at,
                   {"不是文本：第 " + std::to_string(at + 1) + " 字节是控制字符（二进制文件？）",
                    "not text: byte " + std::to_string(at + 1) +
                        " is a control character (a binary file?)"});
        }
    }
}

bool space_at(std::string_view s, std::size_t pos, std::size_t& len) {
    if (pos < s.size() && s[pos] == ' ') {
        len = 1;
        return true;
    }
    if (s.substr(pos, 3) == "\xE3\x80\x80") { // U+3000 ideographic space
        len = 3;
        return true;
    }
    return false;
}

void add_cell(std::vector<cell>& cells, std::string_view line, std::size_t begin, std::size_t end) {
    cell c;
    c.offset = begin;
    c.text = join_cjk(line.substr(begin, end - begin), &c.repaired);
    // Keep the offset on the first non-space character, for carets.
    while (c.offset < end && (line[c.offset] == ' ' || line[c.offset] == '\f')) {
        ++c.offset;
    }
    cells.push_back(std::move(c));
}

void split_tabs(source_line& l) {
    std::string_view s = l.text;
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '\t') {
            add_cell(l.cells, s, begin, i);
            begin = i + 1;
        }
    }
    // A line of empty cells only is a blank line of a table: keep it empty.
    if (std::all_of(l.cells.begin(), l.cells.end(), [](const cell& c) { return c.text.empty(); })) {
        l.cells.clear();
    }
    l.tabbed = true;
}

// Runs of two or more spaces separate cells; a single space is part of a cell.
void split_spaces(source_line& l) {
    std::string_view s = l.text;
    std::size_t i = 0;
    std::size_t begin = std::string_view::npos;
    while (i < s.size()) {
        std::size_t len = 0;
        std::size_t run_end = i;
        std::size_t run = 0;
        while (space_at(s, run_end, len)) {
            run_end += len;
            run += len == 3 ? 2 : 1;
        }
        if (run_end > i) {
            if (begin != std::string_view::npos && (run >= 2 || run_end == s.size())) {
                add_cell(l.cells, s, begin, i);
                begin = std::string_view::npos;
            }
            i = run_end;
            continue;
        }
        if (begin == std::string_view::npos) {
            begin = i;
        }
        utf8::next(s, i);
    }
    if (begin != std::string_view::npos) {
        add_cell(l.cells, s, begin, s.size());
    }
    std::erase_if(l.cells, [](const cell& c) { return c.text.empty(); });
}

} // namespace

std::string join_cjk(std::string_view text, bool* repaired) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    char32_t before = 0;     // the last code point kept that is not a space
    std::size_t pending = 0; // spaces seen since it
    while (pos < text.size()) {
        char32_t cp = utf8::next(text, pos);
        if (cp == ' ' || cp == 0x3000 || cp == '\f') {
            ++pending;
            continue;
        }
        if (pending > 0) {
            if (before != 0 && utf8::is_cjk(before) && utf8::is_cjk(cp)) {
                if (repaired != nullptr) {
                    *repaired = true;
                }
            } else if (before != 0) {
                out += ' ';
            }
            pending = 0;
        }
        utf8::append(out, cp);
        before = cp;
    }
    return out;
}

source_text read_source(std::string bytes, std::string file, const source_limits& limits) {
    if (bytes.size() > limits.max_bytes) {
        throw diagnostic_error(
            diagnose(severity::error,
                     {"文件过大：" + std::to_string(bytes.size()) + " 字节，公开文本至多 " +
                          std::to_string(limits.max_bytes) + " 字节（docs/limits.md）",
                      "the file is too large: " + std::to_string(bytes.size()) +
                          " bytes; a disclosure text may have at most " +
                          std::to_string(limits.max_bytes) + " bytes (docs/limits.md)"},
                     file));
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.erase(0, 3);
    }
    check_text(file, bytes);
    source_text src;
    src.file = std::move(file);
    src.bytes = std::move(bytes);
    std::string_view all = src.bytes;
    std::size_t begin = 0;
    std::size_t number = 1;
    while (begin <= all.size()) {
        std::size_t end = all.find('\n', begin);
        if (end == std::string_view::npos) {
            end = all.size();
        }
        std::string_view text = all.substr(begin, end - begin);
        if (!text.empty() && text.back() == '\r') {
            text.remove_suffix(1);
        }
        if (text.size() > limits.max_line_bytes) {
            refuse(src.file, all, begin,
                   {"第 " + std::to_string(number) + " 行过长（至多 " +
                        std::to_string(limits.max_line_bytes) + " 字节）",
                    "line " + std::to_string(number) + " is too long (at most " +
                        std::to_string(limits.max_line_bytes) + " bytes)"});
        }
        source_line l;
        l.number = number;
        l.text = text;
        if (text.find('\t') != std::string_view::npos) {
            split_tabs(l);
        } else {
            split_spaces(l);
        }
        if (l.cells.size() > limits.max_cells) {
            refuse(src.file, all, begin,
                   {"第 " + std::to_string(number) + " 行的单元格过多（至多 " +
                        std::to_string(limits.max_cells) + " 个）",
                    "line " + std::to_string(number) + " has too many cells (at most " +
                        std::to_string(limits.max_cells) + ")"});
        }
        src.lines.push_back(std::move(l));
        if (end == all.size()) {
            break;
        }
        begin = end + 1;
        ++number;
    }
    return src;
}

diagnostic at(const source_text& src, const source_line& line, std::size_t offset, severity level,
              message text) {
    std::size_t base = static_cast<std::size_t>(line.text.data() - src.bytes.data());
    return diagnose(level, std::move(text), src.file, src.bytes, base + offset);
}

} // namespace jixiao::import
