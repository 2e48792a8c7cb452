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
    std::string sheet; // the sheet's name (the project's, shortened)
    const selfeval_report* report = nullptr;
};

// Throws diagnostic_error when the file cannot be written.
void write_selfeval_xlsx(const std::string& path, const std::vector<scored_sheet>& sheets, lang l);

// The form for a unit to fill in (jixiao template): one sheet per document,
// laid out as the 自评表 workbooks `eval` reads, with what the document says
// (name, department, year, budget, each indicator's 一级/二级/三级 and target)
// and blank cells for 全年执行数, 实际完成值, 分值, 得分 and 偏差原因; with no
// document, one blank form of `blank_rows` indicator rows.
void write_selfeval_template(const std::string& path,
                             const std::vector<const json_value*>& documents,
                             std::size_t blank_rows = 12);

} // namespace jixiao
