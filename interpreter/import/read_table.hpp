// The third layer: a found table's lines of cells as a table of the document
// model. The header rows become column paths (a merged cell spans the empty
// cells to its right and below it), the 科目编码 and name columns become row
// fields, figures are read as printed, and the structure the checks need —
// which column is a part of which, which row of which — is derived from the
// header words of the catalogue, never from the figures themselves (a check
// must not be able to agree with itself).
#pragma once

#include "diag/diagnostic.hpp"
#include "import/catalogue.hpp"
#include "import/disclosure_model.hpp"
#include "import/find_tables.hpp"
#include "import/source_text.hpp"

#include <vector>

namespace jixiao::import {

// Appends a warning for every cell or line it could not read or repaired.
table read_table(const source_text& src, const found_table& found, const catalogue& cat,
                 std::vector<diagnostic>& warnings);

// A figure as printed (1,008.68, -3.5, 6424.00) as JSON number text
// (1008.68); nothing when the text is not a figure.
std::optional<std::string> figure_text(std::string_view cell);

} // namespace jixiao::import
