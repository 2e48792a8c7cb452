// The reviewer's view of a batch, gathered while the batch streams: counts,
// grade distributions, a histogram of totals, the projects whose filed total
// departs most from the formula's, what the review pack marked, the
// indicators no one could score grouped by cause, achievement per 一级/二级
// 指标 and figures per 部门. Memory stays flat: every list is bounded (a top
// list is a heap of `top` projects, a category keeps `examples` of its
// members), every table of names is capped.
#pragma once

#include "number/decimal.hpp"
#include "review/project_digest.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

struct summary_limits {
    std::size_t top = 10;         // projects in each top list
    std::size_t examples = 5;     // members shown per category or cause
    std::size_t names = 1000;     // distinct 部门 or 指标 levels kept
    std::size_t categories = 100; // distinct marks or causes kept
};

// The grades in the order 优 良 中 差, then any other label a pack gives.
struct grade_counts {
    std::map<std::string, std::uint64_t> by_grade;
    std::uint64_t none = 0; // no total to grade
};

// A project is kept once, under its input order (its key), for as long as a
// list names it.
struct gap_entry {
    std::uint64_t key = 0; // input order: the tie-break
    decimal gap;           // filed − formula
};

struct category {
    std::uint64_t count = 0;
    std::vector<std::uint64_t> examples; // the first `examples` projects, in input order
};

struct indicator_category {
    std::uint64_t count = 0;
    std::vector<std::pair<std::uint64_t, std::size_t>> examples; // (project key, indicator)
};

struct level_totals {
    std::uint64_t indicators = 0;
    decimal weight, formula, filed; // over indicators with a weight and that score
    decimal filed_weight;           // the weight of those with a filed score
};

struct department_totals {
    std::uint64_t projects = 0;
    std::uint64_t with_formula = 0, with_filed = 0;
    decimal formula, filed;
    grade_counts formula_grades, filed_grades;
};

// Orders (一级, 二级) names, and finds them by views (no copy per indicator).
struct level_order {
    using is_transparent = void;
    template <typename A, typename B> bool operator()(const A& a, const B& b) const {
        int c = std::string_view(a.first).compare(std::string_view(b.first));
        return c != 0 ? c < 0 : std::string_view(a.second) < std::string_view(b.second);
    }
};
using level_map = std::map<std::pair<std::string, std::string>, level_totals, level_order>;

// Adds a project's indicators to the achievement per (一级, 二级), at most
// `cap` levels (a level beyond it is not counted).
void add_levels(level_map& into, const project_digest& d, std::size_t cap);

class batch_summary_builder {
  public:
    explicit batch_summary_builder(summary_limits limits = {}) : limits_(limits) {}

    // Each record of the batch, in input order. `source` (the document's
    // text, for its page) is copied only if a list keeps the project; empty:
    // the digest's own.
    void add(project_digest d, std::string_view source = {});
    void add_error(std::uint64_t line, std::string sheet, std::string message);

    // The achievement per level gathered elsewhere (by the worker threads,
    // with add_levels): add() leaves it alone, and merge_levels sets it.
    void take_levels_from_workers() { levels_from_workers_ = true; }
    void merge_levels(const std::vector<const level_map*>& partials);

    const summary_limits& limits() const { return limits_; }
    std::uint64_t records() const { return records_; }
    std::uint64_t errors() const { return errors_; }
    std::uint64_t scored() const { return scored_; }
    const grade_counts& report_grades() const { return report_grades_; }
    const grade_counts& formula_grades() const { return formula_grades_; }
    const grade_counts& filed_grades() const { return filed_grades_; }
    // Totals per bin of 10 points: [0,10) … [90,100), then 100 and above.
    const std::vector<std::uint64_t>& formula_histogram() const { return formula_hist_; }
    const std::vector<std::uint64_t>& filed_histogram() const { return filed_hist_; }
    // Largest gaps, most first: filed above the formula, and below it.
    std::vector<const gap_entry*> filed_above() const;
    std::vector<const gap_entry*> filed_below() const;
    const std::map<std::string, category>& marks() const { return marks_; }
    const std::map<std::string, indicator_category>& indicator_marks() const {
        return indicator_marks_;
    }
    const std::map<std::string, indicator_category>& unscored() const { return unscored_; }
    // A project a list names, by its key.
    const project_digest& named(std::uint64_t key) const { return named_.at(key).second; }
    const level_map& levels() const { return levels_; }
    const std::map<std::string, department_totals>& departments() const { return departments_; }
    std::uint64_t other_departments() const { return other_departments_; }
    struct error_entry {
        std::uint64_t line;
        std::string sheet, message;
    };
    const std::vector<error_entry>& error_examples() const { return error_examples_; }
    // Every project the summary names (to render its 自评表), by key.
    std::vector<const project_digest*> named_projects() const;

  private:
    void keep_gap(std::vector<gap_entry>& heap, gap_entry e, bool above, const project_digest& d);
    void hold(std::uint64_t key, const project_digest& d);
    void release(std::uint64_t key);

    summary_limits limits_;
    std::string_view source_; // of the project being added
    bool levels_from_workers_ = false;
    std::uint64_t records_ = 0, errors_ = 0, scored_ = 0;
    grade_counts report_grades_, formula_grades_, filed_grades_;
    std::vector<std::uint64_t> formula_hist_ = std::vector<std::uint64_t>(11);
    std::vector<std::uint64_t> filed_hist_ = std::vector<std::uint64_t>(11);
    std::vector<gap_entry> above_, below_;
    std::map<std::string, category> marks_;
    std::map<std::string, indicator_category> indicator_marks_, unscored_;
    std::map<std::uint64_t, std::pair<int, project_digest>>
        named_; // key → (lists naming it, digest)
    level_map levels_;
    std::map<std::string, department_totals> departments_;
    std::uint64_t other_departments_ = 0;
    std::vector<error_entry> error_examples_;
};

} // namespace jixiao
