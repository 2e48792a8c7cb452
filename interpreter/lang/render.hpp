// Stage 4: a run's outputs as JSON (stable English keys) or a table.
#pragma once

#include "lang/evaluate.hpp"

#include <nlohmann/json.hpp>

namespace jixiao::jx {

struct run_result {
    std::vector<rule_output> rules;
    std::vector<check_output> checks;
};

// Evaluates every rule and check of the program, in declaration order.
// Throws analysis_error with every check instance that failed to evaluate.
run_result run_all(const program& p, evaluator& ev);

nlohmann::ordered_json to_json(const program& p, const run_result& r, lang l);
std::string to_table(const program& p, const run_result& r, lang l);

} // namespace jixiao::jx
