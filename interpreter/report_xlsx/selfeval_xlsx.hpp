// The scored 自评表 as a workbook to file: one sheet per project laid out as
// the official form (merged 一级/二级 cells, borders, a CJK font, A4 landscape
// fitted to the page width), the 计算过程 of each score in its own column,
// flags and reviewer-given scores visible, and for a batch a 汇总 sheet of
// every project's total and grade. Written with libxlsxwriter beside the
// target and renamed: never half a file.
#pragma once

#include "document/json_value.hpp"
#include "selfeval/selfeval.hpp"

#include <string>
#include <vector>

namespace jixiao {

struct scored_sheet {
    std::string sheet;                    // the sheet's name (the project's, shortened)
    const json_value* document = nullptr; // for 主管部门, 年度, 全年预算数, 全年执行数
    const selfeval_report* report = nullptr;
};

// Throws diagnostic_error when the file cannot be written.
void write_selfeval_xlsx(const std::string& path, const std::vector<scored_sheet>& sheets, lang l);

} // namespace jixiao
