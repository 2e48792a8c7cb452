#include "diag/diagnostic.hpp"

#include "text/shorten.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace jixiao {

namespace {

// Columns of source shown under a message; a wider line is shown as a window.
constexpr int max_excerpt_width = 100;
// A message quotes what it is about (a value, a word of the input), which can
// be megabytes long: each language's text keeps at most this much of it.
constexpr std::size_t max_message_bytes = 4096;

message bounded(message m) {
    shorten(m.zh, max_message_bytes);
    shorten(m.en, max_message_bytes);
    return m;
}

} // namespace

diagnostic diagnose(severity level, message text, std::string_view file, std::string_view source,
                    std::size_t offset, std::size_t length) {
    diagnostic d;
    d.level = level;
    d.text = bounded(std::move(text));
    d.file = std::string(file);
    if (offset > source.size()) {
        offset = source.size();
    }
    // At the very end of a file that ends with newlines, point just past the
    // last character instead of at an empty line nobody can see.
    if (offset == source.size()) {
        while (offset > 0 && (source[offset - 1] == '\n' || source[offset - 1] == '\r')) {
            --offset;
        }
    }
    std::size_t line_start = 0;
    d.line = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (source[i] == '\n') {
            ++d.line;
            line_start = i + 1;
        }
    }
    std::size_t line_end = source.find('\n', line_start);
    if (line_end == std::string_view::npos) {
        line_end = source.size();
    }
    std::string_view line = source.substr(line_start, line_end - line_start);
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    d.source_line = std::string(line);
    d.column = utf8::length(source.substr(line_start, offset - line_start)) + 1;
    std::size_t end = std::min(offset + length, line_start + line.size());
    d.span_chars = end > offset ? utf8::length(source.substr(offset, end - offset)) : 1;
    return d;
}

diagnostic diagnose(severity level, message text, std::string_view file) {
    diagnostic d;
    d.level = level;
    d.text = bounded(std::move(text));
    d.file = std::string(file);
    return d;
}

namespace {

const char* level_name(severity s, lang l) {
    switch (s) {
    case severity::error:
        return l == lang::zh ? "错误" : "error";
    case severity::warning:
        return l == lang::zh ? "警告" : "warning";
    case severity::note:
        return l == lang::zh ? "注" : "note";
    }
    return "";
}

} // namespace

std::string render(const diagnostic& d, lang l) {
    std::string out = d.file.empty() ? std::string() : d.file + ":";
    if (d.line > 0) {
        out += std::to_string(d.line) + ":" + std::to_string(d.column) + ":";
    }
    if (!out.empty()) {
        out += " ";
    }
    out += level_name(d.level, l);
    out += ": ";
    out += d.text.in(l);
    out += "\n";
    if (d.line == 0) {
        return out;
    }
    // Code points of the line with their display widths. Tabs would put the
    // caret off by an unknown amount; they show as spaces.
    struct glyph {
        std::size_t start, end;
        int width;
        bool tab;
    };
    std::vector<glyph> glyphs;
    int total = 0;
    for (std::size_t pos = 0; pos < d.source_line.size();) {
        std::size_t start = pos;
        char32_t cp = utf8::next(d.source_line, pos);
        bool tab = cp == U'\t';
        glyphs.push_back({start, pos, tab ? 1 : utf8::width(cp), tab});
        total += glyphs.back().width;
    }
    std::size_t caret = std::min<std::size_t>(d.column - 1, glyphs.size());
    std::size_t span_end = std::min(caret + d.span_chars, glyphs.size());
    // A long line (a JSON document on one line, a generated rule) shows a
    // window around the caret: a third of it before, the rest after.
    std::size_t first = 0;
    std::size_t last = glyphs.size();
    if (total > max_excerpt_width) {
        int used = 0;
        first = caret;
        while (first > 0 && used + glyphs[first - 1].width <= max_excerpt_width / 3) {
            --first;
            used += glyphs[first].width;
        }
        last = caret;
        while (last < glyphs.size() && used + glyphs[last].width <= max_excerpt_width) {
            used += glyphs[last].width;
            ++last;
        }
    }
    constexpr std::string_view cut = "..."; // ASCII: "…" is two columns wide on a CJK terminal
    std::string shown(first > 0 ? cut : "");
    int caret_col = first > 0 ? static_cast<int>(cut.size()) : 0;
    int caret_width = 0;
    for (std::size_t i = first; i < last; ++i) {
        const glyph& g = glyphs[i];
        if (g.tab) {
            shown += ' ';
        } else {
            shown.append(d.source_line, g.start, g.end - g.start);
        }
        if (i < caret) {
            caret_col += g.width;
        } else if (i < span_end) {
            caret_width += g.width;
        }
    }
    if (last < glyphs.size()) {
        shown += cut;
    }
    out += shown + "\n";
    out += std::string(static_cast<std::size_t>(caret_col), ' ') + "^";
    if (caret_width > 1) {
        out += std::string(static_cast<std::size_t>(caret_width - 1), '~');
    }
    out += "\n";
    return out;
}

} // namespace jixiao
