#include "diag/diagnostic.hpp"

#include "text/utf8.hpp"

namespace jixiao {

diagnostic diagnose(severity level, message text, std::string_view file, std::string_view source,
                    std::size_t offset, std::size_t length) {
    diagnostic d;
    d.level = level;
    d.text = std::move(text);
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
    d.text = std::move(text);
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
    // Tabs would put the caret off by an unknown amount; show them as spaces.
    std::string shown;
    int caret_col = 0;
    int caret_width = 0;
    std::size_t pos = 0;
    std::size_t index = 1;
    while (pos < d.source_line.size()) {
        std::size_t start = pos;
        char32_t cp = utf8::next(d.source_line, pos);
        int w = cp == U'\t' ? 1 : utf8::width(cp);
        if (cp == U'\t') {
            shown += ' ';
        } else {
            shown.append(d.source_line, start, pos - start);
        }
        if (index < d.column) {
            caret_col += w;
        } else if (index < d.column + d.span_chars) {
            caret_width += w;
        }
        ++index;
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
