// One scored project as the reviewer's summary needs it: the formula's total
// beside the total the unit filed, the grades of both, each indicator's two
// scores, and the marks of the review pack (rules/selfeval-review).
//
// The engine computes the numbers; which projects and indicators deserve a
// second look is the review pack's to say (docs/review.md): its rule 复核标记
// is evaluated over the project's digest in pack words (输入.公式总分 …), its
// function 指标复核(指标) over each indicator.
#pragma once

#include "document/json_value.hpp"
#include "lang/program.hpp"
#include "number/decimal.hpp"
#include "selfeval/selfeval.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jixiao {

struct indicator_digest {
    std::string level1, level2, name, target;
    std::optional<decimal> weight;
    std::optional<decimal> formula; // the formula's score
    std::optional<decimal> filed;   // the 得分 the form gives
    std::vector<std::string> flags; // the scoring pack's flags
    bool has_reason = false;        // 偏差原因 given
    std::string unscored;           // why it could not be scored (empty: scored)
    std::vector<std::string> marks; // the review pack's
};

struct project_digest {
    std::uint64_t line = 0; // the input line (a batch of JSON Lines), else 0
    std::string sheet;      // the sheet (a workbook), else empty
    std::string project, department, unit;
    std::optional<decimal> budget_rate;
    std::optional<decimal> budget_formula, budget_filed; // 执行率得分: the formula's, the form's
    // The formula total: the budget score and every indicator's formula score
    // (a reviewer's where the formula cannot score: 定性 without a tier word).
    std::optional<decimal> formula_total;
    std::size_t formula_uses_filed = 0; // indicators scored by the reviewer in it
    // The total as filed: the document's 总分, else the sum of its 得分 and
    // 执行率得分 when every one is given.
    std::optional<decimal> filed_total;
    std::string formula_grade, filed_grade;
    std::string grade; // the report's (the output record's) grade; empty if incomplete
    bool complete = true;
    std::vector<indicator_digest> indicators;
    std::vector<std::string> marks;         // the review pack's, for the project
    std::vector<std::string> review_errors; // the review pack could not decide
    std::string source; // the document's text, to render its 自评表 if the summary names it
};

// The two packs a digest needs, their entry points found once: the scoring
// pack (its 等级评定 grades both totals) and the review pack (规则 复核标记, a
// list of texts, one per mark; optionally 函数 指标复核(指标)). Throws
// diagnostic_error naming what is missing.
class review_packs {
  public:
    review_packs(const jx::program& scoring, const jx::program& review);

    const jx::program& scoring;
    const jx::program& review;
    std::uint32_t grade = 0;
    std::uint32_t marks = 0;
    std::optional<std::uint32_t> indicator_marks;
    std::uint64_t id; // distinct for every review_packs of the process (see grade_of)
};

// Digests one scored project. `doc` is the document `report` was scored from;
// the report's texts move into the digest (pass a copy to keep the report).
project_digest digest_project(selfeval_report report, const json_value& doc,
                              const review_packs& packs);

// The review pack's input for one project, in pack words (docs/review.md):
// its figures and counts; its indicators go one by one to 指标复核.
json_value review_input(const project_digest& d);

} // namespace jixiao
