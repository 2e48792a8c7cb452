// The structure of a table's rows that the checks read (上级): which row a
// row is a part of, from the layout and the names, never from the figures
// (a check must not be able to agree with itself): two-sided totals
// (本年收入合计 → 收入总计), the breakdown of a row by fund or by number, the
// 合计 row, group rows, ① items, the unit rows of project tables.
#pragma once

#include "import/catalogue.hpp"
#include "import/disclosure_model.hpp"

namespace jixiao::import {

// Sets 上级 on the rows of `t` (a two-sided table: per name column).
void set_row_parents(table& t, bool two_sided, const header_words& w);

} // namespace jixiao::import
