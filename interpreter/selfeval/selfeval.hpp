// The self-evaluation engine: one project's 绩效目标 + actuals -> its 自评表.
//
// Scoring policy lives in the pack (rules/national-selfeval); the engine only
// walks the document and calls the pack's contract (docs/packs.md):
//   指标方法(指标) 指标计算得分(指标) 指标得分(指标, 计算得分) 指标标记(指标, 计算得分, 得分)
//   规则 执行率, 规则 执行率得分, 函数 等级评定(总分); optionally 规则 执行率满分
//   (the budget's 分值, shown in the reports) and 规则 权重提示
// An indicator that cannot be scored is an error entry; the rest is still
// scored and the total says it is incomplete.
#pragma once

#include "document/json_value.hpp"
#include "form/canonical_document.hpp"
#include "lang/program.hpp"
#include "lang/value.hpp"
#include "selfeval/indicator_cache.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace jixiao {

struct indicator_score {
    std::string level1, level2, name;
    std::string target;          // the target scored: 调整后指标值, else 年初指标值
    std::string initial_target;  // 年初指标值 as given
    std::string adjusted_target; // 调整后指标值 as given (empty when none)
    std::string actual;
    std::string reason; // 偏差原因分析及改进措施 as given
    std::optional<decimal> weight;
    std::optional<decimal> computed; // the formula's score
    std::optional<decimal> score;    // the score that counts
    bool manual = false;             // a reviewer's 得分 was given
    std::string method;
    std::string explanation;
    std::vector<std::string> notes;
    std::vector<std::string> flags;
    std::vector<message> warnings;
    std::optional<message> error;
};

// The head of the form as the document gives it: nothing a unit filled in is
// lost on the way to a report. Amounts are in `amount_unit` (元 unless the
// document says 万元); an amount that is no number is kept as written.
struct project_form {
    std::string year, department, implementing_unit;
    std::string amount_unit;                   // 元 or 万元 (empty: not said, 元)
    std::string initial_budget, budget, spent; // exact decimals, or the text as written
    std::string goal, goal_result;             // 年度目标, 实际完成情况
};

struct selfeval_report {
    std::string project;
    project_form form;
    std::optional<decimal> budget_rate;
    std::optional<decimal> budget_weight; // the pack's 规则 执行率满分, when it has one
    std::optional<decimal> budget_score;
    std::string budget_explanation;
    std::vector<std::string> budget_notes;
    std::optional<message> budget_error;
    std::vector<indicator_score> indicators;
    decimal total;
    // The total's 分值: the budget's and every indicator's, when all are known.
    std::optional<decimal> total_weight;
    bool complete = true;
    std::string grade;
    std::vector<message> warnings;
    std::vector<message> errors;
};

// Checks that `pack` provides the self-evaluation contract; throws
// diagnostic_error naming what is missing.
void check_selfeval_contract(const jx::program& pack);

// What the document itself says of a project, before any scoring: the head of
// the form and each indicator's texts, 分值 and whether a reviewer's 得分 was
// given (an item that is not an object has its error set). The engine starts
// from it; the batch benchmark's floor reads documents with it alone.
selfeval_report read_selfeval(const json_value& document);
// Scores one document in the packs' own words. Never throws for a bad
// indicator: it becomes an error entry.
selfeval_report evaluate_selfeval(const jx::program& pack, const json_value& document);

// Scores a document as people write it: first put into the packs' words
// (form/canonical_document.hpp: 指标值 → 年初指标值, "1196540.50万元" → a number
// in the 金额单位); what that could not settle is among the report's warnings.
// With a cache (indicator_cache_for), indicators the same to the pack as ones
// scored before are not evaluated again; the report is the same.
selfeval_report evaluate_selfeval(const jx::program& pack, json_value& document,
                                  const selfeval_canonicalizer& canonical,
                                  indicator_cache* cache = nullptr);
// The cache of scored indicators for a batch scored with `pack`, or nullptr
// when its contract's results are not a record's alone (indicator_cache.hpp).
std::unique_ptr<indicator_cache> indicator_cache_for(const jx::program& pack);

// The grade the pack's 等级评定 gives a total (for totals other than the
// report's: the formula's, the filed one). Throws diagnostic_error.
std::string grade_of(const jx::program& pack, const decimal& total);

nlohmann::ordered_json to_json(const selfeval_report& r, lang l);
// The same report as one compact line, {"line": N, …}, for batch output:
// byte for byte {"line": N} followed by to_json(r, l).dump().
std::string to_json_line(const selfeval_report& r, lang l, std::uint64_t line);
std::string to_table(const selfeval_report& r, lang l);
// One self-contained printable page, laid out like the official form.
std::string to_html(const selfeval_report& r, lang l);

} // namespace jixiao
