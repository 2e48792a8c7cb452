// A sheet laid out as a 项目支出绩效自评表 read into the self-evaluation
// document `jixiao eval` scores (docs/schema/selfeval-input.schema.json).
// Labels are found by their text wherever they sit, from a vocabulary that
// ships with the packs (rules/national-selfeval/workbook.json): 项目名称 and
// its value to the right, the budget figures under 全年预算数 / 全年执行数, and
// the indicator grid under its header row (merged 一级/二级 cells count for
// every row they span; a target split over 指标性质 / 指标值 / 度量单位 is
// joined into one: ≤ 30 万元 → ≤30万元).
#pragma once

#include "diag/diagnostic.hpp"
#include "form/vocabulary.hpp"
#include "xlsx/workbook.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::xlsx {

// True when the sheet has an indicator grid (its header row) to read.
bool is_selfeval_form(const sheet& s, const form_vocabulary& v);

// The document as JSON text. Throws diagnostic_error naming the sheet (and
// cell) when the form lacks what scoring needs (the grid, its 分值 column).
// Warnings (a formula with no cached value, whose cell reads as empty) are
// appended to `warnings` with the cell's address.
std::string selfeval_document(const workbook& book, const sheet& s, const form_vocabulary& v,
                              std::vector<diagnostic>* warnings = nullptr);

} // namespace jixiao::xlsx
