// Stage 1 of the pipeline: source text -> syntax tree (lang/ast.hpp).
#pragma once

#include "diag/diagnostic.hpp"
#include "lang/ast.hpp"

#include <string>

namespace jixiao {
class unit_registry;
}

namespace jixiao::jx {

// Parses one rule file. Units in quantity literals are resolved against
// `units`. Throws diagnostic_error at the first syntax error.
module parse_module(std::string file, std::string source, const unit_registry& units);

} // namespace jixiao::jx
