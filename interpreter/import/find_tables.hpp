// The second layer: where each standard table of the catalogue stands in the
// text. A table is found by its title (with or without year, number or
// heading marks), and runs over its header and data lines until prose or the
// next title; blank lines and repeated page furniture inside it are skipped.
#pragma once

#include "import/catalogue.hpp"
#include "import/source_text.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace jixiao::import {

struct found_table {
    const table_kind* kind = nullptr;
    std::string title;             // as printed, heading marks removed
    std::string printed_number;    // 预算公开表1, when printed beside the title
    std::size_t title_line = 0;    // index into source_text::lines
    std::vector<std::size_t> grid; // indexes of the lines of cells, in order
    bool no_data = false;          // a note says the table is empty
    std::string unit_name;         // 单位名称：… printed above the grid
    std::string amount_unit;       // 单位：万元
};

// The catalogue entry a line names as a title, if any; the longest title
// variant that the line contains wins (支出决算表 < 一般公共预算财政拨款支出决算表).
const table_kind* match_title(std::string_view line, const catalogue& cat);

std::vector<found_table> find_tables(const source_text& src, const catalogue& cat);

} // namespace jixiao::import
