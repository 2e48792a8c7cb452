// The appendix of a 预算公开: one 项目支出绩效目标表 per project, read by the
// labels of its fields wherever they sit on a line (项目名称 | … | 年度资金总额:
// | 451,200), and its indicator grid by the words of each level, since the
// grid's cells shift from row to row in the published texts (a merged 一级
// or 二级 cell leaves a row with one cell fewer).
#pragma once

#include "import/catalogue.hpp"
#include "import/disclosure_model.hpp"
#include "import/source_text.hpp"

#include <vector>

namespace jixiao::import {

std::vector<target_form> read_forms(const source_text& src, const catalogue& cat);

} // namespace jixiao::import
