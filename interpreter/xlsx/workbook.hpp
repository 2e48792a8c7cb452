// An xlsx workbook as cells: the first layer of reading a 自评表 workbook
// (STYLE.md §17). The zip is read with libzip and its XML with pugixml; a
// cell's value is the text stored for it, never a double (a number written
// with binary noise, 0.45000000000000001, is read as the shortest decimal of
// at most 15 significant digits it came from: docs/numbers.md). A formula
// cell gives its cached value. Every cell keeps its address (Sheet1!F12) for
// the messages that point back to it.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace jixiao::xlsx {

struct cell {
    std::string text;     // the value as text: a number's decimal digits, a string, TRUE/FALSE
    bool number = false;  // stored as a number
    bool formula = false; // computed by a formula (text is its cached value)
    bool cached = true;   // false: a formula with no cached value (never calculated)
    bool percent = false; // a number shown as a percentage: text is what it shows (0.96 → 96%)
};

struct merge {
    std::size_t first_row = 0, first_col = 0, last_row = 0, last_col = 0; // 1-based, inclusive
};

struct sheet {
    std::string name;
    std::map<std::pair<std::size_t, std::size_t>, cell> cells; // (row, col), 1-based
    std::vector<merge> merges;
    std::size_t rows = 0, cols = 0;

    // The cell at (row, col), or the top-left cell of the merge that covers it
    // (a merged 一级指标 counts for every row it spans); nullptr if empty.
    const cell* at(std::size_t row, std::size_t col) const;
    std::string text(std::size_t row, std::size_t col) const; // "" when empty
};

struct workbook {
    std::string file;
    std::vector<sheet> sheets; // in the workbook's order
};

struct workbook_limits {
    std::size_t max_file_bytes = 64u << 20;
    std::size_t max_part_bytes = 64u << 20; // one XML part, uncompressed (a zip bomb stops here)
    std::size_t max_sheets = 256;
    std::size_t max_cells = 1u << 20; // in all sheets
};

// Reads the workbook. Throws diagnostic_error naming the file (and the part
// or the cell) when it is not a zip, not an xlsx, or over the limits.
workbook read_workbook(const std::string& path, const workbook_limits& limits = {});

// "B12" for (12, 2); "Sheet1!B12" with a sheet name.
std::string address(std::size_t row, std::size_t col);
std::string address(const std::string& sheet, std::size_t row, std::size_t col);

// A number as stored (0.45000000000000001, 1E-3, 12) as the shortest decimal
// of at most 15 significant digits it came from (0.45, 0.001, 12); empty when
// the text is not a number.
std::string stored_number(std::string_view text);

} // namespace jixiao::xlsx
