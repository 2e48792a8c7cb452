// The reviewer's summary of a batch as JSON (stable English keys, every
// number an exact decimal in a string, docs/schema/review-summary.schema.json)
// and as one printable HTML page with inline SVG charts (no network; a few
// lines of script only sort tables a reader can read without them).
#pragma once

#include "diag/diagnostic.hpp"
#include "review/batch_summary.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace jixiao {

// The page of a named project's 自评表, relative to the summary; empty: none.
using project_link = std::function<std::string(const project_digest&)>;

nlohmann::ordered_json summary_json(const batch_summary_builder& s, const project_link& link);
std::string summary_html(const batch_summary_builder& s, lang l, const project_link& link);

// What the indicators that make a gap are: those whose filed score differs
// from the formula's, the largest difference first (at most `n`), and the
// budget score when it differs.
struct gap_part {
    std::string name; // the indicator's 三级指标, or 预算执行率
    std::optional<decimal> filed, formula;
    decimal difference; // filed − formula
};
std::vector<gap_part> gap_parts(const project_digest& d, std::size_t n);

} // namespace jixiao
