// The first layer of the importer (STYLE.md §17): the bytes of a published
// disclosure as lines of cells, each keeping where it stood, so every later
// warning and every figure of the document can name its source line.
//
// Cells are separated by tabs (text copied from Word/WPS or extracted from a
// PDF table) or, on a line without tabs, by runs of two or more spaces (the
// layout output of PDF-to-text tools). Nothing here knows what a table is.
#pragma once

#include "diag/diagnostic.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::import {

struct cell {
    std::string text;       // trimmed; spaces between CJK characters removed
    std::size_t offset = 0; // byte offset of the cell in its line
    bool repaired = false;  // a space inside a name was removed
};

struct source_line {
    std::size_t number = 0; // 1-based
    std::string_view text;  // the line as published, without its line break
    std::vector<cell> cells;
    bool tabbed = false; // the cells came from tabs, not from aligned spaces

    bool blank() const noexcept { return cells.empty(); }
    // One cell: prose, a title, a note — not a row of a table.
    bool single() const noexcept { return cells.size() == 1; }
};

struct source_text {
    std::string file;
    std::string bytes; // UTF-8, without a byte order mark, line breaks as published
    std::vector<source_line> lines;
};

struct source_limits {
    std::size_t max_bytes = 16u << 20; // a disclosure is tens of kilobytes
    std::size_t max_line_bytes = 64u << 10;
    std::size_t max_cells = 256; // per line
};

// Splits `bytes` into lines and cells. Throws diagnostic_error (positioned)
// for input that is not text: invalid UTF-8, NUL or other control bytes, or
// beyond the limits.
source_text read_source(std::string bytes, std::string file, const source_limits& limits = {});

// `text` without the spaces a PDF line break or justification put between two
// CJK characters (二十二、国有资本经营 预算支出), trimmed of spaces at both ends.
std::string join_cjk(std::string_view text, bool* repaired = nullptr);

// A positioned diagnostic for byte `offset` of line `line`.
diagnostic at(const source_text& src, const source_line& line, std::size_t offset, severity level,
              message text);

} // namespace jixiao::import
