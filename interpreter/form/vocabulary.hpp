// The wording of the 项目支出绩效自评表: for each field of the self-evaluation
// document (docs/schema/selfeval-input.schema.json), the labels a form or a
// JSON document may give it (年度指标值 / 指标值 for 年初指标值, 权重 for 分值 …).
// It is data that ships with the packs (rules/*/workbook.json): a province
// adds its wording there, not in C++. The workbook reader finds a sheet's
// labels with it; canonical_document.hpp renames a JSON document's keys with it.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao {

using field_words = std::vector<std::pair<std::string, std::vector<std::string>>>;

struct form_vocabulary {
    // 项目名称, 主管部门, 实施单位, 年初预算数, 全年预算数, 全年执行数, 年度目标,
    // 实际完成情况: the project's fields, each with its labels (normalized).
    field_words fields;
    // 一级指标 … 偏差原因, 指标性质, 度量单位: the indicator grid's columns.
    field_words grid;
    std::vector<std::string> qualitative; // 定性: a 指标性质 that is no operator
    std::vector<std::string> total;       // 总分: the row that ends the grid

    // The labels of a field (of the project, then of the grid); none when unknown.
    const std::vector<std::string>& words(std::string_view field) const;
};

// A label as typed, made comparable: no spaces between CJK characters (总 分),
// no trailing colon.
std::string normalized_label(std::string_view s);

// The vocabulary in JSON (rules/*/workbook.json). Every key but 说明 is
// optional; a label is any text. Throws diagnostic_error naming `source`.
form_vocabulary parse_vocabulary(std::string_view json, const std::string& source);

// rules/national-selfeval/workbook.json, embedded.
const form_vocabulary& standard_vocabulary();

// Adds to `into` the fields and labels of `more` it lacks: a province's
// wording beside the national one.
void merge_vocabulary(form_vocabulary& into, const form_vocabulary& more);

} // namespace jixiao
