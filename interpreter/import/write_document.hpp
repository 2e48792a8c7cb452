// The disclosure document as JSON text (docs/disclosure.md), laid out to be
// read and corrected by a person: one column and one row per line. Figures
// are written as printed.
#pragma once

#include "import/disclosure_model.hpp"

#include <string>

namespace jixiao::import {

std::string write_document(const document& doc);

// The start of a project's 自评 (docs/schema/selfeval-input.schema.json) from
// its 绩效目标表: name, department, year, 全年预算数 from 年度资金总额, and each
// indicator with its 年初指标值; 全年执行数, 实际完成值 and 分值 (the forms print
// no weights) are left for the unit to fill in (null / "").
std::string write_selfeval_start(const target_form& form, const std::string& year);

} // namespace jixiao::import
