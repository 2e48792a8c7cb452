// Reconciliation of a disclosure document (预算公开 / 决算公开, docs/domain.md §7):
// runs every check of a pack over the document and says, for each figure a
// check read, where it stands: table, row, column and source line, or the
// quoted sentence of the prose.
//
// Policy lives in the pack (rules/budget-disclosure, rules/final-accounts-
// disclosure); this module only validates the document's shape, runs the
// checks, locates figures and renders the report.
#pragma once

#include "document/json_value.hpp"
#include "lang/evaluate.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace jixiao {

// Where one figure of the document stands.
struct figure_place {
    std::string figure; // as printed: 6609.90
    // A table cell:
    std::string table;                // 预算公开表2 2026年预算收入总表
    std::string row;                  // 205 教育支出, or the row's name on the column's side
    std::string column;               // 本年收入/合计
    std::optional<std::int64_t> line; // 原文行: the line of the source text
    // A prose claim:
    std::string section, quote, label;
};

struct reconcile_check {
    std::string id;   // 科目编码层级[预算公开表2｜205 教育支出｜上年结转]
    std::string rule; // 科目编码层级
    std::string description; // the check's 说明
    jx::check_status status = jx::check_status::exact;
    std::optional<decimal> left, right, difference, tolerance;
    message tolerance_reason;
    std::string explanation;
    std::vector<std::string> notes;
    std::vector<figure_place> left_places, right_places;
    std::optional<diagnostic> error;
};

struct reconcile_report {
    std::string title; // 单位名称 年度 类型
    std::vector<reconcile_check> checks;
    std::size_t exact = 0, rounding = 0, mismatch = 0, not_computable = 0, errors = 0;
    // Claims of the prose no check reads: no 对应, no 计算, and no other claim
    // refers to them. Listed, so that a figure the document states but nothing
    // verifies is seen rather than silently passed over.
    std::vector<figure_place> unlinked;
};

// Throws diagnostic_error naming the JSON path of the first shape error
// (docs/schema/disclosure.schema.json describes the shape).
void validate_disclosure(const json_value& document, std::string_view file);

// Runs every check; an instance that fails at run time becomes an entry with
// its error, and the others go on.
reconcile_report reconcile(const jx::program& pack, const json_value& document);

nlohmann::ordered_json to_json(const reconcile_report& r, lang l);
// Grouped by status, discrepancies first.
std::string to_table(const reconcile_report& r, lang l);
// One self-contained printable page.
std::string to_html(const reconcile_report& r, lang l);

const char* status_key(jx::check_status s) noexcept; // exact | rounding | mismatch | not_computable
const char* status_zh(jx::check_status s) noexcept;  // 一致 | 尾差 | 不一致 | 无法计算

} // namespace jixiao
